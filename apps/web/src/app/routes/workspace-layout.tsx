import { Anchor, AppShell, Burger, Center, Group, NavLink, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Link, Navigate, Outlet, useLocation } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { LanguageSwitch } from "@/components/language-switch";
import { PageLoader } from "@/components/page-loader";
import { UserMenu } from "@/features/auth/components/user-menu";
import { WorkspaceSwitcher } from "@/features/auth/components/workspace-switcher";
import { ArchivedBanner } from "@/features/workspaces/components/archived-banner";
import { useWorkspace } from "@/hooks/use-workspace";
import { useSession } from "@/lib/auth";

/** The signed-in frame: header (workspace, language, sign-out), navigation, and the current page. */
export function WorkspaceLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const { slug, workspace, isPending } = useWorkspace();
  const [opened, { toggle, close }] = useDisclosure(false);
  if (session.isPending) return <PageLoader />;
  if (session.isError) return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    return (
      <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />
    );
  }
  const base = `/w/${slug}`;
  const links = [
    { to: `${base}/articles`, label: t("nav.articles"), exact: true },
    { to: `${base}/articles/import`, label: t("nav.import"), exact: true },
    { to: `${base}/feeds`, label: t("nav.feeds") },
    { to: `${base}/events`, label: t("nav.events") },
    { to: `${base}/review/events`, label: t("nav.eventsToReview") },
    { to: `${base}/review/contradictions`, label: t("nav.contradictions") },
    { to: `${base}/review/flags`, label: t("nav.flags") },
    { to: `${base}/reliability`, label: t("nav.reliability") },
    ...(workspace?.role === "admin"
      ? [
          { to: `${base}/settings`, label: t("nav.settings"), exact: true },
          { to: `${base}/settings/people`, label: t("nav.people") },
          { to: `${base}/settings/webhooks`, label: t("nav.webhooks") },
          { to: `${base}/settings/jobs`, label: t("nav.jobs") },
        ]
      : []),
  ];
  // An archived workspace is not in the session's list; the switcher still names it while inside.
  const switchable =
    workspace && !session.data.workspaces.some((w) => w.slug === workspace.slug)
      ? [...session.data.workspaces, workspace]
      : session.data.workspaces;
  const isActive = (to: string, exact?: boolean) =>
    exact ? location.pathname === to : location.pathname.startsWith(to);
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 220, breakpoint: "md", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={t("nav.toggle")} />
            <Title order={2} size="h4">
              <Anchor component={Link} to={`${base}/articles`} c="inherit" underline="never">
                {t("app.name")}
              </Anchor>
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <WorkspaceSwitcher workspaces={switchable} current={slug} />
            <LanguageSwitch />
            <UserMenu user={session.data.user} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t("nav.main")}>
        {links.map((l) => (
          <NavLink
            key={l.to}
            component={Link}
            to={l.to}
            label={l.label}
            active={isActive(l.to, l.exact)}
            onClick={close}
          />
        ))}
        <NavLink href="/api/docs" label={t("nav.apiDocs")} component="a" mt="auto" />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {workspace?.archived && <ArchivedBanner slug={slug} isAdmin={workspace.role === "admin"} />}
        {workspace ? (
          <Outlet />
        ) : isPending ? (
          <PageLoader />
        ) : (
          <Center p="xl">
            <Text>{t("app.unknownWorkspace", { slug })}</Text>
          </Center>
        )}
      </AppShell.Main>
    </AppShell>
  );
}
