import type { ReceivedInvitation, Session } from "@kroscek/schema";
import { Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { issuePaths } from "@/lib/api-issues";
import { formatDate, localTimeZone } from "@/lib/format";
import { useAcceptInvitationLink } from "../api/account";

interface Props {
  token: string;
  invitation: ReceivedInvitation;
  onJoined: (session: Session) => void;
}

/**
 * Accepts an invitation link. The page cannot know whether the e-mail has an account (the API
 * never tells), so it asks for "your password, or a new one", and a name only a new account needs.
 */
export function InviteAcceptForm({ token, invitation, onJoined }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const accept = useAcceptInvitationLink(token);
  const [password, setPassword] = useState("");
  const [displayName, setDisplayName] = useState("");
  const paths = issuePaths(accept.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!password) return;
    accept.mutate(
      { password, ...(displayName.trim() ? { displayName: displayName.trim() } : {}) },
      { onSuccess: onJoined },
    );
  };
  const explain = (err: { status: number; code: string }) => {
    if (err.status === 401) return t("invite.wrongPassword", { email: invitation.email });
    if (err.code === "workspace_archived") return t("invite.archived");
    if (err.status === 410) return t("invite.gone");
    return null;
  };
  const values = {
    workspace: invitation.workspace.name,
    role: t(`auth.role.${invitation.role}`),
    email: invitation.email,
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
      data-testid="invite-form"
    >
      <Stack>
        <div>
          <Title order={1} size="h2">
            {t("invite.title", values)}
          </Title>
          <Text size="sm" mt={4} data-testid="invite-summary">
            {t("invite.intro", values)}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t("invite.expires", { date: formatDate(invitation.expiresAt, lang, null, localTimeZone()) })}
          </Text>
        </div>
        <TextInput label={t("auth.email")} value={invitation.email} readOnly autoComplete="username" />
        <PasswordInput
          label={t("invite.password")}
          description={t("invite.passwordHint", { email: invitation.email })}
          required
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={paths.includes("password") ? t("invite.tooShort") : null}
          data-testid="invite-password"
        />
        <TextInput
          label={t("invite.name")}
          description={t("invite.nameHint")}
          autoComplete="name"
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={paths.includes("displayName") ? t("invite.needName") : null}
          data-testid="invite-name"
        />
        {/* A problem with one field is shown beside it; the alert is for the rest. */}
        {paths.length === 0 && <ErrorAlert error={accept.error} staleConflict={false} explain={explain} />}
        <Button type="submit" disabled={!password} loading={accept.isPending} data-testid="invite-submit">
          {t("invite.submit")}
        </Button>
      </Stack>
    </Paper>
  );
}
