import { type Entity, ErrorEnvelopeSchema, EventSchema, pageOf } from "@kroscek/schema";
import { describe, expect } from "vitest";
import { it } from "../../test/fixtures";
import { addEntity, addEvent, auditActions, issuePaths, wsPath } from "../../test/ledger-fixtures";
import type { SeededWorkspace } from "../../test/seed";

const base = (a: SeededWorkspace) => wsPath(a, "events");

describe("events", () => {
  let putin: Entity;
  let choe: Entity;
  let moskow: Entity;
  let foreign: Entity;

  it.beforeAll(async ({ server: s, alpha: a, beta: b }) => {
    putin = await addEntity(s, a, "Vladimir Putin");
    choe = await addEntity(s, a, "Choe Son Hui");
    moskow = await addEntity(s, a, "Moskow", "place");
    foreign = await addEntity(s, b, "Beta Person");
  });
  it("records an event with place and participants (duplicates collapse)", async ({
    server: s,
    alpha: a,
  }) => {
    const res = await s.json("POST", base(a), a.tokens.factchecker, {
      kind: "meeting",
      title: "Putin meets Choe Son Hui",
      description: "Moscow, January 2024",
      placeEntityId: moskow.id,
      participantIds: [choe.id, putin.id, choe.id],
    });
    expect(res.status).toBe(201);
    const event = EventSchema.parse(res.body);
    expect(event.participantIds).toEqual([putin.id, choe.id]);
    expect(event.placeEntityId).toBe(moskow.id);
    const got = EventSchema.parse((await s.json("GET", `${base(a)}/${event.id}`, a.tokens.viewer)).body);
    expect(got).toEqual(event);
  });

  it("lists newest first with a cursor, filtered by kind, participant and title", async ({
    server: s,
    alpha: a,
  }) => {
    await addEvent(s, a, { kind: "visit", title: "Lavrov in Pyongyang" });
    await addEvent(s, a, { kind: "visit", title: "Putin in Pyongyang", participantIds: [putin.id] });
    const page = pageOf(EventSchema).parse((await s.json("GET", `${base(a)}?limit=2`, a.tokens.viewer)).body);
    expect(page.items.map((e) => e.title)).toEqual(["Putin in Pyongyang", "Lavrov in Pyongyang"]);
    const next = pageOf(EventSchema).parse(
      (await s.json("GET", `${base(a)}?limit=2&cursor=${page.nextCursor}`, a.tokens.viewer)).body,
    );
    expect(next.items.map((e) => e.title)).toEqual(["Putin meets Choe Son Hui"]);
    const visits = pageOf(EventSchema).parse(
      (await s.json("GET", `${base(a)}?kind=visit`, a.tokens.viewer)).body,
    );
    expect(visits.items).toHaveLength(2);
    const withPutin = pageOf(EventSchema).parse(
      (await s.json("GET", `${base(a)}?entityId=${putin.id}`, a.tokens.viewer)).body,
    );
    expect(withPutin.items.map((e) => e.title)).toEqual(["Putin in Pyongyang", "Putin meets Choe Son Hui"]);
    const text = pageOf(EventSchema).parse(
      (await s.json("GET", `${base(a)}?q=lavrov`, a.tokens.viewer)).body,
    );
    expect(text.items.map((e) => e.title)).toEqual(["Lavrov in Pyongyang"]);
  });

  it("replaces participants on PATCH, keeps them when omitted, and refuses a stale version", async ({
    server: s,
    alpha: a,
  }) => {
    const e = await addEvent(s, a, { title: "Talks", participantIds: [putin.id] });
    const kept = EventSchema.parse(
      (
        await s.json("PATCH", `${base(a)}/${e.id}`, a.tokens.factchecker, {
          title: "Talks in Moscow",
          version: 1,
        })
      ).body,
    );
    expect(kept.participantIds).toEqual([putin.id]);
    expect(kept.kind).toBe("meeting");
    const replaced = EventSchema.parse(
      (
        await s.json("PATCH", `${base(a)}/${e.id}`, a.tokens.factchecker, {
          participantIds: [choe.id],
          version: 2,
        })
      ).body,
    );
    expect(replaced.participantIds).toEqual([choe.id]);
    const stale = await s.json("PATCH", `${base(a)}/${e.id}`, a.tokens.factchecker, {
      title: "x",
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(ErrorEnvelopeSchema.parse(stale.body).error.details).toEqual({ currentVersion: 3 });
  });

  it("lets exactly one of two concurrent edits of the same version win", async ({ server: s, alpha: a }) => {
    const e = await addEvent(s, a, { title: "Race" });
    const results = await Promise.all(
      [[putin.id], [choe.id]].map((participantIds) =>
        s.json("PATCH", `${base(a)}/${e.id}`, a.tokens.factchecker, { participantIds, version: 1 }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const won = EventSchema.parse(results.find((r) => r.status === 200)?.body);
    const now = EventSchema.parse((await s.json("GET", `${base(a)}/${e.id}`, a.tokens.viewer)).body);
    expect(now.participantIds).toEqual(won.participantIds);
  });

  it("writes an audit row for each write", async ({ server: s, alpha: a }) => {
    const e = await addEvent(s, a, { title: "Audited" });
    await s.json("PATCH", `${base(a)}/${e.id}`, a.tokens.factchecker, {
      participantIds: [putin.id],
      version: 1,
    });
    const rows = await auditActions(s, a, e.id);
    expect(rows.map((r) => r.action)).toEqual(["event.create", "event.update"]);
    expect((rows[1]?.before as { participantIds: string[] } | undefined)?.participantIds).toEqual([]);
    expect((rows[1]?.after as { participantIds: string[] } | undefined)?.participantIds).toEqual([putin.id]);
  });

  it("answers invalid fields with 422 naming the paths", async ({ server: s, alpha: a }) => {
    const res = await s.json("POST", base(a), a.tokens.factchecker, {
      kind: "party",
      title: "",
      participantIds: ["x"],
    });
    expect(res.status).toBe(422);
    expect(issuePaths(res.body)).toEqual(expect.arrayContaining(["kind", "title", "participantIds.0"]));
  });

  it("answers entity ids of another workspace inside bodies with 422 naming the field", async ({
    server: s,
    alpha: a,
  }) => {
    const place = await s.json("POST", base(a), a.tokens.factchecker, {
      kind: "meeting",
      title: "Somewhere",
      placeEntityId: foreign.id,
    });
    expect(place.status).toBe(422);
    expect(issuePaths(place.body)).toEqual(["placeEntityId"]);
    const part = await s.json("POST", base(a), a.tokens.factchecker, {
      kind: "meeting",
      title: "Someone",
      participantIds: [putin.id, foreign.id],
    });
    expect(part.status).toBe(422);
    expect(issuePaths(part.body)).toEqual(["participantIds.1"]);
    const e = await addEvent(s, a, { title: "Patched" });
    const patch = await s.json("PATCH", `${base(a)}/${e.id}`, a.tokens.factchecker, {
      participantIds: [foreign.id],
      version: 1,
    });
    expect(patch.status).toBe(422);
    expect(issuePaths(patch.body)).toEqual(["participantIds.0"]);
  });

  it("hides another workspace's event behind 404", async ({ server: s, alpha: a, beta: b }) => {
    const theirs = await addEvent(s, b, { title: "Beta event" });
    expect((await s.json("GET", `${base(a)}/${theirs.id}`, a.tokens.admin)).status).toBe(404);
    expect((await s.json("GET", `${base(a)}/${theirs.id}/matrix`, a.tokens.admin)).status).toBe(404);
    const patch = await s.json("PATCH", `${base(a)}/${theirs.id}`, a.tokens.admin, {
      title: "x",
      version: 1,
    });
    expect(patch.status).toBe(404);
  });

  it("answers 401 without credentials and 403 to viewers' writes", async ({ server: s, alpha: a }) => {
    expect((await s.json("GET", base(a), null)).status).toBe(401);
    expect((await s.json("POST", base(a), a.tokens.viewer, { bogus: true })).status).toBe(403);
    const e = await addEvent(s, a, { title: "Viewer target" });
    expect((await s.json("PATCH", `${base(a)}/${e.id}`, a.tokens.viewer, { version: 1 })).status).toBe(403);
  });
});
