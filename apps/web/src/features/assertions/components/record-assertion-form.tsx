import type { Stance } from "@kroscek/schema";
import { Blockquote, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { useRecordAssertion } from "../api/record-assertion";
import {
  type AttributionDraft,
  noAttribution,
  StanceAttributionFields,
  toAttribution,
} from "./assertion-fields";
import { type ClaimChoice, claimTarget, EventClaimPicker, newClaimChoice } from "./event-claim-picker";

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
  const [choice, setChoice] = useState<ClaimChoice>(() => newClaimChoice(quote.exact));
  const [stance, setStance] = useState<Stance>("asserts");
  const [attribution, setAttribution] = useState<AttributionDraft>(noAttribution);
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const picked = claimTarget(choice, timeZone);
    if ("problem" in picked) return setProblem(t(picked.problem));
    record.mutate(
      {
        ...picked.target,
        assertion: {
          articleId,
          stance,
          quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
          position: { start: quote.start, end: quote.end },
          attribution: toAttribution(attribution),
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
      <ErrorAlert error={record.error} />
      <Group justify="flex-end">
        <Button type="submit" loading={record.isPending} data-testid="record-submit">
          {t("record.submit")}
        </Button>
      </Group>
    </Stack>
  );
}
