import type {
  AttributionSuggestionDetails,
  DateSuggestionDetails,
  Suggestion,
  SuggestionKind,
} from "@kroscek/schema";
import { catalogue, formatDay, spamReasonOf } from "@kroscek/schema";
import { Anchor, Badge, Button, Group, Paper, Text } from "@mantine/core";
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useArticle } from "@/features/articles/api/get-article";
import { useEntity } from "@/features/assertions/api/ledger";
import { formatDate, localTimeZone } from "@/lib/format";
import {
  formatConfidence,
  formatInterval,
  resolvedInterval,
  unresolvedReason,
} from "../utils/suggestion-view";

export const KIND_COLOUR: Record<SuggestionKind, string> = {
  claim: "violet",
  date: "blue",
  attribution: "grape",
  entity: "cyan",
  new_entity: "teal",
  spam: "red",
  furniture: "gray",
};

export interface Span {
  start: number;
  end: number;
}

interface CardProps {
  ws: string;
  suggestion: Suggestion;
  timeZone: string;
  /** The claim of the assertion an accepted suggestion became, when it is still recorded. */
  claimId: string | null;
  canAccept: boolean;
  onAccept: () => void;
  onShow: (span: Span) => void;
  /** The passage under the pointer or keyboard focus; null when it leaves. */
  onPoint: (span: Span | null) => void;
}

