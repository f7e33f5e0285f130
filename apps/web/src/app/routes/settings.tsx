import { Alert, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { useWorkspaceSettings } from "@/features/workspaces/api/workspaces";
import { ArchivePanel } from "@/features/workspaces/components/archive-panel";
import { WorkspaceSettingsForm } from "@/features/workspaces/components/workspace-settings-form";
import { useWorkspace } from "@/hooks/use-workspace";

/** `/w/:workspace/settings`: what an administrator can change about the workspace. */
export function SettingsRoute() {
  const { t } = useTranslation();
  const { slug, workspace } = useWorkspace();
  const isAdmin = workspace?.role === "admin";
  const settings = useWorkspaceSettings(slug);
  if (!isAdmin) return <Alert color="gray">{t("settings.onlyAdmins")}</Alert>;
  if (settings.isPending) return <PageLoader />;
  if (settings.isError) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  const ws = settings.data;
  const reload = () => void settings.refetch();
  return (
    <Stack maw={760}>
      <Title order={1} size="h2">
        {t("settings.title")}
      </Title>
      {/* Keyed by version so a reload after a 409 shows the saved values, not the stale draft. */}
      <WorkspaceSettingsForm key={`${ws.slug}-${ws.version}`} workspace={ws} onReload={reload} />
      <ArchivePanel key={`archive-${ws.version}`} workspace={ws} onReload={reload} />
    </Stack>
  );
}
