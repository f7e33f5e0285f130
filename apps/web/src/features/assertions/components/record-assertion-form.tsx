import {
  ATTRIBUTION_KINDS,
  type AttributionKind,
  CLAIM_SLOTS,
  type ClaimSlot,
  EVENT_KINDS,
  type EventKind,
  STANCES,
  type Stance,
} from "@kroscek/schema";
import {
  Blockquote,
  Button,
  Divider,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { useEventClaims, useEventOptions } from "../api/ledger";
import { type RecordAssertionInput, useRecordAssertion } from "../api/record-assertion";
import { type ClaimDraft, ClaimValueFields, newClaimDraft, toClaimValue } from "./claim-value-fields";
import { EntityPicker } from "./entity-picker";

/** A passage of an article body: code-point offsets and the W3C quote selector. */
export interface QuotePick {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

interface Props {
  ws: string;
  articleId: string;
  timeZone: string;
  quote: QuotePick;
  onRecorded: () => void;
}

/** Records that the article asserts a claim: pick or create the event and claim, stance, attribution. */
export function RecordAssertionForm({ ws, articleId, timeZone, quote, onRecorded }: Props) {
  const { t } = useTranslation();
  const record = useRecordAssertion(ws);
  const [eventMode, setEventMode] = useState<"existing" | "new">("existing");
  const [eventSearch, setEventSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(eventSearch, 250);
  const events = useEventOptions(ws, debouncedSearch);
  const [eventId, setEventId] = useState<string | null>(null);
  const [newEvent, setNewEvent] = useState<{ kind: EventKind; title: string }>({
    kind: "meeting",
    title: "",
  });
  const claims = useEventClaims(ws, eventMode === "existing" ? eventId : null);
  const [claimId, setClaimId] = useState<string | null>(null);
  const [draft, setDraft] = useState<ClaimDraft>(() => newClaimDraft(quote.exact));
  const [summary, setSummary] = useState("");
  const [stance, setStance] = useState<Stance>("asserts");
  const [attrKind, setAttrKind] = useState<AttributionKind>("none");
  const [attrText, setAttrText] = useState("");
  const [attrEntity, setAttrEntity] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const newClaim = eventMode === "new" || claimId === "__new";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const event: RecordAssertionInput["event"] | null =
      eventMode === "existing"
        ? eventId
          ? { id: eventId }
          : null
        : newEvent.title.trim()
          ? { create: { kind: newEvent.kind, title: newEvent.title.trim() } }
          : null;
    if (!event) return setProblem(t("record.pickEventFirst"));
    let claim: RecordAssertionInput["claim"];
    if (newClaim) {
      const value = toClaimValue(draft, timeZone);
      if (!value) return setProblem(t("record.chooseClaim"));
      claim = { create: { value, ...(summary.trim() ? { summary: summary.trim() } : {}) } };
    } else if (claimId) {
      claim = { id: claimId };
    } else {
      return setProblem(t("record.chooseClaim"));
    }
    record.mutate(
      {
        event,
        claim,
        assertion: {
          articleId,
          stance,
          quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
          position: { start: quote.start, end: quote.end },
          attribution: { kind: attrKind, text: attrText.trim() || null, entityId: attrEntity },
          note: note.trim() || null,
        },
      },
      { onSuccess: onRecorded },
    );
  };

  return (
    <Stack component="form" onSubmit={submit} gap="sm" data-testid="record-form">
      <div>
        <Text size="sm" fw={600}>
          {t("record.quote")}
        </Text>
        <Blockquote p="xs" mt={4} style={{ whiteSpace: "pre-wrap" }} data-testid="record-quote">
          {quote.exact}
        </Blockquote>
        <Text size="xs" c="dimmed">
          {t("record.position", { start: quote.start, end: quote.end })}
        </Text>
      </div>
      <Divider label={t("record.event")} labelPosition="left" />
      <SegmentedControl
        value={eventMode}
        onChange={(v) => setEventMode(v as "existing" | "new")}
        data={[
          { value: "existing", label: t("record.event") },
          { value: "new", label: t("record.newEvent") },
        ]}
        aria-label={t("record.event")}
      />
      {eventMode === "existing" ? (
        <Select
          label={t("record.event")}
          placeholder={t("record.eventPlaceholder")}
          searchable
          value={eventId}
          onChange={(v) => {
            setEventId(v);
            setClaimId(null);
          }}
          searchValue={eventSearch}
          onSearchChange={setEventSearch}
          filter={({ options }) => options}
          data={(events.data ?? []).map((ev) => ({ value: ev.id, label: ev.title }))}
          nothingFoundMessage={t("common.noResults")}
          data-testid="record-event"
        />
      ) : (
        <Group grow align="flex-start">
          <Select
            label={t("record.eventKind")}
            allowDeselect={false}
            value={newEvent.kind}
            onChange={(v) => v && setNewEvent({ ...newEvent, kind: v as EventKind })}
            data={EVENT_KINDS.map((k) => ({ value: k, label: t(`eventKinds.${k}`) }))}
          />
          <TextInput
            label={t("record.eventTitle")}
            required
            value={newEvent.title}
            onChange={(e) => setNewEvent({ ...newEvent, title: e.currentTarget.value })}
            data-testid="record-event-title"
          />
        </Group>
      )}
      <Divider label={t("record.claim")} labelPosition="left" />
      {eventMode === "existing" && (
        <Select
          label={t("record.claim")}
          placeholder={t("record.claimPlaceholder")}
          disabled={!eventId}
          value={claimId}
          onChange={setClaimId}
          data={[
            ...(claims.data ?? []).map((c) => ({
              value: c.id,
              label: `${t(`slots.${c.slot}`)}: ${c.summary}`,
            })),
            { value: "__new", label: `+ ${t("record.newClaim")}` },
          ]}
          data-testid="record-claim"
        />
      )}
      {newClaim && (
        <Stack gap="xs">
          <Select
            label={t("record.slot")}
            allowDeselect={false}
            value={draft.slot}
            onChange={(v) => v && setDraft({ ...draft, slot: v as ClaimSlot })}
            data={CLAIM_SLOTS.map((s) => ({ value: s, label: t(`slots.${s}`) }))}
            data-testid="record-slot"
          />
          <ClaimValueFields ws={ws} draft={draft} onChange={setDraft} timeZone={timeZone} />
          <TextInput
            label={t("record.summary")}
            description={t("record.summaryHint")}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
          />
        </Stack>
      )}
      <Divider label={t("stance.label")} labelPosition="left" />
      <Select
        label={t("stance.label")}
        allowDeselect={false}
        value={stance}
        onChange={(v) => v && setStance(v as Stance)}
        data={STANCES.map((s) => ({ value: s, label: t(`stance.${s}`) }))}
        data-testid="record-stance"
      />
      <Select
        label={t("attribution.label")}
        allowDeselect={false}
        value={attrKind}
        onChange={(v) => v && setAttrKind(v as AttributionKind)}
        data={ATTRIBUTION_KINDS.map((k) => ({ value: k, label: t(`attribution.kinds.${k}`) }))}
        data-testid="record-attribution"
      />
      {attrKind !== "none" && (
        <>
          <TextInput
            label={t("attribution.text")}
            value={attrText}
            onChange={(e) => setAttrText(e.currentTarget.value)}
          />
          {attrKind !== "anonymous" && (
            <EntityPicker
              ws={ws}
              label={t("attribution.entity")}
              value={attrEntity}
              onChange={setAttrEntity}
              defaultKind={attrKind === "named_person" ? "person" : "organisation"}
            />
          )}
        </>
      )}
      <Textarea
        label={t("record.note")}
        autosize
        minRows={1}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {problem && (
        <Text c="red.8" size="sm" role="alert">
          {problem}
        </Text>
      )}
      <ErrorAlert error={record.error} />
      <Group justify="flex-end">
        <Button type="submit" loading={record.isPending} data-testid="record-submit">
          {t("record.submit")}
        </Button>
      </Group>
    </Stack>
  );
}
