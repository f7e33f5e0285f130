import type { User } from "@kroscek/schema";
import { Button, Menu, Modal, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ChangePasswordModal } from "@/features/account/components/change-password-modal";
import { MyInvitations } from "@/features/account/components/my-invitations";
import { useSignOut } from "@/lib/auth";

/** The account menu: change password, invitations to one's e-mail, sign out. */
export function UserMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [open, setOpen] = useState<"password" | "invitations" | null>(null);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            variant="default"
            data-testid="user-menu"
            aria-label={`${t("account.menu")}: ${user.displayName}`}
          >
            <Text size="xs" truncate maw={140} visibleFrom="sm">
              {user.displayName}
            </Text>
            <Text size="xs" hiddenFrom="sm">
              {t("account.menu")}
            </Text>
            <span aria-hidden="true" style={{ marginLeft: 6 }}>
              ▾
            </span>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t("auth.signedInAs", { name: user.email })}</Menu.Label>
          <Menu.Item onClick={() => setOpen("password")} data-testid="menu-change-password">
            {t("account.changePassword")}
          </Menu.Item>
          <Menu.Item onClick={() => setOpen("invitations")} data-testid="menu-invitations">
            {t("account.invitations")}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            color="red"
            onClick={() => signOut.mutate(undefined, { onSettled: () => navigate("/sign-in") })}
            data-testid="menu-sign-out"
          >
            {t("auth.signOut")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={open === "password"} onClose={() => setOpen(null)} />
      <Modal opened={open === "invitations"} onClose={() => setOpen(null)} title={t("account.invitations")}>
        {open === "invitations" && (
          <MyInvitations
            onJoined={(slug) => {
              setOpen(null);
              navigate(`/w/${slug}/articles`);
            }}
          />
        )}
      </Modal>
    </>
  );
}
