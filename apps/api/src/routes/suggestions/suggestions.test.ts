import {
  ArticleSuggestionsSchema,
  AssertionSchema,
  ErrorEnvelopeSchema,
  type Suggestion,
  SuggestionAcceptResultSchema,
  type SuggestionKind,
  type SuggestionOf,
  SuggestionRefreshResultSchema,
} from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDemoArticle } from "../../demo/load-demo";
import { postArticle } from "../../test/article-fixtures";
import { startTestServer, type TestServer } from "../../test/harness";
import { addClaim, addEntity, addEvent, auditActions, jakartaDay, wsPath } from "../../test/ledger-fixtures";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

const SEED_002 = readDemoArticle("002_38682418aceb3944.txt");
/** The body's text between code point offsets, as the API's positions count. */
const atCodePoints = (body: string, p: { start: number; end: number }) =>
  Array.from(body).slice(p.start, p.end).join("");

describe("article suggestions", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let b: SeededWorkspace;
  let articleId: string;
  let betaArticleId: string;
  const entityIds: Record<string, string> = {};
  const path = (rest = "", ws: SeededWorkspace = a, id = articleId) =>
    wsPath(ws, `articles/${id}/suggestions${rest}`);
  const list = async (token = a.tokens.viewer, query = "") => {
    const res = await s.json("GET", path(query), token);
    expect(res.status).toBe(200);
    return ArticleSuggestionsSchema.parse(res.body);
  };
  const find = <K extends SuggestionKind>(items: Suggestion[], kind: K, quote: string) => {
    const found = items.find((i): i is SuggestionOf<K> => i.kind === kind && i.quote === quote);
    if (!found) throw new Error(`no ${kind} suggestion '${quote}'`);
    return found;
  };

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    b = await seedWorkspace(s.t.db, "beta");
    for (const [key, name, kind, aliases] of [
      ["peskov", "Dmitry Peskov", "person", ["Peskov"]],
      ["putin", "Vladimir Putin", "person", ["Putin"]],
      ["choe", "Choe Son Hui", "person", ["Choe Son-hui"]],
      ["dprk", "Korea Utara", "country", ["Korut", "DPRK"]],
      ["moscow", "Moskow", "place", ["Moscow"]],
    ] as const) {
      entityIds[key] = (await addEntity(s, a, name, kind, [...aliases])).id;
    }
    const article = await postArticle(s, a, {
      outlet: "Republika",
      body: SEED_002,
      publishedAt: "2024-01-18T08:25:00+07:00",
      wireCredit: "Reuters",
      language: "id",
    });
    articleId = article.id;
    betaArticleId = (await postArticle(s, b, { outlet: "Beta Post", body: SEED_002 }, b.tokens.factchecker))
      .id;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("computes suggestions on import: dates, wire attribution, furniture, entities, claims", async () => {
    const { items, counts, language } = await list();
    expect(language).toBe("id");
    for (const kind of ["claim", "date", "attribution", "entity", "furniture"])
      expect(counts[kind]).toBeGreaterThan(0);
    for (const item of items) expect(atCodePoints(SEED_002, item.position)).toBe(item.quote);

    const tuesday = find(items, "date", "Selasa (16/1/2024)");
    expect(tuesday.details).toMatchObject({ status: "resolved", interval: jakartaDay("2024-01-16") });
    expect(tuesday.confidence).toBeGreaterThan(0.5);

    const wire = items.find((i) => i.kind === "attribution" && i.details.attributionKind === "wire");
    expect(wire?.quote).toBe("sumber : reuters");

    expect(find(items, "furniture", "Baca Juga").details).toMatchObject({ reason: "related_links" });
    const furniture = items.filter((i) => i.kind === "furniture").map((i) => i.details.reason);
    expect(furniture).toEqual(
      expect.arrayContaining(["byline", "photo_caption", "advertisement", "more_news"]),
    );

    const korut = items.filter(
      (i): i is SuggestionOf<"entity"> => i.kind === "entity" && i.quote === "Korut",
    );
    expect(korut.length).toBeGreaterThanOrEqual(5);
    expect(korut.every((i) => i.details.entityId === entityIds.dprk)).toBe(true);
    expect(find(items, "entity", "Choe Son-hui").details.entityId).toBe(entityIds.choe);

    const meeting = items.find(
      (i): i is SuggestionOf<"claim"> => i.kind === "claim" && i.quote.includes("Selasa (16/1/2024)"),
    );
    expect(meeting?.details).toMatchObject({ eventKind: "meeting" });
    const participants = (meeting?.details.participants ?? []).map((p) => p.entityId);
    expect(participants).toEqual(expect.arrayContaining([entityIds.choe, entityIds.putin]));

    const peskov = items.find((i) => i.kind === "attribution" && i.quote === "kata Peskov");
    expect(peskov?.details).toMatchObject({ attributionKind: "named_person", entityId: entityIds.peskov });
  });

  it("filters by kind", async () => {
    const dates = await list(a.tokens.viewer, "?kind=date");
    expect(dates.items.length).toBeGreaterThanOrEqual(5);
    expect(dates.items.every((i) => i.kind === "date")).toBe(true);
  });

  it("accepts a suggestion as an assertion whose quote anchors, once", async () => {
    const event = await addEvent(s, a, {
      title: "Putin meets Choe",
      participantIds: [entityIds.putin ?? ""],
    });
    const claim = await addClaim(s, a, event.id, { slot: "date", interval: jakartaDay("2024-01-16") });
    const tuesday = find((await list()).items, "date", "Selasa (16/1/2024)");

    const res = await s.json("POST", path(`/${tuesday.id}/accept`), a.tokens.factchecker, {
      claimId: claim.id,
      attribution: { kind: "wire", text: "sumber : reuters" },
    });
    expect(res.status).toBe(201);
    const { suggestion, assertion } = SuggestionAcceptResultSchema.parse(res.body);
    if (!assertion) throw new Error("no assertion");
    expect(assertion.quote.exact).toBe("Selasa (16/1/2024)");
    expect(assertion.position).toEqual(tuesday.position);
    expect(atCodePoints(SEED_002, assertion.position)).toBe(assertion.quote.exact);
    expect(assertion.attribution).toMatchObject({ kind: "wire" });
    expect(suggestion).toMatchObject({ status: "accepted", assertionId: assertion.id });

    const stored = await s.json("GET", wsPath(a, `assertions/${assertion.id}`), a.tokens.viewer);
    expect(AssertionSchema.parse(stored.body).articleId).toBe(articleId);
    expect((await auditActions(s, a, tuesday.id)).map((r) => r.action)).toEqual(["suggestion.accept"]);

    // Accepting again answers the same assertion; accepting it for another claim is a conflict.
    const again = await s.json("POST", path(`/${tuesday.id}/accept`), a.tokens.factchecker, {
      claimId: claim.id,
    });
    expect(again.status).toBe(200);
    expect(SuggestionAcceptResultSchema.parse(again.body).assertions.map((x) => x.id)).toEqual([
      assertion.id,
    ]);
    const other = await addClaim(s, a, event.id, { slot: "statement", text: "Putin met Choe" });
    const elsewhere = await s.json("POST", path(`/${tuesday.id}/accept`), a.tokens.factchecker, {
      claimId: other.id,
    });
    expect(elsewhere.status).toBe(409);
  });

  it("defaults the attribution to the one the extractor found", async () => {
    const event = await addEvent(s, a, { kind: "statement", title: "Peskov on ties" });
    const claim = await addClaim(s, a, event.id, { slot: "actor", entityId: entityIds.peskov });
    const said = (await list()).items.find((i) => i.kind === "attribution" && i.quote === "kata Peskov");
    const res = await s.json("POST", path(`/${said?.id}/accept`), a.tokens.editor, { claimId: claim.id });
    expect(res.status).toBe(201);
    const { assertion } = SuggestionAcceptResultSchema.parse(res.body);
    expect(assertion?.attribution).toMatchObject({ kind: "named_person", entityId: entityIds.peskov });
  });

  it("recomputes on refresh, keeping accepted suggestions and using new entities", async () => {
    const before = await list();
    expect(before.items.some((i) => i.kind === "entity" && i.quote === "Kremlin")).toBe(false);
    const kremlin = await addEntity(s, a, "Kremlin", "organisation");
    const res = await s.json("POST", path("/refresh"), a.tokens.factchecker);
    expect(res.status).toBe(200);
    const after = SuggestionRefreshResultSchema.parse(res.body);
    expect(after.replaced).toBeGreaterThan(0);
    expect(after.items.filter((i) => i.status === "accepted")).toHaveLength(2);
    expect(after.items.filter((i) => i.kind === "date" && i.quote === "Selasa (16/1/2024)")).toHaveLength(1);
    expect(find(after.items, "entity", "Kremlin").details.entityId).toBe(kremlin.id);
  });

  it("keeps an accepted suggestion when its assertion is deleted, clearing the link", async () => {
    const accepted = (await list(a.tokens.viewer, "?status=accepted")).items;
    const target = accepted.find((i) => i.kind === "attribution");
    expect(target?.assertionId).toBeTruthy();
    const del = await s.json("DELETE", wsPath(a, `assertions/${target?.assertionId}`), a.tokens.factchecker);
    expect(del.status).toBe(204);
    const after = (await list(a.tokens.viewer, "?status=accepted")).items.find((i) => i.id === target?.id);
    expect(after).toMatchObject({ status: "accepted", assertionId: null });
  });

  it("refuses to turn furniture into an assertion (422)", async () => {
    const event = await addEvent(s, a, { title: "Furniture" });
    const claim = await addClaim(s, a, event.id, { slot: "statement", text: "x" });
    const baca = find((await list()).items, "furniture", "Baca Juga");
    const res = await s.json("POST", path(`/${baca.id}/accept`), a.tokens.factchecker, { claimId: claim.id });
    expect(res.status).toBe(422);
  });

  it("hides other workspaces' articles and suggestions behind 404", async () => {
    expect((await s.json("GET", path("", a, betaArticleId), a.tokens.admin)).status).toBe(404);
    expect((await s.json("POST", path("/refresh", a, betaArticleId), a.tokens.admin)).status).toBe(404);
    expect((await s.json("GET", path("", a), b.tokens.admin)).status).toBe(404);
    const theirs = (await s.json("GET", path("", b, betaArticleId), b.tokens.viewer)).body;
    const item = ArticleSuggestionsSchema.parse(theirs).items.find((i) => i.kind === "date");
    const event = await addEvent(s, a, { title: "Cross" });
    const claim = await addClaim(s, a, event.id, { slot: "statement", text: "x" });
    const cross = await s.json("POST", path(`/${item?.id}/accept`), a.tokens.admin, { claimId: claim.id });
    expect(cross.status).toBe(404);
    expect(ErrorEnvelopeSchema.parse(cross.body).error.code).toBe("not_found");
  });

  it("serves rows stored before a details field existed, with the field's fallback", async () => {
    const stored = async () => {
      const res = await s.json("GET", path("", b, betaArticleId), b.tokens.viewer);
      expect(res.status).toBe(200);
      return ArticleSuggestionsSchema.parse(res.body).items;
    };
    const before = await stored();
    const placed = before.find(
      (i): i is SuggestionOf<"claim"> => i.kind === "claim" && i.details.place !== null,
    );
    if (!placed) throw new Error("the article has no claim naming a place");
    // As an older extractor stored them: places without a gazetteer id, dates without `furniture`,
    // furniture without its label, a participant list with an unreadable entry.
    const oldForm = [
      `jsonb_set(details, '{place}', (details->'place') - 'gazetteerId') where kind = 'claim' and jsonb_typeof(details->'place') = 'object'`,
      `jsonb_set(details, '{participants}', details->'participants' || '["unreadable"]'::jsonb) where kind = 'claim'`,
      `details - 'furniture' where kind = 'date'`,
      `details - 'label' where kind = 'furniture'`,
    ];
    for (const change of oldForm)
      await s.t.executeSql(`update article_suggestions set details = ${change} and article_id = $1`, [
        betaArticleId,
      ]);
    const after = await stored();
    expect(after.map((i) => i.id)).toEqual(before.map((i) => i.id));
    const claim = after.find((i): i is SuggestionOf<"claim"> => i.id === placed.id);
    expect(claim?.details.place).toEqual({ ...placed.details.place, gazetteerId: null });
    expect(claim?.details.participants).toEqual(placed.details.participants);
    for (const date of after.filter((i) => i.kind === "date")) expect(date.details.furniture).toBe(false);
    for (const f of after.filter((i) => i.kind === "furniture")) expect(f.details.label).toBe("");
  });

  it("answers 403 to a viewer's accept or refresh and 401 without credentials", async () => {
    const some = (await list()).items.find((i) => i.kind === "date" && i.status === "open");
    const accept = await s.json("POST", path(`/${some?.id}/accept`), a.tokens.viewer, { bogus: true });
    expect(accept.status).toBe(403);
    expect((await s.json("POST", path("/refresh"), a.tokens.viewer)).status).toBe(403);
    expect((await s.json("GET", path(), null)).status).toBe(401);
    expect((await s.json("POST", path(`/${some?.id}/accept`), null, {})).status).toBe(401);
  });

  it("answers 422 to an accept without a claim", async () => {
    const some = (await list()).items.find((i) => i.kind === "date" && i.status === "open");
    const res = await s.json("POST", path(`/${some?.id}/accept`), a.tokens.factchecker, {});
    expect(res.status).toBe(422);
  });
});
