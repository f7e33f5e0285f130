import { AssertionSchema, type Claim, type Entity, pageOf } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness";
import {
  addArticle,
  addClaim,
  addEntity,
  addEvent,
  auditActions,
  jakartaDay,
  wsPath,
} from "../../test/ledger-fixtures";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

// The flag before the quote makes UTF-16 and code point offsets differ by 2.
const HIMALAYA =
  "🇷🇺 Presiden Rusia Vladimir Putin bertemu Menteri Luar Negeri Korea Utara Choe Son Hui di Moskow " +
  "pada Selasa. “Kami siap memperdalam kerja sama,” kata Putin.";
/** Code point offset of `sub` in `text` (what the API stores), unlike String#indexOf. */
const cpIndexOf = (text: string, sub: string) => Array.from(text.slice(0, text.indexOf(sub))).length;
const REPUBLIKA =
  "Putin menerima Choe Son Hui di Kremlin, Moskow, Selasa (16/1/2024), menurut Reuters. " +
  "Choe tiba di Moskow pada Senin.";

describe("assertions: recording and editing", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let putin: Entity;
  let dateClaim: Claim;
  let placeClaim: Claim;
  let himalaya: { id: string; outletId: string };
  let republika: { id: string; outletId: string };
  const base = () => wsPath(a, "assertions");
  const post = (body: unknown) => s.json("POST", base(), a.tokens.factchecker, body);

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    putin = await addEntity(s, a, "Vladimir Putin");
    const moskow = await addEntity(s, a, "Moskow", "place");
    const meeting = await addEvent(s, a, { title: "Putin meets Choe" });
    dateClaim = await addClaim(s, a, meeting.id, { slot: "date", interval: jakartaDay("2024-01-16") });
    placeClaim = await addClaim(s, a, meeting.id, { slot: "place", entityId: moskow.id });
    himalaya = await addArticle(s, a, {
      outlet: "Himalayapost.id",
      body: HIMALAYA,
      publishedAt: "2024-01-18",
    });
    republika = await addArticle(s, a, { outlet: "Republika", body: REPUBLIKA, publishedAt: "2024-01-16" });
  });
  afterAll(async () => {
    await s?.close();
  });

  it("anchors a unique quote in code points and stores 32 code points of context", async () => {
    const res = await post({
      articleId: himalaya.id,
      claimId: placeClaim.id,
      quote: { exact: "di Moskow" },
      attribution: { kind: "none" },
    });
    expect(res.status).toBe(201);
    const assertion = AssertionSchema.parse(res.body);
    const start = cpIndexOf(HIMALAYA, "di Moskow");
    expect(assertion.position).toEqual({ start, end: start + 9 });
    expect(HIMALAYA.indexOf("di Moskow")).toBe(start + 2);
    expect(
      Array.from(HIMALAYA)
        .slice(start, start + 9)
        .join(""),
    ).toBe("di Moskow");
    expect(assertion.quote.prefix).toBe("uar Negeri Korea Utara Choe Son Hui ".slice(-32));
    expect(assertion.quote.suffix).toBe(" pada Selasa. “Kami siap memperd");
    expect(assertion).toMatchObject({
      outletId: himalaya.outletId,
      stance: "asserts",
      version: 1,
      note: null,
    });
    expect(
      AssertionSchema.parse((await s.json("GET", `${base()}/${assertion.id}`, a.tokens.viewer)).body),
    ).toEqual(assertion);
  });

  it("accepts a code point position for a quote with curly quotes and a named source", async () => {
    const exact = "“Kami siap memperdalam kerja sama,”";
    const start = cpIndexOf(HIMALAYA, exact);
    const res = await post({
      articleId: himalaya.id,
      claimId: dateClaim.id,
      stance: "reports_unconfirmed",
      quote: { exact },
      position: { start, end: start + Array.from(exact).length },
      attribution: { kind: "named_person", text: "kata Putin", entityId: putin.id },
      note: "statement, not the date",
    });
    expect(res.status).toBe(201);
    const assertion = AssertionSchema.parse(res.body);
    expect(assertion.quote.exact).toBe(exact);
    expect(assertion.quote.suffix).toBe(" kata Putin.");
    expect(assertion.attribution).toEqual({ kind: "named_person", text: "kata Putin", entityId: putin.id });
  });

  it("disambiguates a repeated quote with a prefix", async () => {
    const ambiguous = await post({
      articleId: republika.id,
      claimId: dateClaim.id,
      quote: { exact: "Moskow" },
    });
    expect(ambiguous.status).toBe(422);
    const res = await post({
      articleId: republika.id,
      claimId: dateClaim.id,
      quote: { exact: "Moskow", prefix: "Kremlin, " },
      attribution: { kind: "wire", text: "menurut Reuters" },
    });
    expect(res.status).toBe(201);
    const start = cpIndexOf(REPUBLIKA, "Kremlin, Moskow") + 9;
    expect(AssertionSchema.parse(res.body).position).toEqual({ start, end: start + 6 });
  });

  it("lists with filters: article, claim, outlet, event, stance, attribution kind, and pages", async () => {
    const all = pageOf(AssertionSchema).parse((await s.json("GET", base(), a.tokens.viewer)).body);
    expect(all.items).toHaveLength(3);
    const q = async (query: string) =>
      pageOf(AssertionSchema).parse((await s.json("GET", `${base()}?${query}`, a.tokens.viewer)).body).items;
    expect(await q(`articleId=${himalaya.id}`)).toHaveLength(2);
    expect(await q(`claimId=${dateClaim.id}`)).toHaveLength(2);
    expect((await q(`outletId=${republika.outletId}`)).map((x) => x.articleId)).toEqual([republika.id]);
    expect(await q(`eventId=${dateClaim.eventId}`)).toHaveLength(3);
    expect(await q("stance=reports_unconfirmed")).toHaveLength(1);
    expect((await q("attributionKind=wire")).map((x) => x.articleId)).toEqual([republika.id]);
    const page = pageOf(AssertionSchema).parse(
      (await s.json("GET", `${base()}?limit=2`, a.tokens.viewer)).body,
    );
    const rest = pageOf(AssertionSchema).parse(
      (await s.json("GET", `${base()}?limit=2&cursor=${page.nextCursor}`, a.tokens.viewer)).body,
    );
    expect([...page.items, ...rest.items].map((x) => x.id)).toEqual(all.items.map((x) => x.id));
    expect(rest.nextCursor).toBeNull();
  });

  it("edits stance, attribution and note, keeping the quote; deletes; audits every write", async () => {
    const created = AssertionSchema.parse(
      (await post({ articleId: republika.id, claimId: placeClaim.id, quote: { exact: "di Kremlin" } })).body,
    );
    const res = await s.json("PATCH", `${base()}/${created.id}`, a.tokens.factchecker, {
      stance: "denies",
      attribution: { kind: "anonymous", text: "kata seorang pejabat" },
      note: "checked",
      version: 1,
    });
    expect(res.status).toBe(200);
    const edited = AssertionSchema.parse(res.body);
    expect(edited).toMatchObject({ stance: "denies", note: "checked", version: 2, quote: created.quote });
    expect(edited.attribution).toEqual({ kind: "anonymous", text: "kata seorang pejabat", entityId: null });
    const noteOnly = AssertionSchema.parse(
      (await s.json("PATCH", `${base()}/${created.id}`, a.tokens.factchecker, { note: null, version: 2 }))
        .body,
    );
    expect(noteOnly).toMatchObject({ stance: "denies", note: null, version: 3 });
    const del = await s.fetch(`${base()}/${created.id}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${a.tokens.factchecker}` },
    });
    expect(del.status).toBe(204);
    expect((await s.json("GET", `${base()}/${created.id}`, a.tokens.viewer)).status).toBe(404);
    const rows = await auditActions(s, a, created.id);
    expect(rows.map((r) => r.action)).toEqual([
      "assertion.create",
      "assertion.update",
      "assertion.update",
      "assertion.delete",
    ]);
    expect((rows[1]?.before as { stance: string } | undefined)?.stance).toBe("asserts");
    expect((rows[3]?.before as { id: string } | undefined)?.id).toBe(created.id);
  });
});
