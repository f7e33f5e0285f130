// Synthetic corpus for the detection benchmark: outlets, entities, events, articles, claims and
// assertions, with contradictions injected at a known rate and the exact set of findings
// (rule, assertion A, assertion B) that detection must report. Deterministic for a seed.
//
// Every event has a "baseline" account that all honest outlets share, with harmless variation
// (a day inside the same month, amounts within tolerance, a subset of the participants). Conflicts
// are injected by a dissenting assertion per slot; the expected pairs are recorded at injection:
// the dissent against every baseline assertion of that slot — as `article.internal_inconsistency`
// when both sit in one article, skipped when both articles are in one copy group (wire copies are
// one source), the slot's rule otherwise. Negative controls that must NOT produce findings are
// mixed in: wire-copy groups that disagree with each other, `reports_unconfirmed` of other values,
// denials of values nobody asserts, unresolved relative dates, free-text statements.
import { createHash } from "node:crypto";
import { findDates } from "@kroscek/core";

/** Small fast seeded PRNG (mulberry32). */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
  /** A random (version 4) UUID drawn from this generator. */
  uuid(): string {
    let hex = "";
    for (let i = 0; i < 4; i++)
      hex += Math.floor(this.next() * 4294967296)
        .toString(16)
        .padStart(8, "0");
    const variant = (8 + Math.floor(this.next() * 4)).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

export type Row = Record<string, unknown>;
export const TABLES = ["outlets", "entities", "events", "articles", "claims", "assertions"] as const;
export type TableName = (typeof TABLES)[number];
/** Rows of several tables, to be written in `TABLES` order (foreign keys point backwards). */
export type Batch = Partial<Record<TableName, Row[]>>;

export interface SyntheticOptions {
  /** Target number of assertions; generation stops at the first event that reaches it. */
  assertions: number;
  seed?: number;
  /** Share of events with injected conflicts (default 0.3). */
  conflictRate?: number;
  outlets?: number;
  places?: number;
  people?: number;
  /** Rows per written batch (default 10,000 assertions). */
  batchRows?: number;
}

export interface SyntheticResult {
  /** Exactly the active contradictions detection must report: `rule|assertionA|assertionB`, A < B. */
  expected: Set<string>;
  stats: {
    outlets: number;
    entities: number;
    events: number;
    articles: number;
    claims: number;
    assertions: number;
    conflictedEvents: number;
    copyGroups: number;
    /** Injected dissents by kind, and the negative controls that must stay silent. */
    injected: Record<string, number>;
    controls: Record<string, number>;
    expectedByRule: Record<string, number>;
  };
}

const DAY = 86_400_000;
const JAKARTA = 7 * 3_600_000;
const BASE_DAY = Date.UTC(2023, 0, 1);
// The generator writes its own Indonesian words rather than reading the date resolver's tables, so
// the benchmark does not check the resolver against itself.
const MONTHS = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];
const SYLLABLES = [
  "ka",
  "ra",
  "to",
  "bu",
  "di",
  "ma",
  "no",
  "ri",
  "su",
  "wan",
  "gi",
  "lo",
  "pe",
  "ta",
  "ndu",
];
const STATEMENTS = [
  "kedua pihak sepakat memperkuat kerja sama ekonomi",
  "pemerintah akan meninjau ulang kebijakan tersebut",
  "tidak ada keputusan yang diambil dalam pertemuan itu",
  "kesepakatan akan ditandatangani dalam waktu dekat",
];
const FILLER = [
  "Sejumlah pengamat menilai langkah itu penting bagi kawasan.",
  "Pihak penyelenggara belum memberikan keterangan tambahan.",
  "Warga setempat mengikuti perkembangan dengan saksama.",
  "Hasil pembicaraan akan disampaikan kepada publik.",
];
const UNIT = "orang";

