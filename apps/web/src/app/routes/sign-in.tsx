import { Anchor, Center, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { LanguageSwitch } from "@/components/language-switch";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { useSession } from "@/lib/auth";

/** Only same-site paths are followed after sign-in, so `next` cannot send the user elsewhere. */
const safeNext = (next: string | null) => (next?.startsWith("/") && !next.startsWith("//") ? next : "/");

export function SignInRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  if (session.data) return <Navigate to={safeNext(params.get("next"))} replace />;
  return (
    <Center mih="100vh" p="md" component="main" bg="gray.0">
      <Stack align="center" w="100%" maw={420}>
        <Group justify="space-between" w="100%">
          <div>
            <Title order={2} size="h3">
              {t("app.name")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("app.tagline")}
            </Text>
          </div>
          <LanguageSwitch />
        </Group>
        <SignInForm onSignedIn={() => navigate(safeNext(params.get("next")), { replace: true })} />
        <Anchor href="/api/docs" size="sm">
          {t("nav.apiDocs")}
        </Anchor>
      </Stack>
    </Center>
  );
}
