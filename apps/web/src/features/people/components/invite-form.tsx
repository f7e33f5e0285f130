import { ROLES, type Role } from "@kroscek/schema";
import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { OneTimeSecret } from "@/components/one-time-secret";
import { formatDate, localTimeZone } from "@/lib/format";
import { useInvite } from "../api/people";
import { invitationUrl } from "../utils/invitation-url";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Invites an e-mail with a role and shows the one-time link to send, which the API never shows again. */
export function InviteForm({ ws }: { ws: string }) {
  const { t, i18n } = useTranslation();
  const invite = useInvite(ws);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("factchecker");
  const [tried, setTried] = useState(false);
  const [link, setLink] = useState<{ email: string; url: string; expiresAt: string } | null>(null);
  const emailOk = EMAIL.test(email.trim());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!emailOk) return;
    invite.mutate(
      { email: email.trim(), role },
      {
        onSuccess: (res) => {
          setLink({
            email: res.invitation.email,
            url: invitationUrl(res.acceptPath, window.location.origin),
            expiresAt: res.invitation.expiresAt,
          });
          setEmail("");
          setTried(false);
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="invite-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="invite-title">
            {t("people.invite")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("people.inviteHint")}
          </Text>
        </div>
        <Group
          renderRoot={(props) => <form {...props} noValidate />}
          onSubmit={submit}
          align="flex-start"
          wrap="wrap"
        >
          <TextInput
            label={t("people.email")}
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={tried && !emailOk ? t("people.emailInvalid") : null}
            style={{ flex: "1 1 260px" }}
            data-testid="invite-email"
          />
          <Select
            label={t("people.role")}
            allowDeselect={false}
            value={role}
            onChange={(v) => v && setRole(v as Role)}
            data={ROLES.map((r) => ({ value: r, label: t(`auth.role.${r}`) }))}
            w={200}
            comboboxProps={{ withinPortal: true }}
            data-testid="invite-role"
          />
          <Button type="submit" mt={25} loading={invite.isPending} data-testid="invite-submit">
            {t("people.inviteSubmit")}
          </Button>
        </Group>
        <ErrorAlert
          error={invite.error}
          staleConflict={false}
          explain={(err) => (err.status === 409 ? t("people.alreadyMember") : null)}
        />
        {link && (
          <OneTimeSecret
            title={t("people.inviteLink", { email: link.email })}
            hint={t("people.inviteLinkHint", {
              email: link.email,
              date: formatDate(link.expiresAt, i18n.resolvedLanguage ?? "id", null, localTimeZone()),
            })}
            value={link.url}
            testId="invite-link"
          />
        )}
      </Stack>
    </Paper>
  );
}
