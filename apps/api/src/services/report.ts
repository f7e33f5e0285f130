// The editor's contradiction report: per event and slot, every outlet's value and quote side by
// side, the published verdict and whom it bears out, and the findings with their review status.

import { type Db, queryRows } from "@kroscek/db";
import {
  type ClaimSlot,
  type ClaimValue,
  ClaimValueSchema,
  type ContradictionReport,
  catalogue,
  claimLabel,
  formatDay,
  type Lang,
  outletName,
  renderFinding,
  ruleName,
  type Stance,
  valueText,
} from "@kroscek/schema";
import {
  contradictions,
  entities,
  events,
  users,
  workspaces as workspacesTable,
} from "@kroscek/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import { notFound } from "../lib/api-error";
import { preparedRead, uuidArray } from "../lib/prepared";
import { isoOrNull } from "../lib/serialize";
import { fixedSql } from "./detection/fixed-sql";
import { contradictionMessage } from "./finding-message";
import { eventOfContradiction } from "./joins";
import { type PublishedVerdict, publishedVerdicts } from "./published-verdicts";
import { type ContradictionFilter, contradictionShape, contradictionWhereShaped } from "./review-store";

type Report = ContradictionReport;
type ReportEvent = Report["events"][number];
type ReportSlot = ReportEvent["slots"][number];
type ReportValue = ReportSlot["values"][number];

/**
 * The published verdict of each claim, read through `publishedVerdicts` (the one definition of what
 * the public sees): a verdict on the claim itself, else a verdict on its event that rates it.
 */
async function verdictsByClaim(
  db: Db,
  workspaceId: string,
  claimIds: readonly string[],
): Promise<Map<string, PublishedVerdict>> {
  const out = new Map<string, PublishedVerdict>();
  if (claimIds.length === 0) return out;
  const wanted = new Set(claimIds);
  for (const v of await publishedVerdicts(db, workspaceId, { claimIds: [...wanted] })) {
    for (const id of v.claimId ? [v.claimId] : v.claimIds) {
      if (!wanted.has(id)) continue;
      const held = out.get(id);
      if (!held || (v.claimId !== null && held.claimId === null)) out.set(id, v);
    }
  }
  return out;
}

/**
 * Whether a verdict says the claim is true (rated 4–5 on the 1–5 scale), false (1–2), or neither
 * (misleading, unverifiable): the outlets it bears out follow from that and their stance.
 */
function verdictTruth(ratingValue: number): boolean | null {
  if (ratingValue >= 4) return true;
  if (ratingValue >= 1 && ratingValue <= 2) return false;
  return null;
}

function supportsStance(truth: boolean | null, stance: Stance): boolean {
  if (truth === null) return false;
  return truth ? stance === "asserts" : stance === "denies";
}

const workspaceRow = preparedRead((db) =>
  db
    .select({
      slug: workspacesTable.slug,
      name: workspacesTable.name,
      language: workspacesTable.language,
      timeZone: workspacesTable.timeZone,
    })
    .from(workspacesTable)
    .where(eq(workspacesTable.id, sql.placeholder("workspaceId"))),
);

async function loadWorkspace(db: Db, workspaceId: string) {
  const [ws] = await workspaceRow(db, { workspaceId });
  if (!ws) throw notFound("Workspace");
  return ws;
}

/** The matching contradictions with their event and reviewer, in event then id order. */
const findingRows = preparedRead((db, shape: string) =>
  db
    .select({
      c: contradictions,
      eventTitle: events.title,
      eventKind: events.kind,
      reviewerName: users.displayName,
    })
    .from(contradictions)
    .innerJoin(events, eventOfContradiction)
    .leftJoin(users, eq(users.id, contradictions.reviewedBy))
    .where(and(...contradictionWhereShaped(shape)))
    .orderBy(contradictions.eventId, contradictions.id),
);

function loadFindings(db: Db, workspaceId: string, filter: ContradictionFilter) {
  const { shape, values } = contradictionShape(workspaceId, filter);
  return findingRows(db, values, shape);
}

/** The assertions with their claim, article and outlet, as `AssertionRow` names them. */
const ASSERTIONS_FROM = sql.raw(`select a.id as "assertionId", c.id as "claimId",
         c.event_id as "eventId", c.slot, c.value, a.stance, a.quote_exact as "quote",
         o.id as "outletId", o.name as "outletName", ar.id as "articleId", ar.title as "articleTitle",
         ar.url as "articleUrl", ar.published_at as "publishedAt", ar.time_zone as "timeZone"
    from assertions a
    join claims c on c.workspace_id = a.workspace_id and c.id = a.claim_id
    join articles ar on ar.workspace_id = a.workspace_id and ar.id = a.article_id
    join outlets o on o.workspace_id = ar.workspace_id and o.id = ar.outlet_id`);

/**
 * Every assertion about one event, or about several (their ids as one parameter), in id order:
 * statements of fixed text. One event has its own statement: PostgreSQL plans a comparison with
 * one value better than one with an array of unknown length once it reuses its plan.
 */
