import { CLAIM_SLOTS, type ClaimSlot, EVENT_KINDS, type EventKind } from "@kroscek/schema";
import { Divider, Group, SegmentedControl, Select, Stack, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { claimValueText, useLang } from "@/i18n/findings";
import { useEventClaims, useEventOptions } from "../api/ledger";
import type { ClaimTarget } from "../api/record-assertion";
import { type ClaimDraft, ClaimValueFields, newClaimDraft, toClaimValue } from "./claim-value-fields";

/** The value of the claim picker: "__new" as claimId means a claim to create from `draft`. */
export interface ClaimChoice {
  eventMode: "existing" | "new";
  eventId: string | null;
  newEvent: { kind: EventKind; title: string };
  claimId: string | null;
  draft: ClaimDraft;
  summary: string;
}

export const NEW_CLAIM = "__new";

/** What a new event or claim starts as, e.g. the event kind or date a suggestion proposes. */
export interface ClaimPreset {
  eventKind?: EventKind;
  draft?: Partial<ClaimDraft>;
}

export const newClaimChoice = (quote: string, preset: ClaimPreset = {}): ClaimChoice => ({
  eventMode: "existing",
  eventId: null,
  newEvent: { kind: preset.eventKind ?? "meeting", title: "" },
  claimId: null,
  draft: { ...newClaimDraft(quote), ...preset.draft },
  summary: "",
});

/** The claim the choice names, or the translation key of what is still missing. */
export function claimTarget(
  c: ClaimChoice,
  timeZone: string,
): { target: ClaimTarget } | { problem: "record.pickEventFirst" | "record.chooseClaim" } {
  const event: ClaimTarget["event"] | null =
    c.eventMode === "existing"
      ? c.eventId
        ? { id: c.eventId }
        : null
      : c.newEvent.title.trim()
        ? { create: { kind: c.newEvent.kind, title: c.newEvent.title.trim() } }
        : null;
  if (!event) return { problem: "record.pickEventFirst" };
  if (c.eventMode === "new" || c.claimId === NEW_CLAIM) {
    const value = toClaimValue(c.draft, timeZone);
    if (!value) return { problem: "record.chooseClaim" };
    return {
      target: {
        event,
        claim: { create: { value, ...(c.summary.trim() ? { summary: c.summary.trim() } : {}) } },
      },
    };
  }
  if (c.claimId) return { target: { event, claim: { id: c.claimId } } };
  return { problem: "record.chooseClaim" };
}

/** Pick an existing event or create one, then one of its claims or a new typed claim. */
export function EventClaimPicker({
  ws,
  timeZone,
  value,
  onChange,
}: {
  ws: string;
  timeZone: string;
  value: ClaimChoice;
  onChange: (c: ClaimChoice) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [eventSearch, setEventSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(eventSearch, 250);
  const events = useEventOptions(ws, debouncedSearch);
  const claims = useEventClaims(ws, value.eventMode === "existing" ? value.eventId : null);
  const set = (patch: Partial<ClaimChoice>) => onChange({ ...value, ...patch });
  const newClaim = value.eventMode === "new" || value.claimId === NEW_CLAIM;

  return (
    <>
      <Divider label={t("record.event")} labelPosition="left" />
      <SegmentedControl
        value={value.eventMode}
        onChange={(v) => set({ eventMode: v as ClaimChoice["eventMode"] })}
        data={[
          { value: "existing", label: t("record.event") },
          { value: "new", label: t("record.newEvent") },
        ]}
        aria-label={t("record.event")}
      />
      {value.eventMode === "existing" ? (
        <Select
          label={t("record.event")}
          placeholder={t("record.eventPlaceholder")}
          searchable
          value={value.eventId}
          onChange={(v) => set({ eventId: v, claimId: null })}
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
            value={value.newEvent.kind}
            onChange={(v) => v && set({ newEvent: { ...value.newEvent, kind: v as EventKind } })}
            data={EVENT_KINDS.map((k) => ({ value: k, label: t(`eventKinds.${k}`) }))}
          />
          <TextInput
            label={t("record.eventTitle")}
            required
            value={value.newEvent.title}
            onChange={(e) => set({ newEvent: { ...value.newEvent, title: e.currentTarget.value } })}
            data-testid="record-event-title"
          />
        </Group>
      )}
      <Divider label={t("record.claim")} labelPosition="left" />
      {value.eventMode === "existing" && (
        <Select
          label={t("record.claim")}
          placeholder={t("record.claimPlaceholder")}
          disabled={!value.eventId}
          value={value.claimId}
          onChange={(v) => set({ claimId: v })}
          data={[
            ...(claims.data ?? []).map((c) => ({
              value: c.id,
              label: `${t(`slots.${c.slot}`)}: ${claimValueText(c, lang)}`,
            })),
            { value: NEW_CLAIM, label: `+ ${t("record.newClaim")}` },
          ]}
          data-testid="record-claim"
        />
      )}
      {newClaim && (
        <Stack gap="xs">
          <Select
            label={t("record.slot")}
            allowDeselect={false}
            value={value.draft.slot}
            onChange={(v) => v && set({ draft: { ...value.draft, slot: v as ClaimSlot } })}
            data={CLAIM_SLOTS.map((s) => ({ value: s, label: t(`slots.${s}`) }))}
            data-testid="record-slot"
          />
          <ClaimValueFields
            ws={ws}
            draft={value.draft}
            onChange={(draft) => set({ draft })}
            timeZone={timeZone}
          />
          <TextInput
            label={t("record.summary")}
            description={t("record.summaryHint")}
            value={value.summary}
            onChange={(e) => set({ summary: e.currentTarget.value })}
          />
        </Stack>
      )}
    </>
  );
}
