import { can } from "@kroscek/schema";
import { useParams } from "react-router";
import { ClaimDetail } from "@/features/claims/components/claim-detail";
import { useWorkspace } from "@/hooks/use-workspace";

export function ClaimRoute() {
  const { claimId = "" } = useParams();
  const { slug, workspace } = useWorkspace();
  return (
    <ClaimDetail
      ws={slug}
      claimId={claimId}
      canDraft={can(workspace?.role, "verdict.draft")}
      canPublish={can(workspace?.role, "verdict.publish")}
      canRetract={can(workspace?.role, "verdict.retract")}
    />
  );
}
