import type { Session } from "@kroscek/schema";
import { Button, Divider, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import {
  emptyWorkspaceDraft,
  WorkspaceFields,
  workspaceDraftValid,
} from "@/features/workspaces/components/workspace-fields";
import { useCompleteSetup } from "../api/account";
import { MIN_PASSWORD } from "./change-password-modal";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The first account of an installation (its administrator) and its first workspace, in one step. */
export function SetupForm({
  token,
  onDone,
}: {
  token: string;
  onDone: (session: Session, slug: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const setup = useCompleteSetup();
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [password, setPassword] = useState("");
  const [workspace, setWorkspace] = useState(() => emptyWorkspaceDraft(i18n.resolvedLanguage));
  const [tried, setTried] = useState(false);
  const emailOk = EMAIL.test(email.trim());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!emailOk || !displayName.trim() || password.length < MIN_PASSWORD || !workspaceDraftValid(workspace))
      return;
    const ws = { ...workspace, name: workspace.name.trim() };
    setup.mutate(
      { token, email: email.trim(), displayName: displayName.trim(), password, workspace: ws },
      { onSuccess: (session) => onDone(session, ws.slug) },
    );
  };
  return (
    <Paper
      withBorder
      p="xl"
      radius="md"
      w="100%"
      component="form"
      onSubmit={submit}
      noValidate
      data-testid="setup-form"
    >
      <Stack>
        <div>
          <Title order={1} size="h2">
            {t("setup.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("setup.intro")}
          </Text>
        </div>
        <Divider label={t("setup.account")} labelPosition="left" />
        <TextInput
          label={t("setup.name")}
          required
          autoComplete="name"
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={tried && !displayName.trim() ? t("setup.nameRequired") : null}
          data-testid="setup-name"
        />
        <TextInput
          label={t("auth.email")}
          type="email"
          required
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={tried && !emailOk ? t("people.emailInvalid") : null}
          data-testid="setup-email"
        />
        <PasswordInput
          label={t("auth.password")}
          description={t("setup.passwordHint")}
          required
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={tried && password.length < MIN_PASSWORD ? t("account.tooShort") : null}
          data-testid="setup-password"
        />
        <Divider label={t("setup.workspace")} labelPosition="left" />
        <WorkspaceFields value={workspace} onChange={setWorkspace} showErrors={tried} />
        <ErrorAlert
          error={setup.error}
          staleConflict={false}
          explain={(err) =>
            err.status === 410 ? t("setup.gone") : err.status === 409 ? t("workspace.slugTaken") : null
          }
        />
        <Button type="submit" loading={setup.isPending} data-testid="setup-submit">
          {t("setup.submit")}
        </Button>
      </Stack>
    </Paper>
  );
}
