import type { Stance } from "@kroscek/schema";
import { Blockquote, Text, Textarea } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AttributionDraft, StanceAttributionFields } from "./assertion-fields";
import { type ClaimChoice, claimTarget, EventClaimPicker } from "./event-claim-picker";

/**
 * What a fact-checker decides about a quote before it becomes an assertion: the event and claim,
 * stance, attribution and a note. Shared by recording a selected passage and accepting a suggestion.
 */
export function useAssertionDraft(initial: () => { choice: ClaimChoice; attribution: AttributionDraft }) {
  const [start] = useState(initial);
  const [choice, setChoice] = useState<ClaimChoice>(start.choice);
  const [stance, setStance] = useState<Stance>("asserts");
  const [attribution, setAttribution] = useState<AttributionDraft>(start.attribution);
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  return {
    choice,
    setChoice,
    stance,
    setStance,
    attribution,
    setAttribution,
    note,
    setNote,
    problem,
    setProblem,
  };
}
export type AssertionDraft = ReturnType<typeof useAssertionDraft>;

/** The chosen claim as the API takes it, or null after showing what is missing. */
export function draftTarget(draft: AssertionDraft, timeZone: string, translate: (key: string) => string) {
  draft.setProblem(null);
  const picked = claimTarget(draft.choice, timeZone);
  if ("problem" in picked) {
    draft.setProblem(translate(picked.problem));
    return null;
  }
  return picked.target;
}

/** The quote exactly as it will be stored, with its code-point position. */
export function QuoteBlock({
  exact,
  start,
  end,
  testId,
  heading,
  children,
}: {
  exact: string;
  start: number;
  end: number;
  testId: string;
  heading?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div>
      {heading ?? (
        <Text size="sm" fw={600}>
          {t("record.quote")}
        </Text>
      )}
      <Blockquote p="xs" mt={4} style={{ whiteSpace: "pre-wrap" }} data-testid={testId}>
        {exact}
      </Blockquote>
      <Text size="xs" c="dimmed">
        {t("record.position", { start, end })}
      </Text>
      {children}
    </div>
  );
}

/** Event and claim picker, stance and attribution, note, and what is missing. */
export function AssertionDraftFields({
  ws,
  timeZone,
  draft,
}: {
  ws: string;
  timeZone: string;
  draft: AssertionDraft;
}) {
  const { t } = useTranslation();
  return (
    <>
      <EventClaimPicker ws={ws} timeZone={timeZone} value={draft.choice} onChange={draft.setChoice} />
      <StanceAttributionFields
        ws={ws}
        stance={draft.stance}
        onStanceChange={draft.setStance}
        attribution={draft.attribution}
        onAttributionChange={draft.setAttribution}
      />
      <Textarea
        label={t("record.note")}
        autosize
        minRows={1}
        value={draft.note}
        onChange={(e) => draft.setNote(e.currentTarget.value)}
      />
      {draft.problem && (
        <Text c="red.8" size="sm" role="alert">
          {draft.problem}
        </Text>
      )}
    </>
  );
}
