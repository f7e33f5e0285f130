import { Button, Group, Stack } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { useRecordAssertion } from "../api/record-assertion";
import { AssertionDraftFields, draftTarget, QuoteBlock, useAssertionDraft } from "./assertion-draft";
import { noAttribution, toAttribution } from "./assertion-fields";
import { newClaimChoice } from "./event-claim-picker";

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
  const draft = useAssertionDraft(() => ({
    choice: newClaimChoice(quote.exact),
    attribution: noAttribution,
  }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const target = draftTarget(draft, timeZone, t);
    if (!target) return;
    record.mutate(
      {
        ...target,
        assertion: {
          articleId,
          stance: draft.stance,
          quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
          position: { start: quote.start, end: quote.end },
          attribution: toAttribution(draft.attribution),
          note: draft.note.trim() || null,
        },
      },
      { onSuccess: onRecorded },
    );
  };

  return (
    <Stack component="form" onSubmit={submit} gap="sm" data-testid="record-form">
      <QuoteBlock exact={quote.exact} start={quote.start} end={quote.end} testId="record-quote" />
      <AssertionDraftFields ws={ws} timeZone={timeZone} draft={draft} />
      <ErrorAlert error={record.error} />
      <Group justify="flex-end">
        <Button type="submit" loading={record.isPending} data-testid="record-submit">
          {t("record.submit")}
        </Button>
      </Group>
    </Stack>
  );
}
