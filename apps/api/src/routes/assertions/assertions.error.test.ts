import { AssertionSchema, type Claim, ErrorEnvelopeSchema } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness";
import { addArticle, addClaim, addEntity, addEvent, issuePaths, wsPath } from "../../test/ledger-fixtures";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

// Decomposed "é" (e + U+0301) and a flag: offsets in code points differ from UTF-16 and from graphemes.
const BODY =
  "🇷🇺 Menurut Andre\u0301 dari “Kompas”, Lavrov tiba di Pyongyang pekan ini. Lavrov disambut Choe.";

type Details = { reason: string; candidates?: number; actual?: string; issues: Array<{ path: string }> };

describe("assertions: failures", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let b: SeededWorkspace;
  let claim: Claim;
  let article: { id: string };
  let theirs: { article: { id: string }; claim: Claim; entityId: string; assertionId: string };
  const base = () => wsPath(a, "assertions");
  const post = (body: object) =>
    s.json("POST", base(), a.tokens.factchecker, { articleId: article.id, claimId: claim.id, ...body });
  const details = (body: unknown) => ErrorEnvelopeSchema.parse(body).error.details as Details;

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    b = await seedWorkspace(s.t.db, "beta");
    const visit = await addEvent(s, a, { kind: "visit", title: "Lavrov in Pyongyang" });
    claim = await addClaim(s, a, visit.id, { slot: "statement", text: "Lavrov visited Pyongyang" });
    article = await addArticle(s, a, { body: BODY });
    const theirEvent = await addEvent(s, b, { title: "Beta event" });
    const theirClaim = await addClaim(s, b, theirEvent.id, { slot: "occurred", occurred: true });
    const theirArticle = await addArticle(s, b, { outlet: "Beta Post", body: BODY });
    const theirEntity = await addEntity(s, b, "Beta Person");
    const created = await s.json<{ id: string }>("POST", wsPath(b, "assertions"), b.tokens.factchecker, {
      articleId: theirArticle.id,
      claimId: theirClaim.id,
      quote: { exact: "pekan ini" },
    });
    theirs = {
      article: theirArticle,
      claim: theirClaim,
      entityId: theirEntity.id,
      assertionId: created.body.id,
    };
  });
  afterAll(async () => {
    await s?.close();
  });

  it("answers a quote that is not in the article with 422 not_found", async () => {
    const res = await post({ quote: { exact: "Lavrov tiba di Seoul" } });
    expect(res.status).toBe(422);
    expect(details(res.body)).toMatchObject({ reason: "not_found", issues: [{ path: "quote.exact" }] });
  });

  it("answers a repeated quote with 422 ambiguous and the number of candidates", async () => {
    const res = await post({ quote: { exact: "Lavrov" } });
    expect(res.status).toBe(422);
    expect(details(res.body)).toMatchObject({ reason: "ambiguous", candidates: 2 });
    expect(ErrorEnvelopeSchema.parse(res.body).error.message).toMatch(/prefix or suffix, or a position/);
    const fixed = await post({ quote: { exact: "Lavrov", suffix: " disambut" } });
    expect(fixed.status).toBe(201);
  });

  it("answers a position past the body with 422 out_of_range", async () => {
    const res = await post({ quote: { exact: "Choe." }, position: { start: 500, end: 505 } });
    expect(res.status).toBe(422);
    expect(details(res.body)).toMatchObject({ reason: "out_of_range", issues: [{ path: "position" }] });
  });

  it("refuses a UTF-16 position (off by the emoji) with position_mismatch naming what is there", async () => {
    const at = BODY.indexOf("Pyongyang");
    const res = await post({ quote: { exact: "Pyongyang" }, position: { start: at, end: at + 9 } });
    expect(res.status).toBe(422);
    expect(details(res.body)).toMatchObject({ reason: "position_mismatch", actual: "ongyang p" });
    const cp = Array.from(BODY.slice(0, at)).length;
    const ok = await post({ quote: { exact: "Pyongyang" }, position: { start: cp, end: cp + 9 } });
    expect(ok.status).toBe(201);
    expect(AssertionSchema.parse(ok.body).position).toEqual({ start: at - 2, end: at + 7 });
  });

  it("anchors quotes with combining diacritics and curly quotes (PostgreSQL counts the same code points)", async () => {
    const res = await post({ quote: { exact: "Andre\u0301 dari “Kompas”" } });
    expect(res.status).toBe(201);
    const saved = AssertionSchema.parse(res.body);
    expect(saved.position.end - saved.position.start).toBe(20);
    expect(saved.quote.prefix).toBe("🇷🇺 Menurut ");
    // "Andre" alone would cut the accent off "André": not a match.
    const cut = await post({ quote: { exact: "Andre" } });
    expect(details(cut.body)).toMatchObject({ reason: "not_found" });
  });

  it("answers schema errors with 422 naming the paths", async () => {
    const res = await s.json("POST", base(), a.tokens.factchecker, {
      articleId: "nope",
      stance: "maybe",
      quote: { exact: "" },
      position: { start: 5, end: 2 },
      attribution: { kind: "rumour" },
    });
    expect(res.status).toBe(422);
    expect(issuePaths(res.body)).toEqual(
      expect.arrayContaining(["articleId", "stance", "quote.exact", "position.end", "attribution.kind"]),
    );
  });

  it("answers another workspace's ids inside the body with 422 naming the field", async () => {
    const art = await post({ articleId: theirs.article.id, quote: { exact: "pekan ini" } });
    expect(art.status).toBe(422);
    expect(issuePaths(art.body)).toEqual(["articleId"]);
    const cl = await post({ claimId: theirs.claim.id, quote: { exact: "pekan ini" } });
    expect(issuePaths(cl.body)).toEqual(["claimId"]);
    const who = await post({
      quote: { exact: "pekan ini" },
      attribution: { kind: "named_person", entityId: theirs.entityId },
    });
    expect(who.status).toBe(422);
    expect(issuePaths(who.body)).toEqual(["attribution.entityId"]);
  });

  it("hides another workspace's assertion behind 404 on every id route", async () => {
    const url = `${base()}/${theirs.assertionId}`;
    expect((await s.json("GET", url, a.tokens.admin)).status).toBe(404);
    expect((await s.json("PATCH", url, a.tokens.admin, { stance: "denies", version: 1 })).status).toBe(404);
    expect((await s.json("DELETE", url, a.tokens.admin)).status).toBe(404);
    const outlet = await s.json<{ items: Array<{ outletId: string }> }>(
      "GET",
      wsPath(b, "assertions"),
      b.tokens.admin,
    );
    const theirOutlet = outlet.body.items[0]?.outletId;
    expect((await s.json("GET", wsPath(a, `outlets/${theirOutlet}/assertions`), a.tokens.admin)).status).toBe(
      404,
    );
  });

  it("keeps the quote immutable and refuses stale or concurrent edits", async () => {
    const created = AssertionSchema.parse((await post({ quote: { exact: "pekan ini" } })).body);
    const url = `${base()}/${created.id}`;
    const move = await s.json("PATCH", url, a.tokens.factchecker, { quote: { exact: "Lavrov" }, version: 1 });
    expect(move.status).toBe(422);
    expect(issuePaths(move.body)).toEqual(["quote"]);
    const results = await Promise.all(
      ["denies", "reports_unconfirmed"].map((stance) =>
        s.json("PATCH", url, a.tokens.factchecker, { stance, version: 1 }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const stale = await s.json("PATCH", url, a.tokens.factchecker, { note: "late", version: 1 });
    expect(ErrorEnvelopeSchema.parse(stale.body).error.details).toEqual({ currentVersion: 2 });
    const bad = await s.json("PATCH", url, a.tokens.factchecker, {
      attribution: { kind: "named_org", entityId: theirs.entityId },
      version: 2,
    });
    expect(issuePaths(bad.body)).toEqual(["attribution.entityId"]);
  });

  it("answers 401 without credentials and 403 to viewers' writes, deletes included", async () => {
    expect((await s.json("GET", base(), null)).status).toBe(401);
    expect((await s.json("POST", base(), a.tokens.viewer, { bogus: true })).status).toBe(403);
    const created = AssertionSchema.parse((await post({ quote: { exact: "disambut Choe" } })).body);
    expect((await s.json("DELETE", `${base()}/${created.id}`, a.tokens.viewer)).status).toBe(403);
    expect((await s.json("PATCH", `${base()}/${created.id}`, a.tokens.viewer, { version: 1 })).status).toBe(
      403,
    );
    expect((await s.json("GET", `${base()}/${created.id}`, a.tokens.viewer)).status).toBe(200);
  });
});
