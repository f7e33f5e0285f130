import type { User } from "@kroscek/schema";
import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useSignOut } from "@/lib/auth";

export function UserMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" visibleFrom="md" truncate maw={200}>
        {t("auth.signedInAs", { name: user.displayName })}
      </Text>
      <Button
        size="xs"
        variant="default"
        loading={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSettled: () => navigate("/sign-in") })}
      >
        {t("auth.signOut")}
      </Button>
    </Group>
  );
}