const assertionsOfEvent = fixedSql(
  ["value", "value"],
  (workspaceId: string, eventId: string) => sql`${ASSERTIONS_FROM}
   where a.workspace_id = ${workspaceId}::uuid and c.event_id = ${eventId}::uuid
   order by a.id`,
);
const assertionsOfEvents = fixedSql(
  ["value", "value"],
  (workspaceId: string, eventIds: string) => sql`${ASSERTIONS_FROM}
   where a.workspace_id = ${workspaceId}::uuid and c.event_id = any(${eventIds}::uuid[])
   order by a.id`,
);

interface AssertionRow {
  assertionId: string;
  claimId: string;
  eventId: string;
  slot: ClaimSlot;
  value: unknown;
  stance: Stance;
  quote: string;
  outletId: string;
  outletName: string;
  articleId: string;
  articleTitle: string | null;
  articleUrl: string | null;
  publishedAt: Date | null;
  timeZone: string;
}

async function loadAssertions(db: Db, workspaceId: string, eventIds: string[]): Promise<AssertionRow[]> {
  const rows = await queryRows<Omit<AssertionRow, "publishedAt"> & { publishedAt: string | Date | null }>(
    db,
    eventIds.length === 1
      ? assertionsOfEvent(workspaceId, eventIds[0] as string)
      : assertionsOfEvents(workspaceId, uuidArray(eventIds)),
  );
  // An instant as drizzle maps a timestamptz column.
  for (const r of rows) if (r.publishedAt !== null) r.publishedAt = new Date(r.publishedAt);
  return rows as AssertionRow[];
}

const entityNames = preparedRead((db) =>
  db
    .select({ id: entities.id, name: entities.canonicalName })
    .from(entities)
    .where(
      and(
        eq(entities.workspaceId, sql.placeholder("workspaceId")),
        sql`${entities.id} = any(${sql.placeholder("ids")}::uuid[])`,
      ),
    ),
);

