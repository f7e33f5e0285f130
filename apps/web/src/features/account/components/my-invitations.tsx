import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { formatDate, localTimeZone } from "@/lib/format";
import { useAcceptInvitation, useMyInvitations } from "../api/account";

/** Pending invitations to the signed-in user's e-mail; accepting one joins that workspace. */
export function MyInvitations({ onJoined }: { onJoined: (slug: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const list = useMyInvitations();
  const accept = useAcceptInvitation();
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="no-invitations">
        {t("account.noInvitations")}
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="my-invitations">
      <ErrorAlert
        error={accept.error}
        staleConflict={false}
        explain={(err) => (err.code === "workspace_archived" ? t("invite.archived") : null)}
      />
      {list.data.map((inv) => (
        <Paper key={inv.id} withBorder p="sm" radius="sm" data-testid="my-invitation">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm" fw={500}>
                {inv.workspace.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t("account.invitedAs", {
                  role: t(`auth.role.${inv.role}`),
                  date: formatDate(inv.expiresAt, lang, null, localTimeZone()),
                })}
              </Text>
            </div>
            <Button
              size="xs"
              loading={accept.isPending && accept.variables === inv.id}
              onClick={() =>
                accept.mutate(inv.id, {
                  onSuccess: (ws) => {
                    notifications.show({ color: "teal", message: t("account.joined", { name: ws.name }) });
                    onJoined(ws.slug);
                  },
                })
              }
              data-testid="accept-invitation"
            >
              {t("account.accept")}
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
