import { type ClaimSuggestionDetails, EVENT_KINDS, type EventKind, type Suggestion } from "@kroscek/schema";
import { Button, Group, List, SegmentedControl, Select, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { useEventList } from "@/features/events/api/events";
import { type SuggestionAcceptResult, useAcceptSentence } from "../api/suggestions";

type Details = Partial<Pick<ClaimSuggestionDetails, "eventKind" | "participants" | "place" | "date">>;

/** A title proposed from what the sentence states: "Putin – Choe Son-hui · Moskow · Selasa (16/1/2024)". */
export function proposedTitle(d: Details): string {
  const people = (d.participants ?? [])
    .slice(0, 3)
    .map((p) => p.name)
    .join(" – ");
  return [people, d.place?.name, d.date?.text].filter(Boolean).join(" · ");
}

interface Props {
  ws: string;
  articleId: string;
  suggestion: Suggestion;
  onAccepted: (result: SuggestionAcceptResult) => void;
  onReload: () => void;
}

/**
 * Accepts a candidate claim's whole sentence into an event, prefilled from the suggestion: a new
 * event of the suggested kind and a proposed title, or an existing event. The server records one
 * assertion per slot the sentence states; the fact-checker only confirms or corrects.
 */
export function SentenceAcceptForm({ ws, articleId, suggestion: s, onAccepted, onReload }: Props) {
  const { t } = useTranslation();
  const d: Details = s.kind === "claim" ? s.details : {};
  const [target, setTarget] = useState<"new" | "existing">("new");
  const [kind, setKind] = useState<EventKind>(d.eventKind ?? "other");
  const [title, setTitle] = useState(() => proposedTitle(d) || s.quote.slice(0, 120));
  const [eventId, setEventId] = useState<string | null>(null);
  const events = useEventList(ws, "");
  const accept = useAcceptSentence(ws, articleId);
  const slots = [
    d.date && `${t("suggestions.date")}: ${d.date.text}`,
    d.place && `${t("suggestions.place")}: ${d.place.name}`,
    d.participants?.length &&
      `${t("suggestions.participants")}: ${d.participants.map((p) => p.name).join(", ")}`,
  ].filter(Boolean) as string[];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input =
      target === "existing" && eventId
        ? { eventId }
        : { event: { kind, title: title.trim() || s.quote.slice(0, 120) } };
    accept.mutate({ suggestionId: s.id, input }, { onSuccess: onAccepted });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm" data-testid="sentence-accept-form">
      <Text size="sm" c="dimmed">
        {t("sentenceAccept.hint")}
      </Text>
      <Text size="sm" data-testid="sentence-quote">{`“${s.quote}”`}</Text>
      <SegmentedControl
        value={target}
        onChange={(v) => setTarget(v as "new" | "existing")}
        data={[
          { value: "new", label: t("sentenceAccept.newEvent") },
          { value: "existing", label: t("sentenceAccept.existingEvent") },
        ]}
        aria-label={t("sentenceAccept.target")}
        data-testid="sentence-target"
      />
      {target === "new" ? (
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t("sentenceAccept.kind")}
            value={kind}
            onChange={(v) => v && setKind(v as EventKind)}
            data={EVENT_KINDS.map((k) => ({ value: k, label: t(`eventKinds.${k}`) }))}
            allowDeselect={false}
            data-testid="sentence-kind"
          />
          <TextInput
            label={t("sentenceAccept.title")}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 240 }}
            data-testid="sentence-title"
          />
        </Group>
      ) : (
        <Select
          label={t("sentenceAccept.eventPick")}
          searchable
          value={eventId}
          onChange={setEventId}
          data={(events.data?.items ?? []).map((e) => ({ value: e.id, label: e.title }))}
          data-testid="sentence-event"
        />
      )}
      {slots.length > 0 && (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t("sentenceAccept.slots")}
          </Text>
          <List size="sm" data-testid="sentence-slots">
            {slots.map((x) => (
              <List.Item key={x}>{x}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      <ErrorAlert error={accept.error} onReload={onReload} />
      <Group justify="flex-end">
        <Button
          type="submit"
          loading={accept.isPending}
          disabled={target === "existing" && !eventId}
          data-testid="sentence-submit"
        >
          {t("sentenceAccept.submit")}
        </Button>
      </Group>
    </Stack>
  );
}