async function loadNames(db: Db, workspaceId: string, values: ClaimValue[]) {
  const ids = new Set<string>();
  for (const v of values) {
    if (v.slot === "place" || v.slot === "actor") ids.add(v.entityId);
    if (v.slot === "participants") for (const id of v.entityIds) ids.add(id);
  }
  if (ids.size === 0) return new Map<string, string>();
  const rows = await entityNames(db, { workspaceId, ids: uuidArray([...ids]) });
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The slot a finding is about: its sides' slot, or the credited act for an actor-outside finding. */
function findingSlot(details: Record<string, unknown>, sides: AssertionRow[]): ClaimSlot | null {
  if (typeof details.slot === "string") return details.slot as ClaimSlot;
  const credited = sides.find((s) => s.slot === "actor" || s.slot === "statement");
  return (credited?.slot as ClaimSlot | undefined) ?? sides[0]?.slot ?? null;
}

const parseValue = (v: unknown): ClaimValue | null => {
  const parsed = ClaimValueSchema.safeParse(v);
  return parsed.success ? parsed.data : null;
};

/** The report over the workspace's contradictions matching `filter`, in `lang` (else the workspace's). */
export async function buildReport(
  db: Db,
  workspaceId: string,
  filter: ContradictionFilter,
  lang: Lang | null,
): Promise<Report> {
  // Independent reads are sent together: on PostgreSQL they share the round trip.
  const [ws, found] = await Promise.all([
    loadWorkspace(db, workspaceId),
    loadFindings(db, workspaceId, filter),
  ]);
  const language: Lang = lang ?? (ws.language === "en" ? "en" : "id");
  const c = catalogue(language);
  const eventIds = [...new Set(found.map((f) => f.c.eventId))];
  const rows = eventIds.length > 0 ? await loadAssertions(db, workspaceId, eventIds) : [];
  const byAssertion = new Map(rows.map((r) => [r.assertionId, r]));
  // A claim's value is read once, however many outlets assert it.
  const claimValues = new Map<string, ClaimValue | null>();
  for (const r of rows) if (!claimValues.has(r.claimId)) claimValues.set(r.claimId, parseValue(r.value));
  const values = [...claimValues.values()].filter((v): v is ClaimValue => v !== null);
  const [names, verdictsOf] = await Promise.all([
    loadNames(db, workspaceId, values),
    verdictsByClaim(db, workspaceId, [...new Set(rows.map((r) => r.claimId))]),
  ]);

  const totals = { open: 0, confirmed: 0, dismissed: 0 };
  const eventsById = new Map<string, ReportEvent & { slotMap: Map<ClaimSlot, ReportSlot> }>();
  for (const f of found) {
    totals[f.c.status]++;
    const sides = [byAssertion.get(f.c.assertionAId), byAssertion.get(f.c.assertionBId)].filter(
      (s): s is AssertionRow => s !== undefined,
    );
    const details = (f.c.details ?? {}) as Record<string, unknown>;
    const slot = findingSlot(details, sides);
    if (!slot) continue;
    let event = eventsById.get(f.c.eventId);
    if (!event) {
      event = {
        eventId: f.c.eventId,
        title: f.eventTitle,
        kind: f.eventKind,
        kindLabel: c.eventKind[f.eventKind],
        slots: [],
        slotMap: new Map(),
      };
      eventsById.set(f.c.eventId, event);
    }
    let entry = event.slotMap.get(slot);
    if (!entry) {
      entry = {
        slot,
        slotLabel: c.slot[slot],
        values: slotValues(rows, f.c.eventId, slot, {
          lang: language,
          names,
          verdictsOf,
          claimValues,
          tz: ws.timeZone,
        }),
        findings: [],
      };
      event.slotMap.set(slot, entry);
      event.slots.push(entry);
    }
    const [a, b] = sides;
    const message = contradictionMessage(f.c, {
      a: { id: a?.outletId ?? "", name: a?.outletName ?? null },
      b: { id: b?.outletId ?? "", name: b?.outletName ?? null },
    });
    entry.findings.push({
      id: f.c.id,
      ruleId: f.c.ruleId,
      ruleLabel: ruleName(f.c.ruleId, language),
      status: f.c.status,
      statusLabel: c.reviewStatus[f.c.status],
      reviewer: f.c.reviewedBy && f.reviewerName ? { id: f.c.reviewedBy, name: f.reviewerName } : null,
      reviewedAt: isoOrNull(f.c.reviewedAt),
      resolutionNote: f.c.resolutionNote,
      assertionIds: [f.c.assertionAId, f.c.assertionBId],
      message,
      text: renderFinding(message, language),
    });
  }
  const locale = language === "id" ? "id-ID" : "en-GB";
  const eventList = [...eventsById.values()]
    .map(({ slotMap: _slots, ...e }) => e)
    .sort((x, y) => x.title.localeCompare(y.title, locale) || (x.eventId < y.eventId ? -1 : 1));
  const { lang: _lang, ...filters } = filter as ContradictionFilter & { lang?: unknown };
  return {
    workspace: { slug: ws.slug, name: ws.name, timeZone: ws.timeZone },
    lang: language,
    generatedAt: new Date().toISOString(),
    filters,
    totals,
    events: eventList,
  };
}

interface SlotContext {
  lang: Lang;
  names: Map<string, string>;
  verdictsOf: Map<string, PublishedVerdict>;
  /** Each claim's value, as parsed from its first row. */
  claimValues: Map<string, ClaimValue | null>;
  /** The workspace's zone, for values no article dates. */
  tz: string;
}

/** One entry per distinct value of the slot (its claim), every outlet beside it; most outlets first. */
function slotValues(rows: AssertionRow[], eventId: string, slot: ClaimSlot, ctx: SlotContext): ReportValue[] {
  const c = catalogue(ctx.lang);
  const byClaim = new Map<string, AssertionRow[]>();
  for (const r of rows) {
    if (r.eventId !== eventId || r.slot !== slot) continue;
    const list = byClaim.get(r.claimId);
    if (list) list.push(r);
    else byClaim.set(r.claimId, [r]);
  }
  const out: ReportValue[] = [];
  for (const [claimId, list] of byClaim) {
    const value = ctx.claimValues.get(claimId) ?? null;
    const zone = list[0]?.timeZone ?? ctx.tz;
    const verdict = ctx.verdictsOf.get(claimId);
    const truth = verdict ? verdictTruth(verdict.ratingValue) : null;
    out.push({
      claimId,
      value,
      label: value ? claimLabel(value, ctx.lang, ctx.names, zone) : "",
      outlets: list.map((r) => ({
        assertionId: r.assertionId,
        outletId: r.outletId,
        outletName: outletName({ name: r.outletName }, ctx.lang),
        articleId: r.articleId,
        articleTitle: r.articleTitle,
        articleUrl: r.articleUrl,
        publishedAt: isoOrNull(r.publishedAt),
        publishedLocal: r.publishedAt ? formatDay(r.publishedAt, ctx.lang, r.timeZone) : null,
        timeZone: r.timeZone,
        quote: r.quote,
        stance: r.stance,
        stanceLabel: c.stance[r.stance],
        valueLabel: value ? valueText(value, ctx.lang, ctx.names, r.timeZone) : "",
      })),
      verdict: verdict
        ? {
            id: verdict.id,
            ratingKey: verdict.ratingKey,
            ratingLabel: ctx.lang === "id" ? verdict.labelId : verdict.labelEn,
            ratingValue: verdict.ratingValue,
            rationale: verdict.rationale,
            publishedAt: isoOrNull(verdict.publishedAt),
            supports: uniqueOutlets(
              list.filter((r) => supportsStance(truth, r.stance)),
              ctx.lang,
            ),
          }
        : null,
    });
  }
  return out.sort(
    (x, y) =>
      y.outlets.length - x.outlets.length ||
      x.label.localeCompare(y.label) ||
      (x.claimId < y.claimId ? -1 : 1),
  );
}

function uniqueOutlets(list: AssertionRow[], lang: Lang) {
  const seen = new Map<string, { outletId: string; outletName: string }>();
  for (const r of list)
    if (!seen.has(r.outletId))
      seen.set(r.outletId, { outletId: r.outletId, outletName: outletName({ name: r.outletName }, lang) });
  return [...seen.values()];
}
