import type { Workspace } from "@kroscek/schema";
import { Button, Group, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { useCreateWorkspace } from "../api/workspaces";
import { emptyWorkspaceDraft, WorkspaceFields, workspaceDraftValid } from "./workspace-fields";

interface Props {
  onCreated: (ws: Workspace) => void;
  onCancel?: () => void;
}

/** Creates a workspace (the caller becomes its admin) and hands it to `onCreated`. */
export function CreateWorkspaceForm({ onCreated, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const create = useCreateWorkspace();
  const [draft, setDraft] = useState(() => emptyWorkspaceDraft(i18n.resolvedLanguage));
  const [tried, setTried] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!workspaceDraftValid(draft)) return;
    create.mutate({ ...draft, name: draft.name.trim() }, { onSuccess: onCreated });
  };
  return (
    <Stack
      renderRoot={(props) => <form {...props} noValidate />}
      onSubmit={submit}
      data-testid="create-workspace-form"
    >
      <Text size="sm" c="dimmed">
        {t("workspace.newHint")}
      </Text>
      <WorkspaceFields value={draft} onChange={setDraft} showErrors={tried} />
      <ErrorAlert
        error={create.error}
        staleConflict={false}
        explain={(err) => (err.status === 409 ? t("workspace.slugTaken") : null)}
      />
      <Group justify="flex-end">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        )}
        <Button type="submit" loading={create.isPending} data-testid="create-workspace-submit">
          {t("workspace.create")}
        </Button>
      </Group>
    </Stack>
  );
}
