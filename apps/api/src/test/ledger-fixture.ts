// Test support: builds a small ledger with direct inserts (outlets, events, claims, articles,
// assertions), so the reliability and export tests do not depend on the ledger routes' details.
import { createHash } from "node:crypto";
import type { Database } from "@kroscek/db";
import {
  type AttributionKind,
  type ClaimValue,
  type OutletKind,
  ReliabilitySnapshotDetailSchema,
  type Stance,
} from "@kroscek/schema";
import { articles, assertions, claims, events, outlets } from "@kroscek/schema/tables";
import { v7 as uuidv7 } from "uuid";
import type { TestServer } from "./harness";

export const dayValue = (d: string): ClaimValue => ({
  slot: "date",
  interval: {
    start: `${d}T00:00:00.000Z`,
    end: new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString(),
    precision: "day",
  },
});

export class LedgerFixture {
  private n = 0;
  constructor(
    readonly db: Database,
    readonly workspaceId: string,
  ) {}

  async outlet(name: string, kind: OutletKind = "news", domain: string | null = null) {
    const id = uuidv7();
    await this.db.insert(outlets).values({ workspaceId: this.workspaceId, id, name, kind, domain });
    return id;
  }

  async event(title: string) {
    const id = uuidv7();
    await this.db.insert(events).values({ workspaceId: this.workspaceId, id, kind: "meeting", title });
    return id;
  }

  async claim(eventId: string, value: ClaimValue, summary: string) {
    const id = uuidv7();
    const date = value.slot === "date" ? value.interval : null;
    await this.db.insert(claims).values({
      workspaceId: this.workspaceId,
      id,
      eventId,
      slot: value.slot,
      value,
      summary,
      dateStart: date ? new Date(date.start) : null,
      dateEnd: date ? new Date(date.end) : null,
      datePrecision: date?.precision ?? null,
    });
    return id;
  }

  async article(
    outletId: string,
    o: {
      body?: string;
      url?: string | null;
      title?: string;
      publishedAt?: string;
      wireCredit?: string;
      language?: string;
    } = {},
  ) {
    const id = uuidv7();
    const body = o.body ?? `Artikel nomor ${++this.n} tentang pertemuan.`;
    await this.db.insert(articles).values({
      workspaceId: this.workspaceId,
      id,
      outletId,
      url: o.url === undefined ? `https://news.example/${id}` : o.url,
      title: o.title ?? `Artikel ${this.n}`,
      publishedAt: o.publishedAt ? new Date(o.publishedAt) : null,
      publishedPrecision: o.publishedAt ? "day" : null,
      language: o.language ?? "id",
      body,
      bodySha256: createHash("sha256").update(`${body}\u0000${id}`).digest("hex"),
      wireCredit: o.wireCredit ?? null,
    });
    return { id, body };
  }

  /** The quote is the whole article body unless `quote` names a part of it. */
  async assertion(
    article: { id: string; body: string },
    claimId: string,
    o: { stance?: Stance; attribution?: AttributionKind; quote?: string } = {},
  ) {
    const quote = o.quote ?? article.body;
    const start = [...article.body.slice(0, article.body.indexOf(quote))].length;
    const id = uuidv7();
    await this.db.insert(assertions).values({
      workspaceId: this.workspaceId,
      id,
      articleId: article.id,
      claimId,
      stance: o.stance ?? "asserts",
      quoteExact: quote,
      positionStart: start,
      positionEnd: start + [...quote].length,
      attributionKind: o.attribution ?? "named_person",
    });
    return id;
  }
}

/** Polls a snapshot until it leaves queued/running, as a client would. */
export async function waitForSnapshot(s: TestServer, url: string, token: string) {
  for (let i = 0; i < 300; i++) {
    const res = await s.json("GET", url, token);
    const snap = ReliabilitySnapshotDetailSchema.parse(res.body);
    if (snap.status === "done" || snap.status === "failed") return snap;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("snapshot did not finish");
}

/**
 * Five events: A, B and C agree on every date, Liar names another day each time and cites nobody.
 * One more event: three outlets run one Reuters story (17 Jan), two independent outlets say 16 Jan.
 */
export async function buildLedger(fx: LedgerFixture) {
  const ids: Record<string, string> = {};
  for (const name of ["A", "B", "C", "Liar", "W1", "W2", "W3", "I1", "I2", "Silent"])
    ids[name] = await fx.outlet(name);
  for (let e = 0; e < 5; e++) {
    const event = await fx.event(`Meeting ${e}`);
    const truth = await fx.claim(event, dayValue(`2024-01-1${e}`), `Met on 1${e} Jan`);
    const lie = await fx.claim(event, dayValue(`2024-02-2${e}`), `Met on 2${e} Feb`);
    for (const o of ["A", "B", "C"]) await fx.assertion(await fx.article(ids[o] as string), truth);
    await fx.assertion(await fx.article(ids.Liar as string), lie, { attribution: "none" });
  }
  const event = await fx.event("Putin meets Choe");
  const wire = await fx.claim(event, dayValue("2024-01-17"), "Met on 17 Jan");
  const indep = await fx.claim(event, dayValue("2024-01-16"), "Met on 16 Jan");
  for (const o of ["W1", "W2", "W3"])
    await fx.assertion(await fx.article(ids[o] as string, { wireCredit: "sumber: Reuters" }), wire, {
      attribution: "wire",
    });
  for (const o of ["I1", "I2"]) await fx.assertion(await fx.article(ids[o] as string), indep);
  return ids;
}
