import {
  ArticleSuggestionsSchema,
  ClaimSchema,
  ErrorEnvelopeSchema,
  type Suggestion,
  SuggestionAcceptResultSchema,
  type SuggestionOf,
} from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postArticle } from "../../test/article-fixtures";
import { startTestServer, type TestServer } from "../../test/harness";
import { addEntity, addEvent, jakartaDay, wsPath } from "../../test/ledger-fixtures";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

const BODY =
  "Presiden Vladimir Putin bertemu Kim Jong-un selama lebih dari empat jam di Kosmodrom Vostochny pada Rabu (13/9/2023), kata Dmitry Peskov.\n\n" +
  "Menteri Pertahanan Sergei Shoigu juga bertemu Kim Jong-un pada 26 Juli 2023. Shoigu kemudian kembali ke Moskow.";

describe("accepting a claim suggestion: one assertion per slot the sentence states", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let articleId: string;
  const ids: Record<string, string> = {};
  const path = (rest = "") => wsPath(a, `articles/${articleId}/suggestions${rest}`);
  const items = async () => {
    const res = await s.json("GET", path(), a.tokens.viewer);
    return ArticleSuggestionsSchema.parse(res.body).items;
  };
  const claimOf = async (items: Suggestion[], start: string) => {
    const found = items.find(
      (i): i is SuggestionOf<"claim"> => i.kind === "claim" && i.quote.startsWith(start),
    );
    if (!found) throw new Error(`no claim suggestion starting '${start}'`);
    return found;
  };
  const accept = (id: string, body: object) =>
    s.json("POST", path(`/${id}/accept`), a.tokens.factchecker, body);
  const eventCount = async () =>
    (await s.json<{ items: unknown[] }>("GET", wsPath(a, "events?limit=100"), a.tokens.viewer)).body.items
      .length;

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    ids.putin = (await addEntity(s, a, "Vladimir Putin", "person", ["Putin"])).id;
    ids.kim = (await addEntity(s, a, "Kim Jong-un", "person", ["Kim Jong Un"])).id;
    ids.peskov = (await addEntity(s, a, "Dmitry Peskov", "person", [])).id;
    ids.vostochny = (await addEntity(s, a, "Kosmodrom Vostochny", "place", ["Vostochny Cosmodrome"])).id;
    articleId = (
      await postArticle(s, a, {
        outlet: "Kompas",
        body: BODY,
        publishedAt: "2023-09-14T09:00:00+07:00",
        language: "id",
      })
    ).id;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("creates the event and records date, place, participants and quantity, read from the sentence", async () => {
    const before = await eventCount();
    const meeting = await claimOf(await items(), "Presiden Vladimir Putin");
    const res = await accept(meeting.id, { event: { kind: "meeting", title: "Putin–Kim summit" } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const result = SuggestionAcceptResultSchema.parse(res.body);
    expect(result.event).toMatchObject({ kind: "meeting", title: "Putin–Kim summit" });
    expect(await eventCount()).toBe(before + 1);
    expect(result.suggestion).toMatchObject({ status: "accepted", assertionId: result.assertions[0]?.id });
    expect(result.assertions).toHaveLength(4);
    for (const x of result.assertions) {
      expect(x.quote.exact).toBe(meeting.quote);
      expect(x.attribution).toMatchObject({ kind: "named_person", entityId: ids.peskov });
    }
    const values = await Promise.all(
      result.assertions.map(async (x) => {
        const claim = await s.json("GET", wsPath(a, `claims/${x.claimId}`), a.tokens.viewer);
        return ClaimSchema.parse(claim.body).value;
      }),
    );
    expect(values).toEqual([
      { slot: "date", interval: jakartaDay("2023-09-13"), expression: "Rabu (13/9/2023)" },
      { slot: "place", entityId: ids.vostochny },
      { slot: "participants", entityIds: [ids.putin, ids.kim] },
      { slot: "quantity", amount: 4, unit: "jam", tolerance: 0.5 },
    ]);
  });

  it("accepting again answers the same assertions: no duplicates, no 409, no second event", async () => {
    const meeting = await claimOf(await items(), "Presiden Vladimir Putin");
    const events = await eventCount();
    const first = SuggestionAcceptResultSchema.parse((await accept(meeting.id, {})).body);
    const again = await accept(meeting.id, { event: { kind: "meeting", title: "Putin–Kim summit" } });
    expect(again.status).toBe(200);
    const second = SuggestionAcceptResultSchema.parse(again.body);
    expect(second.assertions.map((x) => x.id)).toEqual(first.assertions.map((x) => x.id));
    expect(second.event?.id).toBe(first.event?.id);
    expect(await eventCount()).toBe(events);
    const stored = await s.json<{ items: unknown[] }>(
      "GET",
      wsPath(a, `assertions?articleId=${articleId}&limit=100`),
      a.tokens.viewer,
    );
    expect(stored.body.items).toHaveLength(4);
    const same = await accept(meeting.id, { eventId: first.event?.id });
    expect(same.status).toBe(200);
  });

  it("records both estimates of a sentence that gives its count twice, once however often it is accepted", async () => {
    const rally = (
      await postArticle(s, a, {
        outlet: "Reuters",
        body: "Police estimated the crowd at about 3,000 people, while organisers put it at more than 8,000.",
        publishedAt: "2024-03-04T09:00:00+07:00",
        language: "en",
      })
    ).id;
    const rallyPath = (rest = "") => wsPath(a, `articles/${rally}/suggestions${rest}`);
    const listed = ArticleSuggestionsSchema.parse(
      (await s.json("GET", rallyPath(), a.tokens.viewer)).body,
    ).items;
    const sentence = await claimOf(listed, "Police estimated the crowd");
    const first = await s.json("POST", rallyPath(`/${sentence.id}/accept`), a.tokens.factchecker, {
      event: { kind: "other", title: "Rally" },
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const result = SuggestionAcceptResultSchema.parse(first.body);
    const values = await Promise.all(
      result.assertions.map(async (x) => {
        const claim = await s.json("GET", wsPath(a, `claims/${x.claimId}`), a.tokens.viewer);
        return ClaimSchema.parse(claim.body).value;
      }),
    );
    expect(values).toEqual([
      { slot: "quantity", amount: 3000, unit: "people", tolerance: 0.1 },
      { slot: "quantity", amount: 8000, unit: "people", tolerance: 0.5 },
    ]);
    const again = SuggestionAcceptResultSchema.parse(
      (await s.json("POST", rallyPath(`/${sentence.id}/accept`), a.tokens.factchecker, {})).body,
    );
    expect(again.assertions.map((x) => x.id)).toEqual(result.assertions.map((x) => x.id));
    const stored = await s.json<{ items: unknown[] }>(
      "GET",
      wsPath(a, `assertions?articleId=${rally}&limit=100`),
      a.tokens.viewer,
    );
    expect(stored.body.items).toHaveLength(2);
  });

  it("records the count of people after a count of places, but not a second count of people", async () => {
    const flood = (
      await postArticle(s, a, {
        outlet: "Kompas",
        body: "Banjir merendam 14 desa di Kabupaten Konawe sejak Sabtu (11/4/2026) dan memaksa sedikitnya dua ribu warga mengungsi.\n\nBanjir itu menewaskan 12 orang dan melukai 40 orang di Kabupaten Konawe pada Sabtu (11/4/2026).",
        publishedAt: "2026-04-12T09:00:00+08:00",
        language: "id",
      })
    ).id;
    const path = (rest = "") => wsPath(a, `articles/${flood}/suggestions${rest}`);
    const listed = ArticleSuggestionsSchema.parse((await s.json("GET", path(), a.tokens.viewer)).body).items;
    const valuesOf = async (suggestionId: string, body: object) => {
      const res = await s.json("POST", path(`/${suggestionId}/accept`), a.tokens.factchecker, body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const result = SuggestionAcceptResultSchema.parse(res.body);
      return {
        event: result.event?.id,
        values: await Promise.all(
          result.assertions.map(
            async (x) =>
              ClaimSchema.parse((await s.json("GET", wsPath(a, `claims/${x.claimId}`), a.tokens.viewer)).body)
                .value,
          ),
        ),
      };
    };
    const villages = await valuesOf((await claimOf(listed, "Banjir merendam 14 desa")).id, {
      event: { kind: "other", title: "Banjir Konawe" },
    });
    expect(villages.values.filter((v) => v.slot === "quantity")).toEqual([
      { slot: "quantity", amount: 14, unit: "desa", tolerance: 0 },
      { slot: "quantity", amount: 2000, unit: "warga", tolerance: 0.5 },
    ]);
    const toll = await valuesOf((await claimOf(listed, "Banjir itu menewaskan")).id, {
      eventId: villages.event,
    });
    expect(toll.values.filter((v) => v.slot === "quantity")).toEqual([
      { slot: "quantity", amount: 12, unit: "orang", tolerance: 0 },
    ]);
  });

  it("answers 409 when the suggestion is named into another event than the one it was accepted into", async () => {
    const meeting = await claimOf(await items(), "Presiden Vladimir Putin");
    const other = await addEvent(s, a, { title: "Another meeting" });
    const res = await accept(meeting.id, { eventId: other.id });
    expect(res.status).toBe(409);
  });

  it("accepts a new_entity suggestion: the entity is created and its mentions resolve", async () => {
    const proposal = (await items()).find(
      (i) => i.kind === "new_entity" && i.details.name === "Sergei Shoigu",
    );
    if (!proposal) throw new Error("no new_entity suggestion for Sergei Shoigu");
    const shoiguClaim = await claimOf(await items(), "Menteri Pertahanan");
    expect(shoiguClaim.details.participants.some((p) => p.entityId === null)).toBe(true);
    const res = await accept(proposal.id, {});
    expect(res.status).toBe(201);
    const { entity, suggestion } = SuggestionAcceptResultSchema.parse(res.body);
    expect(entity).toMatchObject({ canonicalName: "Sergei Shoigu", kind: "person" });
    expect(suggestion.status).toBe("accepted");
    const after = await items();
    const mention = after.find(
      (i): i is SuggestionOf<"entity"> => i.kind === "entity" && i.quote === "Sergei Shoigu",
    );
    expect(mention?.details.entityId).toBe(entity?.id);
    const claim = await claimOf(after, "Menteri Pertahanan");
    expect(claim.details.participants.map((p) => p.entityId)).toEqual([entity?.id, ids.kim]);
    const again = await accept(proposal.id, {});
    expect(again.status).toBe(200);
    expect(SuggestionAcceptResultSchema.parse(again.body).entity?.id).toBe(entity?.id);
  });

  it("answers 422 naming eventId when a claim suggestion is accepted without an event", async () => {
    const claim = await claimOf(await items(), "Menteri Pertahanan");
    const res = await accept(claim.id, {});
    expect(res.status).toBe(422);
    const details = ErrorEnvelopeSchema.parse(res.body).error.details as { issues: Array<{ path: string }> };
    expect(details.issues.map((i) => i.path)).toEqual(["eventId"]);
    const both = await accept(claim.id, { eventId: claim.id, event: { kind: "meeting", title: "x" } });
    expect(both.status).toBe(422);
  });

  it("records the participants the extractor read in the article, short names included", async () => {
    // "Belousov" alone names Andrei Belousov only through the article's full name; read alone, the
    // quote would name North Korea (the minister's country) and not him.
    const belousov = (await addEntity(s, a, "Andrei Belousov", "person", [])).id;
    const kang = (await addEntity(s, a, "Kang Sun-nam", "person", [])).id;
    await addEntity(s, a, "Korea Utara", "country", []);
    const second = (
      await postArticle(s, a, {
        outlet: "Kompas",
        body:
          "Menteri Pertahanan Rusia Andrei Belousov tiba di Pyongyang pada Selasa (25/7/2023).\n\n" +
          "Belousov kemudian bertemu Menteri Pertahanan Korea Utara Kang Sun-nam pada Rabu (26/7/2023).",
        publishedAt: "2023-07-27T09:00:00+07:00",
        language: "id",
      })
    ).id;
    const list = ArticleSuggestionsSchema.parse(
      (await s.json("GET", wsPath(a, `articles/${second}/suggestions`), a.tokens.viewer)).body,
    ).items;
    const met = list.find(
      (i): i is SuggestionOf<"claim"> => i.kind === "claim" && i.quote.startsWith("Belousov kemudian"),
    );
    expect(
      met?.details.participants.map((p) => p.entityId),
      JSON.stringify(met?.details.participants),
    ).toEqual([belousov, kang]);
    const res = await s.json(
      "POST",
      wsPath(a, `articles/${second}/suggestions/${met?.id}/accept`),
      a.tokens.factchecker,
      { event: { kind: "meeting", title: "Belousov–Kang talks" } },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const result = SuggestionAcceptResultSchema.parse(res.body);
    const values = await Promise.all(
      result.assertions.map(
        async (x) =>
          ClaimSchema.parse((await s.json("GET", wsPath(a, `claims/${x.claimId}`), a.tokens.viewer)).body)
            .value,
      ),
    );
    expect(values).toContainEqual({ slot: "participants", entityIds: [belousov, kang] });
  });
});
