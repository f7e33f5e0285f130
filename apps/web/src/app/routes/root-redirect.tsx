import { Navigate } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { PublicFrame } from "@/components/public-frame";
import { UserMenu } from "@/features/auth/components/user-menu";
import { Welcome } from "@/features/workspaces/components/welcome";
import { useSession } from "@/lib/auth";

/** "/" opens the first workspace of the signed-in user, the sign-in page, or the welcome page. */
export function RootRedirect() {
  const session = useSession();
  if (session.isPending) return <PageLoader />;
  if (session.isError) return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) return <Navigate to="/sign-in" replace />;
  const first = session.data.workspaces[0];
  if (first) return <Navigate to={`/w/${first.slug}/articles`} replace />;
  return (
    <PublicFrame maw={640} actions={<UserMenu user={session.data.user} />}>
      <Welcome user={session.data.user} />
    </PublicFrame>
  );
}
