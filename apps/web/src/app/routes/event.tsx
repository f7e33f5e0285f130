import { can } from "@kroscek/schema";
import { Stack } from "@mantine/core";
import { useParams } from "react-router";
import { EventVerdicts } from "@/features/claims/components/event-verdicts";
import { EventMatrixView } from "@/features/events/components/event-matrix";
import { useWorkspace } from "@/hooks/use-workspace";

export function EventRoute() {
  const { eventId = "" } = useParams();
  const { slug, workspace } = useWorkspace();
  return (
    <Stack>
      <EventMatrixView ws={slug} eventId={eventId} />
      <EventVerdicts
        ws={slug}
        eventId={eventId}
        canDraft={can(workspace?.role, "verdict.draft")}
        canPublish={can(workspace?.role, "verdict.publish")}
        canRetract={can(workspace?.role, "verdict.retract")}
      />
    </Stack>
  );
}
