import type { Workspace } from "@kroscek/schema";
import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "@/components/confirm-modal";
import { ErrorAlert } from "@/components/error-alert";
import { useUpdateWorkspace } from "../api/workspaces";

/** Archive (read-only, hidden from lists, nothing deleted) or restore, after a confirmation. */
export function ArchivePanel({ workspace, onReload }: { workspace: Workspace; onReload: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateWorkspace(workspace.slug);
  const [asking, setAsking] = useState(false);
  const archiving = !workspace.archived;
  const close = () => {
    setAsking(false);
    update.reset();
  };
  // The panel remounts with the saved version, so the outcome is read from the promise, not a callback.
  const confirm = () =>
    update.mutateAsync({ version: workspace.version, archived: archiving }).then(
      () => {
        setAsking(false);
        notifications.show({
          color: "teal",
          message: t(archiving ? "settings.archivedOk" : "settings.restored"),
        });
      },
      () => undefined, // shown in the dialog
    );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="archive-title">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="archive-title">
          {t(archiving ? "settings.archive" : "settings.restore")}
        </Title>
        <Text size="sm">{t(archiving ? "settings.archiveHint" : "settings.restoreHint")}</Text>
        <Button
          color={archiving ? "red" : undefined}
          variant={archiving ? "outline" : "filled"}
          onClick={() => setAsking(true)}
          data-testid={archiving ? "archive-workspace" : "restore-workspace"}
        >
          {t(archiving ? "settings.archive" : "settings.restore")}
        </Button>
      </Stack>
      <ConfirmModal
        opened={asking}
        title={t(archiving ? "settings.archive" : "settings.restore")}
        message={t(archiving ? "settings.archiveConfirm" : "settings.restoreConfirm", {
          name: workspace.name,
        })}
        confirmLabel={t(archiving ? "settings.archive" : "settings.restore")}
        danger={archiving}
        pending={update.isPending}
        onConfirm={confirm}
        onClose={close}
      >
        <ErrorAlert
          error={update.error}
          onReload={() => {
            close();
            onReload();
          }}
          explain={(err) => (err.status === 409 ? t("settings.stale") : null)}
        />
      </ConfirmModal>
    </Paper>
  );
}
