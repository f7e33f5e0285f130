import { useParams } from "react-router";
import { EventMatrixView } from "@/features/events/components/event-matrix";
import { useWorkspace } from "@/hooks/use-workspace";

export function EventRoute() {
  const { eventId = "" } = useParams();
  const { slug } = useWorkspace();
  return <EventMatrixView ws={slug} eventId={eventId} />;
}
