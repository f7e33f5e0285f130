import type { User } from "@kroscek/schema";
import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { MyInvitations } from "@/features/account/components/my-invitations";
import { CreateWorkspaceForm } from "./create-workspace-form";

/** What a signed-in user without any workspace sees: invitations to accept, or a workspace to create. */
export function Welcome({ user }: { user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = (slug: string) => navigate(`/w/${slug}/articles`, { replace: true });
  return (
    <Stack w="100%" data-testid="welcome">
      <div>
        <Title order={1} size="h2">
          {t("workspace.welcome", { name: user.displayName })}
        </Title>
        <Text size="sm" c="dimmed">
          {t("app.noWorkspace")}
        </Text>
      </div>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="welcome-invitations">
        <Title order={2} size="h4" id="welcome-invitations" mb="sm">
          {t("account.invitations")}
        </Title>
        <MyInvitations onJoined={open} />
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="welcome-create">
        <Title order={2} size="h4" id="welcome-create" mb="sm">
          {t("workspace.newTitle")}
        </Title>
        <CreateWorkspaceForm onCreated={(ws) => open(ws.slug)} />
      </Paper>
    </Stack>
  );
}
