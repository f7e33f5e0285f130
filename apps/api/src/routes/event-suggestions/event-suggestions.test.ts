import {
  type EventSuggestion,
  EventSuggestionAcceptResultSchema,
  EventSuggestionListSchema,
  EventSuggestionSchema,
} from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postArticle } from "../../test/article-fixtures";
import { startTestServer, type TestServer } from "../../test/harness";
import { addEntity, wsPath } from "../../test/ledger-fixtures";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";
import { SUMMIT_ARTICLES, SUMMIT_ENTITIES } from "../../test/summit-articles";

describe("same-event suggestions", () => {
  let s: TestServer;
  const list = async (ws: SeededWorkspace, status = "open") => {
    const res = await s.json("GET", wsPath(ws, `event-suggestions?status=${status}`), ws.tokens.viewer);
    expect(res.status).toBe(200);
    return EventSuggestionListSchema.parse(res.body).items;
  };
  const seed = async (slug: string) => {
    const ws = await seedWorkspace(s.t.db, slug);
    for (const [name, kind, aliases] of SUMMIT_ENTITIES) await addEntity(s, ws, name, kind, [...aliases]);
    const articles: Record<string, string> = {};
    for (const a of SUMMIT_ARTICLES) articles[a.outlet] = (await postArticle(s, ws, { ...a })).id;
    return { ws, articles };
  };
  const contradictions = async (ws: SeededWorkspace, eventId: string) =>
    (
      await s.json<{ items: Array<{ ruleId: string }> }>(
        "GET",
        wsPath(ws, `contradictions?eventId=${eventId}`),
        ws.tokens.viewer,
      )
    ).body.items.map((c) => c.ruleId);

  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s?.close();
  });

  /** Groups several outlets share; the others hold one article's sentences. */
  const shared = (groups: EventSuggestion[]) =>
    groups.filter((g) => new Set(g.members.map((m) => m.articleId)).size > 1);

  it("groups the four summit reports on import, with kind, title, members and reasons", async () => {
    const { ws } = await seed("alpha");
    const groups = await list(ws);
    expect(shared(groups)).toHaveLength(1);
    const [summit] = groups;
    expect(shared(groups)[0]).toBe(summit);
    expect(summit?.kind).toBe("meeting");
    expect(summit?.title).toMatch(/^Vladimir Putin – Kim Jong-un · /);
    expect(summit?.members.map((m) => m.outletName).sort()).toEqual([
      "Detik",
      "Kompas",
      "Tempo",
      "Wire English",
    ]);
    const tempo = summit?.members.find((m) => m.outletName === "Tempo");
    expect(tempo).toMatchObject({
      place: "Kosmodrom Vostochny",
      participants: ["Kim Jong-un", "Vladimir Putin"],
    });
    expect(tempo?.date?.text).toBe("Selasa (12/9/2023)");
    expect(summit?.reasons.map((r) => r.code)).toContain("dates_within");
    const places = summit?.reasons.find((r) => r.code === "different_places");
    expect(places?.text.id).toMatch(/^Tempat berbeda: /);
    expect(places?.text.en).toMatch(/^Different places: /);
    // The other reports, which no other outlet shares, are events of their own: one accept each.
    const single = groups.filter((g) => g !== summit);
    expect(single.length).toBeGreaterThan(0);
    expect(single.every((g) => new Set(g.members.map((m) => m.articleId)).size === 1)).toBe(true);
    expect(single.every((g) => g.reasons[0]?.code === "one_article" && g.score <= 0.4)).toBe(true);
  });

  it("accepting an event only one article reports creates it with that sentence's participants", async () => {
    const { ws } = await seed("single");
    const one = (await list(ws)).find(
      (g) => g.members.length === 1 && g.members[0]?.participants.length && g.members[0]?.date,
    );
    expect(one).toBeDefined();
    const res = await s.json(
      "POST",
      wsPath(ws, `event-suggestions/${one?.id}/accept`),
      ws.tokens.factchecker,
      {},
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const result = EventSuggestionAcceptResultSchema.parse(res.body);
    expect(result.event.participantIds.length).toBe(one?.members[0]?.participants.length);
    expect(result.accepted).toHaveLength(1);
    expect(result.accepted[0]?.assertions.length).toBeGreaterThanOrEqual(2);
    const again = await s.json(
      "POST",
      wsPath(ws, `event-suggestions/${one?.id}/accept`),
      ws.tokens.factchecker,
      {},
    );
    expect(again.status).toBe(200);
    expect(EventSuggestionAcceptResultSchema.parse(again.body).event.id).toBe(result.event.id);
    expect((await list(ws)).some((g) => g.id === one?.id)).toBe(false);
  });

  it("a dismissed group stays dismissed through refreshes and new imports", async () => {
    const { ws, articles } = await seed("beta");
    const before = await list(ws);
    const [group] = before;
    const res = await s.json(
      "POST",
      wsPath(ws, `event-suggestions/${group?.id}/dismiss`),
      ws.tokens.factchecker,
    );
    expect(res.status).toBe(200);
    expect(EventSuggestionSchema.parse(res.body).status).toBe("dismissed");
    const refresh = await s.json(
      "POST",
      wsPath(ws, `articles/${articles.Kompas}/suggestions/refresh`),
      ws.tokens.factchecker,
    );
    expect(refresh.status).toBe(200);
    await postArticle(s, ws, {
      outlet: "Other",
      body: "Retno Marsudi tiba di Jakarta pada Selasa (5/9/2023).",
      language: "id",
    });
    const after = await list(ws);
    // The group is not proposed again, nor any group of two or more of its sentences; each of its
    // sentences comes back on its own (not one event, but each may be an event only it reports).
    const keys = new Set(group?.members.map((m) => `${m.articleId}:${m.position.start}`));
    const inside = after.filter((g) =>
      g.members.every((m) => keys.has(`${m.articleId}:${m.position.start}`)),
    );
    expect(inside.every((g) => g.members.length === 1)).toBe(true);
    expect(inside).toHaveLength(group?.members.length ?? -1);
    // Groups outside it keep their ids through the dismissal, the refresh and the import.
    const others = before.filter((g) => g.id !== group?.id).map((g) => g.id);
    expect(
      after
        .filter((g) => others.includes(g.id))
        .map((g) => g.id)
        .sort(),
    ).toEqual([...others].sort());
    expect((await list(ws, "dismissed")).map((g) => g.id)).toEqual([group?.id]);
    const again = await s.json(
      "POST",
      wsPath(ws, `event-suggestions/${group?.id}/dismiss`),
      ws.tokens.factchecker,
    );
    expect(again.status).toBe(200);
  });

  it("accepting creates the event and every member's assertions; again answers the same; exclude leaves one out", async () => {
    const { ws } = await seed("gamma");
    const [group] = await list(ws);
    const detik = group?.members.find((m) => m.outletName === "Detik");
    const res = await s.json(
      "POST",
      wsPath(ws, `event-suggestions/${group?.id}/accept`),
      ws.tokens.factchecker,
      {
        exclude: [detik?.suggestionId],
      },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const first = EventSuggestionAcceptResultSchema.parse(res.body);
    expect(first.event).toMatchObject({ kind: "meeting", title: group?.title });
    expect(first.event.participantIds).toHaveLength(2);
    expect(first.accepted).toHaveLength(3);
    expect(first.left).toEqual([{ suggestionId: detik?.suggestionId, reason: "excluded" }]);
    expect(first.accepted.every((m) => m.assertions.length >= 2)).toBe(true);
    // Tempo's Tuesday against the others' Wednesday: the date conflict surfaces by itself.
    expect(await contradictions(ws, first.event.id)).toContain("date.conflict");
    const open = await list(ws);
    expect(open.some((g) => g.id === group?.id)).toBe(false);
    // The left-out sentence is proposed again, on its own.
    expect(open.filter((g) => g.members.some((m) => m.suggestionId === detik?.suggestionId))).toHaveLength(1);

    const again = await s.json(
      "POST",
      wsPath(ws, `event-suggestions/${group?.id}/accept`),
      ws.tokens.factchecker,
      {
        exclude: [detik?.suggestionId],
      },
    );
    expect(again.status).toBe(200);
    const second = EventSuggestionAcceptResultSchema.parse(again.body);
    expect(second.event.id).toBe(first.event.id);
    expect(second.accepted.flatMap((m) => m.assertions.map((x) => x.id)).sort()).toEqual(
      first.accepted.flatMap((m) => m.assertions.map((x) => x.id)).sort(),
    );
    const events = await s.json<{ items: unknown[] }>(
      "GET",
      wsPath(ws, "events?limit=100"),
      ws.tokens.viewer,
    );
    expect(events.body.items).toHaveLength(1);
  });

  it("extends an existing event with { eventId } when a later report joins the left-out one", async () => {
    const { ws } = await seed("delta");
    const [group] = await list(ws);
    const detik = group?.members.find((m) => m.outletName === "Detik");
    const first = EventSuggestionAcceptResultSchema.parse(
      (
        await s.json("POST", wsPath(ws, `event-suggestions/${group?.id}/accept`), ws.tokens.factchecker, {
          exclude: [detik?.suggestionId],
        })
      ).body,
    );
    await postArticle(s, ws, {
      outlet: "Liputan6",
      body: "Putin bertemu Kim Jong-un di Vladivostok pada Rabu (13/9/2023).",
      publishedAt: "2023-09-14T15:00:00+07:00",
      language: "id",
    });
    const [late] = await list(ws);
    expect(late?.members.map((m) => m.outletName).sort()).toEqual(["Detik", "Liputan6"]);
    const res = await s.json(
      "POST",
      wsPath(ws, `event-suggestions/${late?.id}/accept`),
      ws.tokens.factchecker,
      {
        eventId: first.event.id,
      },
    );
    expect(res.status).toBe(200);
    const extended = EventSuggestionAcceptResultSchema.parse(res.body);
    expect(extended.event.id).toBe(first.event.id);
    expect(await contradictions(ws, first.event.id)).toContain("place.conflict");
  });

  it("answers 404 for another workspace's group and 422 for an exclude that is not a member", async () => {
    const a = await seedWorkspace(s.t.db, "epsilon");
    const { ws } = await seed("zeta");
    const [group] = await list(ws);
    const cross = await s.json(
      "POST",
      wsPath(a, `event-suggestions/${group?.id}/accept`),
      a.tokens.factchecker,
      {},
    );
    expect(cross.status).toBe(404);
    const bad = await s.json(
      "POST",
      wsPath(ws, `event-suggestions/${group?.id}/accept`),
      ws.tokens.factchecker,
      {
        exclude: [a.id],
      },
    );
    expect(bad.status).toBe(422);
    // Leaving every member out records nothing and creates no empty event.
    const none = await s.json<{ error: { code: string } }>(
      "POST",
      wsPath(ws, `event-suggestions/${group?.id}/accept`),
      ws.tokens.factchecker,
      { exclude: group?.members.map((m) => m.suggestionId) },
    );
    expect(none.status).toBe(422);
    expect(none.body.error.code).toBe("validation_failed");
    const events = await s.json<{ items: unknown[] }>("GET", wsPath(ws, "events?limit=10"), ws.tokens.viewer);
    expect(events.body.items).toEqual([]);
    expect((await list(ws)).some((g) => g.id === group?.id)).toBe(true);
    const viewer = await s.json(
      "POST",
      wsPath(ws, `event-suggestions/${group?.id}/dismiss`),
      ws.tokens.viewer,
    );
    expect(viewer.status).toBe(403);
  });
  it("joins a sentence with no date of its own to its article's lead, without the place the crews came from", async () => {
    const ws = await seedWorkspace(s.t.db, "continued");
    const body =
      "Kebakaran melanda Pasar Sentral di Distrik Heram, Kota Jayapura, pada Sabtu malam. " +
      "Seorang petugas mengatakan enam mobil pemadam dikerahkan dari Jalan Raya Sentani.";
    const article = await postArticle(s, ws, {
      outlet: "Papua Hari Ini",
      publishedAt: "2025-06-15T09:00:00+09:00",
      language: "id",
      body,
    });
    const groups = (await list(ws)).filter((g) => g.members.some((m) => m.articleId === article.id));
    expect(groups).toHaveLength(1);
    const [fire] = groups;
    expect(fire?.members.map((m) => m.quote.slice(0, 20))).toEqual([
      "Kebakaran melanda Pa",
      "Seorang petugas meng",
    ]);
    // Where the fire engines came from is not the sentence's place.
    expect(fire?.members[1]?.place).toBeNull();
    expect(fire?.reasons.find((r) => r.code === "continues_lead")?.text).toEqual({
      id: "1 kalimat tanpa tanggal sendiri melanjutkan berita utama artikelnya",
      en: "1 sentence with no date of its own continues its article's lead",
    });
  });
});
