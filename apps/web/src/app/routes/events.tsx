import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { EventList } from "@/features/events/components/event-list";
import { useWorkspace } from "@/hooks/use-workspace";

export function EventsRoute() {
  const { t } = useTranslation();
  const { slug } = useWorkspace();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("events.title")}
      </Title>
      <EventList ws={slug} />
    </Stack>
  );
}
