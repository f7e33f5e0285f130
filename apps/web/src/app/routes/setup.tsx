import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { LinkClosed } from "@/components/link-closed";
import { PageLoader } from "@/components/page-loader";
import { PublicFrame } from "@/components/public-frame";
import { useSetupStatus } from "@/features/account/api/account";
import { SetupForm } from "@/features/account/components/setup-form";
import { ApiError } from "@/lib/api-client";

/** `/setup?token=…`: the one-time link `kroscek serve` prints on an installation without accounts. */
export function SetupRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const status = useSetupStatus(token);
  const closed = (message: string, title: string) => (
    <LinkClosed title={title} message={message} testId="setup-closed" />
  );
  let body: ReactNode;
  if (!token) body = closed(t("setup.invalid"), t("setup.invalidTitle"));
  else if (status.isPending) body = <PageLoader />;
  else if (status.isError) {
    const err = status.error instanceof ApiError ? status.error : null;
    body =
      err?.status === 410 ? (
        closed(t("setup.done"), t("setup.doneTitle"))
      ) : err?.status === 404 ? (
        closed(t("setup.invalid"), t("setup.invalidTitle"))
      ) : (
        <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />
      );
  } else
    body = (
      <SetupForm token={token} onDone={(_, slug) => navigate(`/w/${slug}/articles`, { replace: true })} />
    );
  return <PublicFrame maw={560}>{body}</PublicFrame>;
}
