import { ClaimAssertionsSchema, EventMatrixSchema, OutletAssertionsPageSchema } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness";
import { addArticle, addClaim, addEntity, addEvent, jakartaDay, wsPath } from "../../test/ledger-fixtures";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

const HIMALAYA = "Putin bertemu Choe Son Hui di Moskow pada Selasa, kata Kremlin.";
const REPUBLIKA = "Putin bertemu Choe Son-hui di Moskow, Selasa (16/1/2024), menurut Reuters.";

describe("the outlet × claim matrix", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  const ids = {} as Record<string, string>;

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    const putin = await addEntity(s, a, "Putin");
    const choe = await addEntity(s, a, "Choe Son Hui", "person", ["Choe Son-hui"]);
    const moskow = await addEntity(s, a, "Moskow", "place");
    const meeting = await addEvent(s, a, { title: "Putin meets Choe", participantIds: [putin.id, choe.id] });
    const date = await addClaim(s, a, meeting.id, { slot: "date", interval: jakartaDay("2024-01-16") });
    const place = await addClaim(s, a, meeting.id, { slot: "place", entityId: moskow.id });
    const himalaya = await addArticle(s, a, {
      outlet: "Himalayapost.id",
      body: HIMALAYA,
      title: "Putin temui Menlu Korut",
      url: "https://himalayapost.id/putin",
      publishedAt: "2024-01-18",
    });
    const republika = await addArticle(s, a, {
      outlet: "Republika",
      body: REPUBLIKA,
      publishedAt: "2024-01-16",
    });
    const assert = async (articleId: string, claimId: string, exact: string, attribution: object) => {
      const res = await s.json<{ id: string }>("POST", wsPath(a, "assertions"), a.tokens.factchecker, {
        articleId,
        claimId,
        quote: { exact },
        attribution,
      });
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
      return res.body.id;
    };
    await assert(himalaya.id, date.id, "pada Selasa", { kind: "named_org", text: "kata Kremlin" });
    await assert(himalaya.id, place.id, "di Moskow", { kind: "named_org", text: "kata Kremlin" });
    await assert(republika.id, date.id, "Selasa (16/1/2024)", { kind: "wire", text: "menurut Reuters" });
    Object.assign(ids, {
      meeting: meeting.id,
      date: date.id,
      place: place.id,
      himalaya: himalaya.outletId,
      republika: republika.outletId,
      himalayaArticle: himalaya.id,
    });
  });
  afterAll(async () => {
    await s?.close();
  });

  it("lists a claim's asserting articles, earliest publication first, with outlet and quote", async () => {
    const res = await s.json("GET", wsPath(a, `claims/${ids.date}/assertions`), a.tokens.viewer);
    expect(res.status).toBe(200);
    const view = ClaimAssertionsSchema.parse(res.body);
    expect(view.claim.summary).toBe("date: 16 Jan 2024 (day)");
    expect(view.assertions.map((x) => [x.outlet.name, x.quote.exact, x.attribution.kind])).toEqual([
      ["Republika", "Selasa (16/1/2024)", "wire"],
      ["Himalayapost.id", "pada Selasa", "named_org"],
    ]);
    expect(view.assertions[1]?.article).toEqual({
      id: ids.himalayaArticle,
      title: "Putin temui Menlu Korut",
      url: "https://himalayapost.id/putin",
      publishedAt: expect.stringMatching(/^2024-01-1[78]T/),
    });
    expect(view.assertions[1]?.outlet).toEqual({ id: ids.himalaya, name: "Himalayapost.id", kind: "news" });
  });

  it("builds the event matrix: slots as rows, outlets as columns, non-empty cells", async () => {
    const res = await s.json("GET", wsPath(a, `events/${ids.meeting}/matrix`), a.tokens.viewer);
    expect(res.status).toBe(200);
    const m = EventMatrixSchema.parse(res.body);
    expect(m.event.id).toBe(ids.meeting);
    expect(m.slots.map((r) => [r.slot, r.claims.map((c) => c.id)])).toEqual([
      ["date", [ids.date]],
      ["place", [ids.place]],
    ]);
    expect(m.outlets.map((o) => o.name)).toEqual(["Himalayapost.id", "Republika"]);
    const cell = (claimId: string | undefined, outletId: string | undefined) =>
      m.cells
        .find((c) => c.claimId === claimId && c.outletId === outletId)
        ?.assertions.map((x) => x.quote.exact);
    expect(cell(ids.date, ids.himalaya)).toEqual(["pada Selasa"]);
    expect(cell(ids.date, ids.republika)).toEqual(["Selasa (16/1/2024)"]);
    expect(cell(ids.place, ids.himalaya)).toEqual(["di Moskow"]);
    expect(cell(ids.place, ids.republika)).toBeUndefined();
    expect(m.cells).toHaveLength(3);
  });

  it("answers an event without claims with an empty matrix", async () => {
    const empty = await addEvent(s, a, { title: "Nothing yet" });
    const m = EventMatrixSchema.parse(
      (await s.json("GET", wsPath(a, `events/${empty.id}/matrix`), a.tokens.viewer)).body,
    );
    expect(m).toMatchObject({ slots: [], outlets: [], cells: [] });
  });

  it("pages an outlet's assertions with the claim and event each is about", async () => {
    const url = wsPath(a, `outlets/${ids.himalaya}/assertions`);
    const first = OutletAssertionsPageSchema.parse(
      (await s.json("GET", `${url}?limit=1`, a.tokens.viewer)).body,
    );
    expect(first.outlet.name).toBe("Himalayapost.id");
    expect(first.items.map((x) => x.claim.summary)).toEqual(["place: Moskow"]);
    expect(first.items[0]?.event).toEqual({ id: ids.meeting, kind: "meeting", title: "Putin meets Choe" });
    const next = OutletAssertionsPageSchema.parse(
      (await s.json("GET", `${url}?limit=1&cursor=${first.nextCursor}`, a.tokens.viewer)).body,
    );
    expect(next.items.map((x) => x.claim.summary)).toEqual(["date: 16 Jan 2024 (day)"]);
    expect(next.nextCursor).toBeNull();
    expect((await s.json("GET", url, null)).status).toBe(401);
    const missing = wsPath(a, "outlets/00000000-0000-7000-8000-000000000000/assertions");
    expect((await s.json("GET", missing, a.tokens.viewer)).status).toBe(404);
  });
});
