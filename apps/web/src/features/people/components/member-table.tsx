import { type Member, ROLES, type Role } from "@kroscek/schema";
import { Badge, Button, Group, Select, Stack, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "@/components/confirm-modal";
import { ErrorAlert } from "@/components/error-alert";
import { OneTimeSecret } from "@/components/one-time-secret";
import { PageLoader } from "@/components/page-loader";
import type { ApiError } from "@/lib/api-client";
import { useChangeRole, useMembers, useRemoveMember, useResetPassword } from "../api/people";

type Action = { kind: "remove" | "reset"; member: Member };

/** A 409 on a member is either a stale version or the rule that a workspace keeps an admin. */
const isStale = (err: ApiError) =>
  err.status === 409 &&
  typeof err.details === "object" &&
  err.details !== null &&
  "currentVersion" in err.details;

/** Members with their roles: change a role (with the version read), reset a password, remove. */
export function MemberTable({ ws, selfId, readOnly }: { ws: string; selfId: string; readOnly?: boolean }) {
  const { t } = useTranslation();
  const members = useMembers(ws);
  const changeRole = useChangeRole(ws);
  const remove = useRemoveMember(ws);
  const reset = useResetPassword(ws);
  const [action, setAction] = useState<Action | null>(null);
  const [newPassword, setNewPassword] = useState<{ name: string; password: string } | null>(null);
  const explain = (err: ApiError) =>
    err.status === 409 ? t(isStale(err) ? "people.stale" : "people.lastAdmin") : null;
  if (members.isPending) return <PageLoader />;
  if (members.isError) return <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />;
  const rows = members.data.pages.flatMap((p) => p.items);
  const close = () => {
    setAction(null);
    remove.reset();
    reset.reset();
  };
  const confirm = () => {
    if (!action) return;
    const { member } = action;
    if (action.kind === "remove") {
      remove.mutate(member.userId, {
        onSuccess: () => {
          close();
          notifications.show({ color: "teal", message: t("people.removed", { name: member.displayName }) });
        },
      });
    } else {
      reset.mutate(member.userId, {
        onSuccess: ({ password }) => {
          close();
          setNewPassword({ name: member.displayName, password });
        },
      });
    }
  };
  const setRole = (m: Member, role: Role) =>
    changeRole.mutate(
      { userId: m.userId, role, version: m.version },
      {
        onSuccess: () =>
          notifications.show({
            color: "teal",
            message: t("people.roleChanged", { name: m.displayName, role: t(`auth.role.${role}`) }),
          }),
      },
    );
  return (
    <Stack gap="sm">
      {newPassword && (
        <OneTimeSecret
          title={t("people.newPassword", { name: newPassword.name })}
          hint={t("people.newPasswordHint")}
          value={newPassword.password}
          testId="reset-password"
        />
      )}
      <ErrorAlert
        error={changeRole.error}
        explain={explain}
        staleConflict={changeRole.error ? isStale(changeRole.error as ApiError) : true}
        onReload={() => {
          changeRole.reset();
          void members.refetch();
        }}
      />
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing="sm" highlightOnHover data-testid="member-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("people.person")}</Table.Th>
              <Table.Th w={200}>{t("people.role")}</Table.Th>
              <Table.Th ta="right">{t("people.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((m) => {
              const self = m.userId === selfId;
              return (
                <Table.Tr key={m.userId} data-testid="member-row" data-email={m.email}>
                  <Table.Td>
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm" fw={500}>
                        {m.displayName}
                      </Text>
                      {self && (
                        <Badge size="xs" variant="light" style={{ flexShrink: 0 }}>
                          {t("people.you")}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {m.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      w={170}
                      aria-label={t("people.roleOf", { name: m.displayName })}
                      allowDeselect={false}
                      value={m.role}
                      disabled={self || readOnly || changeRole.isPending}
                      data={ROLES.map((r) => ({ value: r, label: t(`auth.role.${r}`) }))}
                      onChange={(v) => v && v !== m.role && setRole(m, v as Role)}
                      comboboxProps={{ withinPortal: true }}
                      data-testid="member-role"
                    />
                  </Table.Td>
                  <Table.Td>
                    {!self && !readOnly && (
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setAction({ kind: "reset", member: m })}
                          data-testid="member-reset"
                        >
                          {t("people.resetPassword")}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setAction({ kind: "remove", member: m })}
                          data-testid="member-remove"
                        >
                          {t("people.remove")}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {members.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void members.fetchNextPage()}
          loading={members.isFetchingNextPage}
        >
          {t("common.loadMore")}
        </Button>
      )}
      <ConfirmModal
        opened={action !== null}
        title={
          action
            ? t(action.kind === "remove" ? "people.removeTitle" : "people.resetTitle", {
                name: action.member.displayName,
              })
            : ""
        }
        message={
          action
            ? t(action.kind === "remove" ? "people.removeConfirm" : "people.resetConfirm", {
                name: action.member.displayName,
              })
            : ""
        }
        confirmLabel={action ? t(action.kind === "remove" ? "people.remove" : "people.resetPassword") : ""}
        danger={action?.kind === "remove"}
        pending={remove.isPending || reset.isPending}
        onConfirm={confirm}
        onClose={close}
      >
        <ErrorAlert
          error={remove.error ?? reset.error}
          explain={(err) => (err.status === 403 && reset.error ? t("people.resetRefused") : explain(err))}
          staleConflict={false}
        />
      </ConfirmModal>
    </Stack>
  );
}
