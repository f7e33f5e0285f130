import { Button, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { formatDate, localTimeZone } from "@/lib/format";
import { useInvitations, useWithdrawInvitation } from "../api/people";

/** Pending invitations of the workspace; withdrawing one makes its link stop working. */
export function InvitationList({ ws, readOnly }: { ws: string; readOnly?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const invitations = useInvitations(ws);
  const withdraw = useWithdrawInvitation(ws);
  let body: ReactNode;
  if (invitations.isPending) body = <PageLoader />;
  else if (invitations.isError)
    body = <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} />;
  else {
    const rows = invitations.data.pages.flatMap((p) => p.items);
    body =
      rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("people.noInvitations")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" data-testid="invitation-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("people.email")}</Table.Th>
                <Table.Th>{t("people.role")}</Table.Th>
                <Table.Th>{t("people.expires")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((inv) => (
                <Table.Tr key={inv.id} data-testid="invitation-row" data-email={inv.email}>
                  <Table.Td>
                    <Text size="sm">{inv.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`auth.role.${inv.role}`)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {formatDate(inv.expiresAt, lang, null, localTimeZone())}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {!readOnly && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        loading={withdraw.isPending && withdraw.variables === inv.id}
                        onClick={() =>
                          withdraw.mutate(inv.id, {
                            onSuccess: () =>
                              notifications.show({
                                color: "teal",
                                message: t("people.withdrawn", { email: inv.email }),
                              }),
                          })
                        }
                        data-testid="invitation-withdraw"
                      >
                        {t("people.withdraw")}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      );
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="invitations-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="invitations-title">
          {t("people.invitations")}
        </Title>
        <ErrorAlert error={withdraw.error} staleConflict={false} />
        {body}
        {invitations.hasNextPage && (
          <Button variant="default" onClick={() => void invitations.fetchNextPage()}>
            {t("common.loadMore")}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
