import type { Suggestion } from "@kroscek/schema";
import { Badge, Button, Group, SegmentedControl, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import {
  AssertionDraftFields,
  draftTarget,
  QuoteBlock,
  useAssertionDraft,
} from "@/features/assertions/components/assertion-draft";
import { toAttribution } from "@/features/assertions/components/assertion-fields";
import { newClaimChoice } from "@/features/assertions/components/event-claim-picker";
import { type SuggestionAcceptResult, useAcceptSuggestion } from "../api/suggestions";
import { claimPreset, suggestedAttribution } from "../utils/suggestion-view";
import { NewEntityAcceptForm } from "./new-entity-accept-form";
import { SentenceAcceptForm } from "./sentence-accept-form";
import { KIND_COLOUR, SuggestionFacts } from "./suggestion-card";

interface Props {
  ws: string;
  articleId: string;
  timeZone: string;
  suggestion: Suggestion;
  onAccepted: (result: SuggestionAcceptResult) => void;
  /** After a 409 (accepted meanwhile): show the current suggestions instead of this form. */
  onReload: () => void;
}

/**
 * Accepts a suggestion. A candidate claim's whole sentence goes into an event (one assertion per
 * slot it states) or, in the second mode, into one claim; a proposed name becomes an entity; other
 * kinds are one assertion of a claim the fact-checker names (stance "asserts" and the attribution
 * the extractor found by default).
 */
export function AcceptSuggestionForm(props: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<"sentence" | "claim">("sentence");
  const s = props.suggestion;
  if (s.kind === "new_entity") return <NewEntityAcceptForm {...props} />;
  if (s.kind !== "claim") return <ClaimAcceptForm {...props} />;
  return (
    <Stack gap="sm">
      <SegmentedControl
        value={mode}
        onChange={(v) => setMode(v as "sentence" | "claim")}
        data={[
          { value: "sentence", label: t("sentenceAccept.modeSentence") },
          { value: "claim", label: t("sentenceAccept.modeClaim") },
        ]}
        aria-label={t("sentenceAccept.modeLabel")}
        data-testid="accept-mode"
      />
      {mode === "sentence" ? <SentenceAcceptForm {...props} /> : <ClaimAcceptForm {...props} />}
    </Stack>
  );
}

/** Accepts a suggestion as one assertion of a claim the fact-checker names. */
function ClaimAcceptForm({ ws, articleId, timeZone, suggestion: s, onAccepted, onReload }: Props) {
  const { t } = useTranslation();
  const accept = useAcceptSuggestion(ws, articleId);
  const draft = useAssertionDraft(() => ({
    choice: newClaimChoice(s.quote, claimPreset(s, timeZone)),
    attribution: suggestedAttribution(s),
  }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const target = draftTarget(draft, timeZone, t);
    if (!target) return;
    accept.mutate(
      {
        suggestionId: s.id,
        target,
        stance: draft.stance,
        attribution: toAttribution(draft.attribution),
        note: draft.note.trim() || null,
      },
      { onSuccess: onAccepted },
    );
  };

  return (
    <Stack component="form" onSubmit={submit} gap="sm" data-testid="accept-form">
      <Text size="sm" c="dimmed">
        {t("suggestions.acceptHint")}
      </Text>
      <QuoteBlock
        exact={s.quote}
        start={s.position.start}
        end={s.position.end}
        testId="accept-quote"
        heading={
          <Group gap={6}>
            <Text size="sm" fw={600}>
              {t("record.quote")}
            </Text>
            <Badge color={KIND_COLOUR[s.kind]} variant="light" radius="sm">
              {t(`suggestions.kind.${s.kind}`)}
            </Badge>
          </Group>
        }
      >
        <SuggestionFacts ws={ws} suggestion={s} timeZone={timeZone} />
      </QuoteBlock>
      <AssertionDraftFields ws={ws} timeZone={timeZone} draft={draft} />
      <ErrorAlert error={accept.error} onReload={onReload} />
      <Group justify="flex-end">
        <Button type="submit" loading={accept.isPending} data-testid="accept-submit">
          {t("suggestions.acceptSubmit")}
        </Button>
      </Group>
    </Stack>
  );
}
