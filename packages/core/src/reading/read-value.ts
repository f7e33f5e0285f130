// Reading a claim value from an outlet's own words: the quote is read by the same extractor that
// proposes suggestions (dates against the article's publication date and time zone, entities
// through the workspace's aliases), so what is stored is what the quote says.
import type { ClaimSlot, ClaimValue, Stance } from "@kroscek/schema";
import { type EntityAlias, extractArticle } from "../extraction";
import { startOfState } from "../extraction/dates";
import { indexAliases } from "../extraction/entities";
import { normalizeName } from "../normalize";
import { intervalsOverlap, participantSetsConflict, quantitiesConflict, sameMeasure } from "../rules/values";
import { findQuotePlaces, type PlaceFinder } from "./places";
import { findQuantities, isMeasureOfKind } from "./quantities";

export interface ReadContext {
  /** The article's publication instant or local date (ISO 8601); null when it has none. */
  publishedAt: string | null;
  timeZone?: string | undefined;
  language?: string | undefined;
  /** The workspace's entity names (the canonical name is one of them). */
  aliases: readonly EntityAlias[];
  /** The assertion's stance; it is what the `occurred` slot reads. */
  stance?: Stance | undefined;
  /** Extra place lookup (a gazetteer); workspace entities and extractor proposals are always used. */
  findQuotePlaces?: PlaceFinder | undefined;
}

/** A value read from a quote; a place may be a name no workspace entity carries yet. */
export type ReadValue = ClaimValue | { slot: "place"; entityId: null; name: string; aliases?: string[] };

/** One reading: the value and the words of the quote it came from (JS string offsets). */
export interface Reading {
  value: ReadValue;
  text: string;
  start: number;
  end: number;
  /** Another estimate of the count read before it ("…, while organisers put it at more than 10,000"). */
  restates?: true;
}

/** What one reader looked for and what it saw, for the 422 a reader-less quote answers. */
export interface ReadAttempt {
  reader: "dates" | "places" | "entities" | "quantities" | "stance" | "text";
  /** The words it found (dates it could not resolve, names no entity carries, …). */
  found: string[];
  note: string;
}

export interface ReadCandidates {
  slot: ClaimSlot;
  /** Readings of the slot, best first. */
  candidates: Reading[];
  tried: ReadAttempt[];
  /** Names the quote gives that no workspace entity carries (participants, actor). */
  unresolved: string[];
}

export type ReadResult =
  | ({ ok: true; value: ReadValue; reading: Reading } & ReadCandidates)
  | ({ ok: false; reason: "value_unreadable" } & ReadCandidates);

const PERSONISH = new Set(["person", "organisation", "country"]);
const TIME = /(?:pukul|jam|at)\s+\d{1,2}[.:]\d{2}|\d{1,2}:\d{2}/giu;