type Slot = "date" | "place" | "quantity" | "occurred" | "participants" | "statement";
type Stance = "asserts" | "denies" | "reports_unconfirmed";
type DissentKind = "date" | "place" | "quantity" | "participants" | "occurrence" | "place_denial";
const DISSENTS: readonly DissentKind[] = [
  "date",
  "place",
  "quantity",
  "participants",
  "occurrence",
  "place_denial",
];
const RULE_OF: Record<DissentKind, string> = {
  date: "date.conflict",
  place: "place.conflict",
  quantity: "quantity.conflict",
  participants: "participants.conflict",
  occurrence: "occurrence.conflict",
  place_denial: "occurrence.conflict",
};
const INTERNAL = "article.internal_inconsistency";

/** Capitalised made-up names that the date reader does not mistake for dates. */
function names(rng: Rng, count: number, words: number): string[] {
  const out = new Set<string>();
  while (out.size < count) {
    const parts: string[] = [];
    for (let w = 0; w < words; w++) {
      let word = "";
      const n = rng.int(2, 3);
      for (let i = 0; i < n; i++) word += rng.pick(SYLLABLES);
      parts.push(word[0]?.toUpperCase() + word.slice(1));
    }
    const name = parts.join(" ");
    if (findDates(`di ${name}`, { publishedAt: null, timeZone: "Asia/Jakarta" }).length === 0) out.add(name);
  }
  return [...out];
}

interface Value {
  slot: Slot;
  json: Record<string, unknown>;
  key: string;
  summary: string;
  quote: string;
  date?: { start: string; end: string; precision: "day" | "month" };
}

interface PlannedAssertion {
  id: string;
  article: PlannedArticle;
  value: Value;
  stance: Stance;
  quote: string;
}

interface PlannedArticle {
  id: string;
  outlet: number;
  copyGroup: string | null;
  publishedAt: number | null;
  wire: boolean;
  assertions: PlannedAssertion[];
}

/** Jakarta calendar day `day` (days since 2023-01-01) as a UTC half-open interval. */
function dayInterval(day: number) {
  const start = BASE_DAY + day * DAY - JAKARTA;
  return { start: new Date(start).toISOString(), end: new Date(start + DAY).toISOString() };
}

function dmy(day: number) {
  const d = new Date(BASE_DAY + day * DAY);
  return { d: d.getUTCDate(), m: d.getUTCMonth(), y: d.getUTCFullYear() };
}

/**
 * Generates the corpus event by event and hands it to `write` in batches (outlets and entities
 * first, then events, articles, claims and assertions in foreign-key order).
 */