/** One suggestion: kind, confidence, the quote as plain text, its details and what can be done with it. */
export function SuggestionCard({
  ws,
  suggestion: s,
  timeZone,
  claimId,
  canAccept,
  onAccept,
  onShow,
  onPoint,
}: CardProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const quoteId = useId();
  const span = { start: s.position.start, end: s.position.end };
  const accepted = s.status === "accepted";
  const kindLabel = t(`suggestions.kind.${s.kind}`);
  const shortQuote = s.quote.length > 80 ? `${s.quote.slice(0, 80)}…` : s.quote;
  return (
    <Paper
      withBorder
      p="sm"
      mb={6}
      radius="sm"
      component="article"
      aria-label={`${kindLabel}: ${shortQuote}`}
      data-testid="suggestion"
      data-suggestion-id={s.id}
      data-kind={s.kind}
      data-status={s.status}
      onMouseEnter={() => onPoint(span)}
      onMouseLeave={() => onPoint(null)}
      onFocus={() => onPoint(span)}
      onBlur={() => onPoint(null)}
      style={accepted ? { borderColor: "var(--mantine-color-teal-5)" } : undefined}
    >
      <Group gap={6} justify="space-between" wrap="nowrap">
        <Group gap={6}>
          <Badge color={KIND_COLOUR[s.kind]} variant="light" radius="sm">
            {kindLabel}
          </Badge>
          {accepted && (
            <Badge color="teal" variant="filled" radius="sm" data-testid="suggestion-accepted">
              {t("suggestions.accepted")}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
          {t("suggestions.confidence", { value: formatConfidence(s.confidence, lang) })}
        </Text>
      </Group>
      <Text
        id={quoteId}
        size="sm"
        mt={6}
        lineClamp={5}
        style={{ whiteSpace: "pre-wrap" }}
        data-testid="suggestion-quote"
      >
        “{s.quote}”
      </Text>
      <SuggestionFacts ws={ws} suggestion={s} timeZone={timeZone} />
      <Group gap="xs" mt={6}>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => onShow(span)}
          aria-describedby={quoteId}
          data-testid="suggestion-show"
        >
          {t("suggestions.show")}
        </Button>
        {canAccept && (
          <Button
            size="compact-sm"
            variant="light"
            onClick={onAccept}
            aria-describedby={quoteId}
            data-testid="suggestion-accept"
          >
            {t("suggestions.accept")}
          </Button>
        )}
        {accepted && s.acceptedAt && (
          <Text size="xs" c="dimmed">
            {t("suggestions.acceptedOn", { date: formatDate(s.acceptedAt, lang, "minute", localTimeZone()) })}
          </Text>
        )}
        {accepted && claimId && (
          <Anchor component={Link} to={`/w/${ws}/claims/${claimId}`} size="sm">
            {t("reader.claim")} →
          </Anchor>
        )}
      </Group>
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="xs" component="dd" m={0} style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </>
  );
}

/** The kind-specific details of a suggestion, in words. */
export function SuggestionFacts({
  ws,
  suggestion: s,
  timeZone,
}: {
  ws: string;
  suggestion: Suggestion;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const facts = useFacts(ws, s, timeZone);
  if (facts.length === 0) return null;
  return (
    <dl
      aria-label={t("suggestions.details")}
      style={{ display: "grid", gridTemplateColumns: "auto 1fr", gap: "2px 10px", margin: "6px 0 0" }}
      data-testid="suggestion-details"
    >
      {facts.map(([label, value]) => (
        <Fact key={label} label={label}>
          {value}
        </Fact>
      ))}
    </dl>
  );
}

type FactRow = [label: string, value: ReactNode];

function useFacts(ws: string, s: Suggestion, timeZone: string): FactRow[] {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const entityId = s.kind === "entity" ? s.details.entityId : null;
  const entity = useEntity(ws, entityId);
  // Already loaded by the article page: what a relative date was counted from.
  const article = useArticle(ws, s.articleId).data;
  const words = catalogue(lang === "en" ? "en" : "id");

  const dateFacts = (d: DateSuggestionDetails, label: string): FactRow[] => {
    const rows: FactRow[] = [];
    const interval = resolvedInterval(d);
    if (interval) {
      rows.push([
        label,
        <span key="v" data-testid="suggestion-interval">
          {formatInterval(interval, lang, timeZone)} ({t(`claimValue.precisions.${interval.precision}`)}
          {d.relative ? `, ${t("suggestions.relative")}` : ""})
        </span>,
      ]);
    } else {
      rows.push([label, t("suggestions.unresolved")]);
    }
    if (d.text) rows.push([t("suggestions.words"), `“${d.text}”`]);
    // For a date written out in full the interval and the words say it all; a relative or
    // unresolved one is explained (what it was counted from, or why it could not be).
    if (!interval)
      rows.push([
        t("suggestions.explanation"),
        words.unresolvedReason[unresolvedReason(article?.publishedAt)],
      ]);
    else if (d.relative && article?.publishedAt)
      rows.push([
        t("suggestions.explanation"),
        words.articleDated(formatDay(article.publishedAt, lang === "en" ? "en" : "id", timeZone)),
      ]);
    if (d.furniture) rows.push([t("suggestions.where"), t("suggestions.inFurniture")]);
    return rows;
  };
  const attributionText = (a: AttributionSuggestionDetails) =>
    [t(`attribution.kinds.${a.attributionKind}`), a.speaker?.text ? `“${a.speaker.text}”` : null]
      .filter(Boolean)
      .join(" · ");

  switch (s.kind) {
    case "claim": {
      const c = s.details;
      const rows: FactRow[] = [];
      rows.push([t("suggestions.eventKind"), t(`eventKinds.${c.eventKind}`)]);
      if (c.participants.length)
        rows.push([t("suggestions.participants"), c.participants.map((p) => p.name).join(", ")]);
      if (c.place) rows.push([t("suggestions.place"), c.place.name]);
      if (c.date) {
        const [interval] = dateFacts(c.date, t("suggestions.date"));
        if (interval) rows.push(interval);
        if (c.date.text) rows.push([t("suggestions.words"), `“${c.date.text}”`]);
      }
      if (c.attribution) rows.push([t("suggestions.attribution"), attributionText(c.attribution)]);
      return rows;
    }
    case "date":
      return dateFacts(s.details, t("suggestions.interval"));
    case "attribution": {
      const a = s.details;
      const rows: FactRow[] = [];
      rows.push([t("suggestions.attributionKind"), t(`attribution.kinds.${a.attributionKind}`)]);
      rows.push([t("suggestions.speaker"), a.speaker?.text || t("suggestions.noSpeaker")]);
      if (a.cue) rows.push([t("suggestions.cue"), `“${a.cue}”`]);
      if (a.proposedName) rows.push([t("suggestions.proposedName"), a.proposedName]);
      return rows;
    }
    case "entity": {
      return [
        [t("suggestions.entity"), entity.data?.canonicalName ?? (entity.isError ? "—" : "…")],
        [t("suggestions.matched"), t(`suggestions.via.${s.details.via}`)],
      ];
    }
    case "new_entity": {
      const n = s.details;
      const rows: FactRow[] = [];
      if (n.name) rows.push([t("suggestions.name"), n.name]);
      rows.push([
        t("suggestions.entityKind"),
        n.entityKind === "unknown" ? t("common.unknown") : t(`claimValue.entityKinds.${n.entityKind}`),
      ]);
      if (n.mentions.length > 0) rows.push([t("suggestions.mentions"), String(n.mentions.length)]);
      return rows;
    }
    case "spam": {
      const r = s.details;
      if (!r.reason) return [];
      const spam = spamReasonOf(r.reason);
      return [[t("suggestions.reason"), words.spamReason(spam.reason, spam.term)]];
    }
    case "furniture": {
      const r = s.details;
      const rows: FactRow[] = [];
      if (r.reason)
        rows.push([
          t("suggestions.reason"),
          t(`suggestions.furnitureReasons.${r.reason}`, { defaultValue: r.reason }),
        ]);
      // The label is quoted only when it is the article's own words (a heading, a dateline); a
      // description of the line is what the reason already says.
      if (r.label && article?.body.includes(r.label)) rows.push([t("suggestions.label"), `“${r.label}”`]);
      return rows;
    }
  }
}