/** Every reading of one slot in a quote, best first, and what was tried. */
export function readCandidates(slot: ClaimSlot, quote: string, ctx: ReadContext): ReadCandidates {
  const result = (candidates: Reading[], tried: ReadAttempt[], unresolved: string[] = []) => ({
    slot,
    candidates,
    tried,
    unresolved,
  });
  // The stance and the words themselves are read without the extractor.
  if (slot === "occurred" || slot === "statement") return readWithoutExtraction(slot, quote, ctx, result);
  const x = extractArticle(quote, {
    publishedAt: ctx.publishedAt,
    timeZone: ctx.timeZone,
    language: ctx.language,
    aliases: ctx.aliases,
  });
  const index = indexAliases(ctx.aliases);
  const proposedNames = x.proposedEntities
    .filter((p) => p.kind === "person" || p.kind === "organisation")
    .map((p) => p.name);
  switch (slot) {
    case "date": {
      // A state's start ("suspended since 2020") gives the date only when nothing else does; an
      // absolute date comes before a relative one.
      const since = (d: { start: number }) => Number(startOfState(quote, d.start));
      const dates = [...x.dates].sort(
        (a, b) => since(a) - since(b) || Number(a.relative) - Number(b.relative) || a.start - b.start,
      );
      const candidates: Reading[] = dates.flatMap((d) =>
        d.interval
          ? [
              {
                value: { slot, interval: d.interval, expression: d.text },
                text: d.text,
                start: d.start,
                end: d.end,
              },
            ]
          : [],
      );
      const unresolved = dates.filter((d) => !d.interval).map((d) => d.text);
      return result(candidates, [
        {
          reader: "dates",
          found: dates.map((d) => d.text),
          note: unresolved.length
            ? ctx.publishedAt
              ? "a date counted from another event ('dua hari sebelumnya') has no days of its own"
              : "relative dates need the article's publication date"
            : "absolute and relative date expressions, Indonesian and English",
        },
      ]);
    }
    case "place": {
      const places = findQuotePlaces(quote, x, index, ctx.findQuotePlaces);
      const candidates = places.map<Reading>((p) => ({
        value: p.entityId
          ? { slot, entityId: p.entityId }
          : { slot, entityId: null, name: p.name, ...(p.aliases?.length ? { aliases: p.aliases } : {}) },
        text: p.text,
        start: p.start,
        end: p.end,
      }));
      return result(candidates, [
        {
          reader: "places",
          found: places.map((p) => p.text),
          note: "place entities, their aliases and place names",
        },
      ]);
    }
    case "participants":
    case "actor": {
      const mentions = x.entities.filter((m) => {
        const kind = index.kinds.get(m.entityId);
        if (kind === "place") return false;
        if (
          kind === "country" &&
          findQuotePlaces(quote, x, index, undefined, true).some((p) => p.start === m.start)
        )
          return false;
        return slot === "participants" ? PERSONISH.has(kind ?? "person") : kind !== "country";
      });
      const tried: ReadAttempt[] = [
        {
          reader: "entities",
          found: [...mentions.map((m) => m.text), ...proposedNames],
          note: proposedNames.length
            ? "names without a workspace entity are not read; add the entity (or accept its suggestion) first"
            : "workspace entities through their aliases",
        },
      ];
      if (mentions.length === 0) return result([], tried, proposedNames);
      const first = mentions[0] as (typeof mentions)[number];
      const last = mentions[mentions.length - 1] as (typeof mentions)[number];
      if (slot === "actor")
        return result(
          mentions.map((m) => ({
            value: { slot, entityId: m.entityId },
            text: m.text,
            start: m.start,
            end: m.end,
          })),
          tried,
          proposedNames,
        );
      const ids = [...new Set(mentions.map((m) => m.entityId))];
      return result(
        [
          {
            value: { slot, entityIds: ids },
            text: quote.slice(first.start, last.end),
            start: first.start,
            end: last.end,
          },
        ],
        tried,
        proposedNames,
      );
    }
    case "quantity": {
      const skip = [
        ...x.dates,
        ...[...quote.matchAll(TIME)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
      ];
      // A count of things or a measure (houses, troops, hours) is what a sentence's figure is; a
      // quake's magnitude or a share beside it ("Gempa bermagnitudo 6,2 … merusak sedikitnya 1.200
      // rumah") is read after it.
      const found = findQuantities(quote, x.language, skip);
      found.sort((a, b) => Number(isMeasureOfKind(a.unit)) - Number(isMeasureOfKind(b.unit)));
      return result(
        found.map((q) => ({
          value: { slot, amount: q.amount, unit: q.unit, tolerance: q.tolerance },
          text: q.text,
          start: q.start,
          end: q.end,
          ...(q.restates ? { restates: true as const } : {}),
        })),
        [
          {
            reader: "quantities",
            found: found.map((q) => q.text),
            note: "numerals and number words with the noun after them as unit; counts before magnitudes and percentages",
          },
        ],
      );
    }
  }
}

/** The readings of the slots read from the stance (`occurred`) or the quote itself (`statement`). */
function readWithoutExtraction(
  slot: "occurred" | "statement",
  quote: string,
  ctx: ReadContext,
  result: (candidates: Reading[], tried: ReadAttempt[]) => ReadCandidates,
): ReadCandidates {
  if (slot === "occurred")
    return result(
      ctx.stance
        ? [
            {
              value: { slot, occurred: ctx.stance !== "denies" },
              text: quote,
              start: 0,
              end: quote.length,
            },
          ]
        : [],
      [
        {
          reader: "stance",
          found: ctx.stance ? [ctx.stance] : [],
          note: "denies: did not occur; otherwise it did",
        },
      ],
    );
  return result(
    [{ value: { slot, text: quote.trim() }, text: quote, start: 0, end: quote.length }],
    [{ reader: "text", found: [quote], note: "the quote itself" }],
  );
}

/** The value a quote states for a slot (its best reading), or why none could be read. */
export function readValue(slot: ClaimSlot, quote: string, ctx: ReadContext): ReadResult {
  const read = readCandidates(slot, quote, ctx);
  const best = read.candidates[0];
  if (!best) return { ok: false, reason: "value_unreadable", ...read };
  return { ok: true, value: best.value, reading: best, ...read };
}

/**
 * Whether two values of a slot can both be true: dates overlap at their precision ("Juni 2024" and
 * "19/6/2024"), participant sets where one contains the other, quantities within tolerance, a
 * proposed place whose name is an alias of the other's entity.
 */
export function valuesAgree(a: ReadValue, b: ReadValue, aliases: readonly EntityAlias[] = []): boolean {
  if (a.slot !== b.slot) return false;
  switch (a.slot) {
    case "date":
      return b.slot === "date" && intervalsOverlap(a.interval, b.interval);
    case "place": {
      const p = b as Extract<ReadValue, { slot: "place" }>;
      if (a.entityId && p.entityId) return a.entityId === p.entityId;
      const named = a.entityId ? p : a;
      const id = a.entityId ?? p.entityId;
      if (!id)
        return normalizeName((a as { name: string }).name) === normalizeName((p as { name: string }).name);
      const key = normalizeName((named as { name: string }).name);
      return aliases.some((x) => x.entityId === id && normalizeName(x.alias) === key);
    }
    case "actor":
      return b.slot === "actor" && a.entityId === b.entityId;
    case "participants":
      return b.slot === "participants" && !participantSetsConflict(a.entityIds, b.entityIds);
    case "quantity":
      return b.slot === "quantity" && sameMeasure(a.unit, b.unit) && !quantitiesConflict(a, b);
    case "occurred":
      return b.slot === "occurred" && a.occurred === b.occurred;
    case "statement":
      return b.slot === "statement";
  }
}

export type QuoteCheck =
  | { ok: true; reading: Reading | null }
  | { ok: false; reason: "quote_contradicts_claim"; read: Reading[] };

/**
 * Checks a value against its quote: agrees when some reading of the quote agrees with it; a quote
 * with no reading of the slot neither confirms nor contradicts (the fact-checker's value stands).
 */
export function checkQuote(value: ClaimValue, quote: string, ctx: ReadContext): QuoteCheck {
  const { candidates } = readCandidates(value.slot, quote, ctx);
  if (candidates.length === 0) return { ok: true, reading: null };
  const agreeing = candidates.find((c) => valuesAgree(value, c.value, ctx.aliases));
  if (agreeing) return { ok: true, reading: agreeing };
  return { ok: false, reason: "quote_contradicts_claim", read: candidates };
}
