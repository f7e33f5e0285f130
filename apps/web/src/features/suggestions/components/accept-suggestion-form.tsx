import type { Stance, Suggestion } from "@kroscek/schema";
import { Badge, Blockquote, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import {
  type AttributionDraft,
  StanceAttributionFields,
  toAttribution,
} from "@/features/assertions/components/assertion-fields";
import {
  type ClaimChoice,
  claimTarget,
  EventClaimPicker,
  newClaimChoice,
} from "@/features/assertions/components/event-claim-picker";
import { type SuggestionAcceptResult, useAcceptSuggestion } from "../api/suggestions";
import { claimPreset, suggestedAttribution } from "../utils/suggestion-details";
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
 * Accepts a suggestion as an assertion: the fact-checker names the event and claim the quote
 * asserts; stance defaults to "asserts" and the attribution to the one the extractor found.
 */
export function AcceptSuggestionForm({
  ws,
  articleId,
  timeZone,
  suggestion: s,
  onAccepted,
  onReload,
}: Props) {
  const { t } = useTranslation();
  const accept = useAcceptSuggestion(ws, articleId);
  const [choice, setChoice] = useState<ClaimChoice>(() => newClaimChoice(s.quote, claimPreset(s, timeZone)));
  const [stance, setStance] = useState<Stance>("asserts");
  const [attribution, setAttribution] = useState<AttributionDraft>(() => suggestedAttribution(s));
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const picked = claimTarget(choice, timeZone);
    if ("problem" in picked) return setProblem(t(picked.problem));
    accept.mutate(
      {
        suggestionId: s.id,
        target: picked.target,
        stance,
        attribution: toAttribution(attribution),
        note: note.trim() || null,
      },
      { onSuccess: onAccepted },
    );
  };

  return (
    <Stack component="form" onSubmit={submit} gap="sm" data-testid="accept-form">
      <Text size="sm" c="dimmed">
        {t("suggestions.acceptHint")}
      </Text>
      <div>
        <Group gap={6}>
          <Text size="sm" fw={600}>
            {t("record.quote")}
          </Text>
          <Badge color={KIND_COLOUR[s.kind]} variant="light" radius="sm">
            {t(`suggestions.kind.${s.kind}`)}
          </Badge>
        </Group>
        <Blockquote p="xs" mt={4} style={{ whiteSpace: "pre-wrap" }} data-testid="accept-quote">
          {s.quote}
        </Blockquote>
        <Text size="xs" c="dimmed">
          {t("record.position", { start: s.position.start, end: s.position.end })}
        </Text>
        <SuggestionFacts ws={ws} suggestion={s} timeZone={timeZone} />
      </div>
      <EventClaimPicker ws={ws} timeZone={timeZone} value={choice} onChange={setChoice} />
      <StanceAttributionFields
        ws={ws}
        stance={stance}
        onStanceChange={setStance}
        attribution={attribution}
        onAttributionChange={setAttribution}
      />
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
      <ErrorAlert error={accept.error} onReload={onReload} />
      <Group justify="flex-end">
        <Button type="submit" loading={accept.isPending} data-testid="accept-submit">
          {t("suggestions.acceptSubmit")}
        </Button>
      </Group>
    </Stack>
  );
}
