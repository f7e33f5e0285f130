import { Center, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Navigate } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { useSession } from "@/lib/auth";

/** "/" opens the first workspace of the signed-in user, or the sign-in page. */
export function RootRedirect() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) return <PageLoader />;
  if (session.isError) return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) return <Navigate to="/sign-in" replace />;
  const first = session.data.workspaces[0];
  if (!first)
    return (
      <Center p="xl">
        <Text>{t("app.noWorkspace")}</Text>
      </Center>
    );
  return <Navigate to={`/w/${first.slug}/articles`} replace />;
}
