import { can } from "@kroscek/schema";
import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FlagList } from "@/features/review/components/flag-list";
import { useWorkspace } from "@/hooks/use-workspace";

export function FlagsRoute() {
  const { t } = useTranslation();
  const { slug, workspace } = useWorkspace();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("review.flags")}
      </Title>
      <FlagList ws={slug} canResolve={can(workspace?.role, "review.resolve")} />
    </Stack>
  );
}
