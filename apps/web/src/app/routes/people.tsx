import { Alert, Paper, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { InvitationList } from "@/features/people/components/invitation-list";
import { InviteForm } from "@/features/people/components/invite-form";
import { MemberTable } from "@/features/people/components/member-table";
import { useWorkspace } from "@/hooks/use-workspace";
import { useSession } from "@/lib/auth";

/** `/w/:workspace/settings/people`: members and their roles, invitations. */
export function PeopleRoute() {
  const { t } = useTranslation();
  const { slug, workspace } = useWorkspace();
  const session = useSession();
  if (workspace?.role !== "admin") return <Alert color="gray">{t("settings.onlyAdmins")}</Alert>;
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t("people.title")}
      </Title>
      {!workspace.archived && <InviteForm ws={slug} />}
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="members-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="members-title">
            {t("people.members")}
          </Title>
          <MemberTable ws={slug} selfId={session.data?.user.id ?? ""} readOnly={workspace.archived} />
        </Stack>
      </Paper>
      <InvitationList ws={slug} readOnly={workspace.archived} />
    </Stack>
  );
}
