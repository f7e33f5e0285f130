import { can } from "@kroscek/schema";
import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ContradictionQueue } from "@/features/review/components/contradiction-queue";
import { useWorkspace } from "@/hooks/use-workspace";

export function ContradictionsRoute() {
  const { t } = useTranslation();
  const { slug, workspace } = useWorkspace();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("review.contradictions")}
      </Title>
      <ContradictionQueue ws={slug} canResolve={can(workspace?.role, "review.resolve")} />
    </Stack>
  );
}
