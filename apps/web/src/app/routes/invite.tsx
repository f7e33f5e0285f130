import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { LinkClosed } from "@/components/link-closed";
import { PageLoader } from "@/components/page-loader";
import { PublicFrame } from "@/components/public-frame";
import { useInvitationLink } from "@/features/account/api/account";
import { InviteAcceptForm } from "@/features/account/components/invite-accept-form";
import { ApiError } from "@/lib/api-client";
import { useSession } from "@/lib/auth";

/** `/invite?token=…`: the one-time link an administrator sent; joining signs the browser in. */
export function InviteRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  // Loads the CSRF token of a session this browser may already have, which the accept request needs.
  useSession();
  const link = useInvitationLink(token);
  const closed = (title: string, message: string) => (
    <LinkClosed title={title} message={message} testId="invite-closed" />
  );
  let body: ReactNode;
  if (!token) body = closed(t("invite.invalidTitle"), t("invite.invalid"));
  else if (link.isPending) body = <PageLoader />;
  else if (link.isError) {
    const status = link.error instanceof ApiError ? link.error.status : 0;
    body =
      status === 410 ? (
        closed(t("invite.goneTitle"), t("invite.gone"))
      ) : status === 404 ? (
        closed(t("invite.invalidTitle"), t("invite.invalid"))
      ) : (
        <ErrorAlert error={link.error} onRetry={() => void link.refetch()} />
      );
  } else
    body = (
      <InviteAcceptForm
        token={token}
        invitation={link.data}
        onJoined={() => navigate(`/w/${link.data.workspace.slug}/articles`, { replace: true })}
      />
    );
  return <PublicFrame>{body}</PublicFrame>;
}
