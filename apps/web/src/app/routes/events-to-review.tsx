import { can } from "@kroscek/schema";
import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { EventSuggestionList } from "@/features/event-suggestions/components/event-suggestion-list";
import { useWorkspace } from "@/hooks/use-workspace";

export function EventsToReviewRoute() {
  const { t } = useTranslation();
  const { slug, workspace } = useWorkspace();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("eventSuggestions.heading")}
      </Title>
      <EventSuggestionList ws={slug} canWrite={can(workspace?.role, "ledger.write")} />
    </Stack>
  );
}
