import { can } from "@kroscek/schema";
import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ReliabilityView } from "@/features/reliability/components/reliability-view";
import { useWorkspace } from "@/hooks/use-workspace";

export function ReliabilityRoute() {
  const { t } = useTranslation();
  const { slug, workspace } = useWorkspace();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("reliability.title")}
      </Title>
      <ReliabilityView ws={slug} canManage={can(workspace?.role, "reliability.manage")} />
    </Stack>
  );
}