export async function generateCorpus(
  workspaceId: string,
  options: SyntheticOptions,
  write: (batch: Batch) => Promise<void>,
): Promise<SyntheticResult> {
  const rng = new Rng(options.seed ?? 20240116);
  const conflictRate = options.conflictRate ?? 0.3;
  const batchRows = options.batchRows ?? 10_000;
  const outletCount = options.outlets ?? 200;
  const outletNames = names(rng, outletCount, 2).map((n) => `${n} News`);
  const outlets = outletNames.map((name, i) => ({
    workspace_id: workspaceId,
    id: rng.uuid(),
    name,
    domain: `${name.toLowerCase().replace(/[^a-z]+/g, "-")}${i}.example`,
    kind: i < 3 ? "wire" : "news",
  }));
  const placeNames = names(rng, options.places ?? 400, 1).map((n) => `Kota ${n}`);
  const personNames = names(rng, options.people ?? 1500, 2);
  const places = placeNames.map((name) => ({ id: rng.uuid(), name }));
  const people = personNames.map((name) => ({ id: rng.uuid(), name }));
  await write({
    outlets,
    entities: [
      ...places.map((p) => ({ workspace_id: workspaceId, id: p.id, canonical_name: p.name, kind: "place" })),
      ...people.map((p) => ({ workspace_id: workspaceId, id: p.id, canonical_name: p.name, kind: "person" })),
    ],
  });

  const expected = new Set<string>();
  const stats: SyntheticResult["stats"] = {
    outlets: outlets.length,
    entities: places.length + people.length,
    events: 0,
    articles: 0,
    claims: 0,
    assertions: 0,
    conflictedEvents: 0,
    copyGroups: 0,
    injected: {},
    controls: {},
    expectedByRule: {},
  };
  const bump = (m: Record<string, number>, k: string, n = 1) => {
    m[k] = (m[k] ?? 0) + n;
  };
  let pending: Required<Pick<Batch, "events" | "articles" | "claims" | "assertions">> = {
    events: [],
    articles: [],
    claims: [],
    assertions: [],
  };
  const flush = async () => {
    if (pending.events.length === 0) return;
    const batch = pending;
    pending = { events: [], articles: [], claims: [], assertions: [] };
    await write(batch);
  };

  let serial = 0;
  while (stats.assertions < options.assertions) {
    serial++;
    const eventId = rng.uuid();
    const day = rng.int(0, 700);
    const { m, y } = dmy(day);
    const monthStart = Date.UTC(y, m, 1) - JAKARTA;
    const monthEnd = Date.UTC(y, m + 1, 1) - JAKARTA;
    const place = rng.pick(places);
    const amount = rng.int(3_000, 40_000);
    const participantCount = rng.int(3, 4);
    const group = new Set<(typeof people)[number]>();
    while (group.size < participantCount) group.add(rng.pick(people));
    const members = [...group];
    const title = `Pertemuan di ${place.name} nomor ${serial}`;

    // Distinct values of this event; each becomes one claim the first time it is used.
    const claimIds = new Map<string, string>();
    const claimOf = (v: Value) => {
      let id = claimIds.get(v.key);
      if (!id) {
        id = rng.uuid();
        claimIds.set(v.key, id);
        pending.claims.push({
          workspace_id: workspaceId,
          id,
          event_id: eventId,
          slot: v.slot,
          value: v.json,
          summary: v.summary,
          date_start: v.date?.start ?? null,
          date_end: v.date?.end ?? null,
          date_precision: v.date?.precision ?? null,
        });
      }
      return id;
    };
    const dateDay = (dd: number): Value => {
      const iv = dayInterval(dd);
      const p = dmy(dd);
      const expression = `${p.d}/${p.m + 1}/${p.y}`;
      return {
        slot: "date",
        json: { slot: "date", interval: { ...iv, precision: "day" }, expression },
        key: `date:${iv.start}`,
        summary: `Tanggal ${expression}`,
        quote: `pada ${expression}`,
        date: { ...iv, precision: "day" },
      };
    };
    const dateMonth: Value = {
      slot: "date",
      json: {
        slot: "date",
        interval: {
          start: new Date(monthStart).toISOString(),
          end: new Date(monthEnd).toISOString(),
          precision: "month",
        },
        expression: `${MONTHS[m]} ${y}`,
      },
      key: `month:${monthStart}`,
      summary: `Bulan ${MONTHS[m]} ${y}`,
      quote: `${MONTHS[m]} ${y}`,
      date: {
        start: new Date(monthStart).toISOString(),
        end: new Date(monthEnd).toISOString(),
        precision: "month",
      },
    };
    const placeValue = (p: (typeof places)[number]): Value => ({
      slot: "place",
      json: { slot: "place", entityId: p.id },
      key: `place:${p.id}`,
      summary: `Tempat: ${p.name}`,
      quote: `di ${p.name}`,
    });
    const quantity = (n: number, tolerance: number): Value => ({
      slot: "quantity",
      json: { slot: "quantity", amount: n, unit: UNIT, tolerance },
      key: `quantity:${n}:${tolerance}`,
      summary: `${n} ${UNIT}`,
      quote: `sekitar ${n} ${UNIT} hadir`,
    });
    const occurred = (yes: boolean): Value => ({
      slot: "occurred",
      json: { slot: "occurred", occurred: yes },
      key: `occurred:${yes}`,
      summary: yes ? "Pertemuan berlangsung" : "Pertemuan tidak berlangsung",
      quote: yes ? "pertemuan itu berlangsung" : "pertemuan itu batal digelar",
    });
    const participants = (list: ReadonlyArray<(typeof people)[number]>): Value => ({
      slot: "participants",
      json: { slot: "participants", entityIds: list.map((p) => p.id) },
      key: `participants:${list.map((p) => p.id).join(",")}`,
      summary: `Peserta: ${list.map((p) => p.name).join(", ")}`,
      quote: `dihadiri oleh ${list.map((p) => p.name).join(", ")}`,
    });
    const statement = (text: string): Value => ({
      slot: "statement",
      json: { slot: "statement", text },
      key: `statement:${text}`,
      summary: text,
      quote: text,
    });
    const baseDay = dateDay(day);
    const basePlace = placeValue(place);
    const baseOccurred = occurred(true);
    const fullParticipants = participants(members);
    const subParticipants = participants(members.slice(0, -1));

    const usedOutlets = new Set<number>();
    const articles: PlannedArticle[] = [];
    const newArticle = (opts: { copyGroup?: string; wire?: boolean; undated?: boolean } = {}) => {
      let outlet = rng.int(0, outlets.length - 1);
      while (usedOutlets.has(outlet)) outlet = (outlet + 1) % outlets.length;
      usedOutlets.add(outlet);
      const a: PlannedArticle = {
        id: rng.uuid(),
        outlet,
        copyGroup: opts.copyGroup ?? null,
        publishedAt: opts.undated ? null : BASE_DAY + (day + rng.int(1, 3)) * DAY + 2 * 3_600_000,
        wire: opts.wire ?? false,
        assertions: [],
      };
      articles.push(a);
      return a;
    };
    const assert = (article: PlannedArticle, value: Value, stance: Stance = "asserts") => {
      const a: PlannedAssertion = { id: rng.uuid(), article, value, stance, quote: value.quote };
      if (stance === "denies") a.quote = `membantah bahwa ${value.quote}`;
      if (stance === "reports_unconfirmed") a.quote = `kabarnya ${value.quote}`;
      article.assertions.push(a);
      return a;
    };
    const baseline = (article: PlannedArticle) => {
      if (rng.chance(0.8)) assert(article, rng.chance(0.75) ? baseDay : dateMonth);
      if (rng.chance(0.6)) assert(article, basePlace);
      if (rng.chance(0.5))
        assert(article, quantity(Math.round(amount * (1 + rng.pick([-0.02, -0.01, 0, 0.01, 0.02]))), 0.05));
      if (rng.chance(0.6)) assert(article, baseOccurred);
      if (rng.chance(0.4)) assert(article, rng.chance(0.7) ? fullParticipants : subParticipants);
      if (rng.chance(0.3) || article.assertions.length === 0)
        assert(article, statement(rng.pick(STATEMENTS)));
    };

    const honest = rng.int(2, 5);
    for (let i = 0; i < honest; i++) baseline(newArticle());

    // A wire story carried by two outlets: one copy group, the same values. Half the time the copy
    // "corrects" the date: a disagreement inside the group, which must not count as a conflict.
    let copyCorrection: PlannedArticle | null = null;
    if (rng.chance(0.15)) {
      const groupId = rng.uuid();
      const original = newArticle({ copyGroup: groupId, wire: true });
      const copy = newArticle({ copyGroup: groupId, wire: true });
      const corrected = rng.chance(0.5);
      assert(original, baseDay);
      // The corrected copy gets its (different) date with the injected date dissent below.
      if (corrected) copyCorrection = copy;
      else assert(copy, baseDay);
      for (const v of [basePlace, baseOccurred]) {
        assert(original, v);
        assert(copy, v);
      }
      bump(stats.controls, corrected ? "copy_group_disagreement" : "copy_group_agreement");
      stats.copyGroups++;
    }

    // Negative controls: none of these may produce a finding.
    if (rng.chance(0.2)) {
      assert(rng.pick(articles), dateDay(day + 200), "reports_unconfirmed");
      bump(stats.controls, "reports_unconfirmed");
    }
    let deniedPlace: string | null = null;
    if (rng.chance(0.15)) {
      let other = rng.pick(places);
      while (other.id === place.id) other = rng.pick(places);
      // The place dissent below uses a third place, so nobody asserts this one.
      assert(rng.pick(articles), placeValue(other), "denies");
      bump(stats.controls, "denial_of_unasserted_value");
      deniedPlace = other.id;
    }
    if (rng.chance(0.1)) {
      const undated = newArticle({ undated: true });
      const relative: Value = { ...dateDay(day + 120), quote: "pada hari Selasa" };
      assert(undated, relative);
      assert(undated, statement(rng.pick(STATEMENTS)));
      bump(stats.controls, "unresolved_relative_date");
    }

    // Injected conflicts: one dissenting value per kind; each kind at most once per event.
    const dissents = new Map<DissentKind, PlannedAssertion[]>();
    const dissentValue: Partial<Record<DissentKind, { value: Value; stance: Stance }>> = {};
    if (rng.chance(conflictRate) || copyCorrection) {
      const kinds = new Set<DissentKind>();
      if (copyCorrection) kinds.add("date");
      const extra = copyCorrection ? (rng.chance(0.5) ? 1 : 0) : rng.int(1, 2);
      while (kinds.size < (copyCorrection ? 1 : 0) + extra) kinds.add(rng.pick(DISSENTS));
      stats.conflictedEvents++;
      let third = rng.pick(places);
      while (third.id === place.id || third.id === deniedPlace) third = rng.pick(places);
      dissentValue.date = { value: dateDay(day + rng.int(45, 90)), stance: "asserts" };
      dissentValue.place = { value: placeValue(third), stance: "asserts" };
      dissentValue.quantity = { value: quantity(amount * 2, 0), stance: "asserts" };
      const outsiders = [] as Array<(typeof people)[number]>;
      while (outsiders.length < 2) {
        const p = rng.pick(people);
        if (!group.has(p) && !outsiders.includes(p)) outsiders.push(p);
      }
      dissentValue.participants = { value: participants(outsiders), stance: "asserts" };
      dissentValue.occurrence = rng.chance(0.5)
        ? { value: baseOccurred, stance: "denies" }
        : { value: occurred(false), stance: "asserts" };
      dissentValue.place_denial = { value: basePlace, stance: "denies" };
      for (const kind of kinds) {
        const { value, stance } = dissentValue[kind] as { value: Value; stance: Stance };
        const list: PlannedAssertion[] = [];
        if (kind === "date" && copyCorrection) {
          list.push(assert(copyCorrection, value, stance));
          bump(stats.injected, "date (copy correction)");
        }
        if (!(kind === "date" && copyCorrection) || rng.chance(0.3)) {
          // A quarter of dissents sit next to the article's own baseline claim: internal inconsistency.
          const slot = value.slot;
          const withSlot = articles.filter((a) =>
            a.assertions.some((x) => x.value.slot === slot && x.stance === "asserts"),
          );
          const internal = withSlot.length > 0 && rng.chance(0.25);
          const target = internal ? rng.pick(withSlot) : newArticle();
          list.push(assert(target, value, stance));
          if (!internal && rng.chance(0.3)) list.push(assert(newArticle(), value, stance));
          // A new dissenting article often carries a statement too (never compared).
          for (const a of list)
            if (a.article.assertions.length === 1 && rng.chance(0.5))
              assert(a.article, statement(rng.pick(STATEMENTS)));
          bump(stats.injected, internal ? `${kind} (same article)` : kind);
        }
        dissents.set(kind, list);
      }
    }
    // The expected findings, from the injection alone.
    for (const [kind, list] of dissents) {
      const { value } = dissentValue[kind] as { value: Value; stance: Stance };
      const isBaseline = (x: PlannedAssertion): boolean => {
        if (x.stance !== "asserts" || list.includes(x)) return false;
        switch (kind) {
          case "date":
            return x.value === baseDay || x.value === dateMonth;
          case "place":
            return x.value === basePlace;
          case "quantity":
            return x.value.slot === "quantity" && x.value.key !== value.key;
          case "participants":
            return x.value === fullParticipants || x.value === subParticipants;
          case "occurrence":
            return x.value === baseOccurred;
          case "place_denial":
            return x.value === basePlace;
        }
      };
      for (const dissent of list) {
        for (const article of articles) {
          for (const x of article.assertions) {
            if (!isBaseline(x)) continue;
            let rule = RULE_OF[kind];
            if (x.article === dissent.article) rule = INTERNAL;
            else if (x.article.copyGroup && x.article.copyGroup === dissent.article.copyGroup) continue;
            const [a, b] = x.id < dissent.id ? [x.id, dissent.id] : [dissent.id, x.id];
            const key = `${rule}|${a}|${b}`;
            if (!expected.has(key)) {
              expected.add(key);
              bump(stats.expectedByRule, rule);
            }
          }
        }
      }
    }

    // Rows.
    pending.events.push({ workspace_id: workspaceId, id: eventId, kind: "meeting", title });
    stats.events++;
    for (const article of articles) {
      const outlet = outlets[article.outlet] as (typeof outlets)[number];
      stats.articles++;
      const parts = [`${title}.`];
      if (article.wire) parts.push("(Reuters)");
      const spans: Array<{ a: PlannedAssertion; start: number }> = [];
      let length = parts.join(" ").length;
      for (const a of article.assertions) {
        const lead = rng.pick(["Menurut laporan itu,", "Disebutkan bahwa", "Dalam keterangannya,"]);
        const sentence = `${lead} ${a.quote}.`;
        spans.push({ a, start: length + 1 + lead.length + 1 });
        parts.push(sentence);
        length += 1 + sentence.length;
        if (rng.chance(0.5)) {
          const f = rng.pick(FILLER);
          parts.push(f);
          length += 1 + f.length;
        }
      }
      parts.push(`Laporan ${outlet.name} nomor ${serial}-${stats.articles}.`);
      const body = parts.join(" ");
      pending.articles.push({
        workspace_id: workspaceId,
        id: article.id,
        outlet_id: outlet.id,
        url: `https://${outlet.domain}/berita/${serial}-${stats.articles}`,
        title: `${title} - ${outlet.name}`,
        published_at: article.publishedAt === null ? null : new Date(article.publishedAt).toISOString(),
        published_precision: article.publishedAt === null ? null : "minute",
        time_zone: "Asia/Jakarta",
        language: "id",
        body,
        body_sha256: createHash("sha256").update(body).digest("hex"),
        wire_credit: article.wire ? "sumber: Reuters" : null,
        copy_group_id: article.copyGroup,
      });
      for (const { a, start } of spans) {
        const end = start + a.quote.length;
        if (body.slice(start, end) !== a.quote) throw new Error("synthetic quote misplaced");
        const attribution = rng.next();
        pending.assertions.push({
          workspace_id: workspaceId,
          id: a.id,
          article_id: article.id,
          claim_id: claimOf(a.value),
          stance: a.stance,
          quote_exact: a.quote,
          quote_prefix: body.slice(Math.max(0, start - 32), start),
          quote_suffix: body.slice(end, end + 32),
          position_start: start,
          position_end: end,
          attribution_kind: attribution < 0.7 ? "named_person" : attribution < 0.9 ? "named_org" : "none",
          attribution_text:
            attribution < 0.7
              ? `kata juru bicara ${rng.pick(people).name}`
              : attribution < 0.9
                ? "menurut Kementerian Luar Negeri"
                : null,
        });
        stats.assertions++;
      }
    }
    stats.claims += claimIds.size;
    if (pending.assertions.length >= batchRows) await flush();
  }
  await flush();
  return { expected, stats };
}
