import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { useEventSuggestions } from "../api/event-suggestions";
import { EventSuggestionCard } from "./event-suggestion-card";

/** Events to review: groups of sentences from several outlets that probably report one event. */
export function EventSuggestionList({ ws, canWrite }: { ws: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const query = useEventSuggestions(ws);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Stack data-testid="event-suggestion-list">
      <Text size="sm" c="dimmed">
        {t("eventSuggestions.hint")}
      </Text>
      {query.data.length === 0 ? (
        <Text c="dimmed" data-testid="event-suggestions-empty">
          {t("eventSuggestions.empty")}
        </Text>
      ) : (
        query.data.map((g) => <EventSuggestionCard key={g.id} ws={ws} group={g} canWrite={canWrite} />)
      )}
    </Stack>
  );
}
