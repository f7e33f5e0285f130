import { ClaimSchema, type Entity, ErrorEnvelopeSchema, type Event, pageOf } from "@kroscek/schema";
import { describe, expect } from "vitest";
import { it } from "../../test/fixtures";
import {
  addClaim,
  addEntity,
  addEvent,
  auditActions,
  issuePaths,
  jakartaDay,
  wsPath,
} from "../../test/ledger-fixtures";
import type { SeededWorkspace } from "../../test/seed";

const base = (a: SeededWorkspace) => wsPath(a, "claims");

describe("claims", () => {
  let putin: Entity;
  let choe: Entity;
  let moskow: Entity;
  let meeting: Event;

  it.beforeAll(async ({ server: s, alpha: a, beta: _beta }) => {
    putin = await addEntity(s, a, "Putin");
    choe = await addEntity(s, a, "Choe Son Hui");
    moskow = await addEntity(s, a, "Moskow", "place");
    meeting = await addEvent(s, a, { title: "Putin meets Choe", participantIds: [putin.id, choe.id] });
  });
  it("records a date claim, fills the date columns and generates the summary", async ({
    server: s,
    alpha: a,
  }) => {
    const res = await s.json("POST", base(a), a.tokens.factchecker, {
      eventId: meeting.id,
      value: { slot: "date", interval: jakartaDay("2024-01-16"), expression: "Selasa (16/1/2024)" },
    });
    expect(res.status).toBe(201);
    const claim = ClaimSchema.parse(res.body);
    expect(claim.slot).toBe("date");
    expect(claim.summary).toBe("date: 16 Jan 2024 (day)");
    const [row] = await s.t.db.query.claims.findMany({ where: (t, { eq }) => eq(t.id, claim.id) });
    expect(row?.dateStart?.toISOString()).toBe("2024-01-15T17:00:00.000Z");
    expect(row?.dateEnd?.toISOString()).toBe("2024-01-16T17:00:00.000Z");
    expect(row?.datePrecision).toBe("day");
    expect(ClaimSchema.parse((await s.json("GET", `${base(a)}/${claim.id}`, a.tokens.viewer)).body)).toEqual(
      claim,
    );
  });

  it("summarises every slot readably, and keeps a summary a person wrote", async ({
    server: s,
    alpha: a,
  }) => {
    const summaries = [];
    for (const value of [
      { slot: "place", entityId: moskow.id },
      { slot: "participants", entityIds: [putin.id, choe.id] },
      { slot: "actor", entityId: putin.id },
      { slot: "quantity", amount: 1000, unit: "troops", tolerance: 0.05 },
      { slot: "occurred", occurred: false },
      { slot: "statement", text: "Rusia siap memperdalam kerja sama" },
      {
        slot: "date",
        interval: { start: "2024-05-31T17:00:00Z", end: "2024-06-30T17:00:00Z", precision: "month" },
      },
    ]) {
      summaries.push((await addClaim(s, a, meeting.id, value)).summary);
    }
    expect(summaries).toEqual([
      "place: Moskow",
      "participants: Putin, Choe Son Hui",
      "actor: Putin",
      "quantity: 1000 troops (±5%)",
      "occurred: no",
      "statement: Rusia siap memperdalam kerja sama",
      "date: Jun 2024 (month)",
    ]);
    const custom = await addClaim(
      s,
      a,
      meeting.id,
      { slot: "occurred", occurred: true },
      "The meeting happened",
    );
    expect(custom.summary).toBe("The meeting happened");
  });

  it("lists newest first with a cursor, filtered by event and slot", async ({ server: s, alpha: a }) => {
    const other = await addEvent(s, a, { title: "Other" });
    await addClaim(s, a, other.id, { slot: "statement", text: "Elsewhere" });
    const byEvent = pageOf(ClaimSchema).parse(
      (await s.json("GET", `${base(a)}?eventId=${other.id}`, a.tokens.viewer)).body,
    );
    expect(byEvent.items.map((c) => c.summary)).toEqual(["statement: Elsewhere"]);
    const dates = pageOf(ClaimSchema).parse(
      (await s.json("GET", `${base(a)}?eventId=${meeting.id}&slot=date`, a.tokens.viewer)).body,
    );
    expect(dates.items.map((c) => c.summary)).toEqual(["date: Jun 2024 (month)", "date: 16 Jan 2024 (day)"]);
    const first = pageOf(ClaimSchema).parse(
      (await s.json("GET", `${base(a)}?limit=3`, a.tokens.viewer)).body,
    );
    const second = pageOf(ClaimSchema).parse(
      (await s.json("GET", `${base(a)}?limit=50&cursor=${first.nextCursor}`, a.tokens.viewer)).body,
    );
    expect(first.items).toHaveLength(3);
    expect(second.items).toHaveLength(7);
    expect(second.nextCursor).toBeNull();
  });

  it("edits the value (regenerating a generated summary) and refuses a stale version", async ({
    server: s,
    alpha: a,
  }) => {
    const c = await addClaim(s, a, meeting.id, { slot: "place", entityId: moskow.id });
    const res = await s.json("PATCH", `${base(a)}/${c.id}`, a.tokens.factchecker, {
      value: { slot: "date", interval: jakartaDay("2024-01-17") },
      version: 1,
    });
    expect(res.status).toBe(200);
    const edited = ClaimSchema.parse(res.body);
    expect(edited).toMatchObject({ slot: "date", summary: "date: 17 Jan 2024 (day)", version: 2 });
    const [row] = await s.t.db.query.claims.findMany({ where: (t, { eq }) => eq(t.id, c.id) });
    expect(row?.dateStart?.toISOString()).toBe("2024-01-16T17:00:00.000Z");
    const stale = await s.json("PATCH", `${base(a)}/${c.id}`, a.tokens.factchecker, {
      summary: "x",
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(ErrorEnvelopeSchema.parse(stale.body).error.details).toEqual({ currentVersion: 2 });
    const custom = await addClaim(s, a, meeting.id, { slot: "actor", entityId: putin.id }, "Putin hosted");
    const kept = ClaimSchema.parse(
      (
        await s.json("PATCH", `${base(a)}/${custom.id}`, a.tokens.factchecker, {
          value: { slot: "actor", entityId: choe.id },
          version: 1,
        })
      ).body,
    );
    expect(kept.summary).toBe("Putin hosted");
  });

  it("lets exactly one of two concurrent edits of the same version win", async ({ server: s, alpha: a }) => {
    const c = await addClaim(s, a, meeting.id, { slot: "statement", text: "race" });
    const results = await Promise.all(
      ["one", "two"].map((summary) =>
        s.json("PATCH", `${base(a)}/${c.id}`, a.tokens.factchecker, { summary, version: 1 }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it("writes an audit row for each write", async ({ server: s, alpha: a }) => {
    const c = await addClaim(s, a, meeting.id, { slot: "occurred", occurred: true });
    await s.json("PATCH", `${base(a)}/${c.id}`, a.tokens.factchecker, { summary: "Happened", version: 1 });
    const rows = await auditActions(s, a, c.id);
    expect(rows.map((r) => r.action)).toEqual(["claim.create", "claim.update"]);
    expect((rows[1]?.after as { summary: string } | undefined)?.summary).toBe("Happened");
  });

  it("answers invalid values with 422 naming the paths inside the value", async ({ server: s, alpha: a }) => {
    const wrongSlot = await s.json("POST", base(a), a.tokens.factchecker, {
      eventId: meeting.id,
      value: { slot: "mood" },
    });
    expect(wrongSlot.status).toBe(422);
    expect(issuePaths(wrongSlot.body)).toEqual(["value.slot"]);
    const backwards = await s.json("POST", base(a), a.tokens.factchecker, {
      eventId: meeting.id,
      value: {
        slot: "date",
        interval: { start: "2024-01-17T00:00:00Z", end: "2024-01-16T00:00:00Z", precision: "day" },
      },
    });
    expect(backwards.status).toBe(422);
    expect(issuePaths(backwards.body)).toEqual(["value.interval.end"]);
    const missing = await s.json("POST", base(a), a.tokens.factchecker, {
      value: { slot: "quantity", amount: "many" },
    });
    expect(issuePaths(missing.body)).toEqual(
      expect.arrayContaining(["eventId", "value.amount", "value.unit"]),
    );
  });

  it("answers ids of another workspace inside bodies with 422 naming the field", async ({
    server: s,
    alpha: a,
    beta: b,
  }) => {
    const theirEvent = await addEvent(s, b, { title: "Beta event" });
    const theirEntity = await addEntity(s, b, "Beta Person");
    const event = await s.json("POST", base(a), a.tokens.factchecker, {
      eventId: theirEvent.id,
      value: { slot: "occurred", occurred: true },
    });
    expect(event.status).toBe(422);
    expect(issuePaths(event.body)).toEqual(["eventId"]);
    const place = await s.json("POST", base(a), a.tokens.factchecker, {
      eventId: meeting.id,
      value: { slot: "place", entityId: theirEntity.id },
    });
    expect(issuePaths(place.body)).toEqual(["value.entityId"]);
    const people = await s.json("POST", base(a), a.tokens.factchecker, {
      eventId: meeting.id,
      value: { slot: "participants", entityIds: [putin.id, theirEntity.id] },
    });
    expect(issuePaths(people.body)).toEqual(["value.entityIds.1"]);
    const c = await addClaim(s, a, meeting.id, { slot: "actor", entityId: putin.id });
    const patch = await s.json("PATCH", `${base(a)}/${c.id}`, a.tokens.factchecker, {
      value: { slot: "actor", entityId: theirEntity.id },
      version: 1,
    });
    expect(patch.status).toBe(422);
    expect(issuePaths(patch.body)).toEqual(["value.entityId"]);
  });

  it("hides another workspace's claim behind 404, and refuses anonymous callers and viewers", async ({
    server: s,
    alpha: a,
    beta: b,
  }) => {
    const theirEvent = await addEvent(s, b, { title: "Beta again" });
    const theirs = await addClaim(s, b, theirEvent.id, { slot: "occurred", occurred: true });
    expect((await s.json("GET", `${base(a)}/${theirs.id}`, a.tokens.admin)).status).toBe(404);
    expect((await s.json("GET", `${base(a)}/${theirs.id}/assertions`, a.tokens.admin)).status).toBe(404);
    expect(
      (await s.json("PATCH", `${base(a)}/${theirs.id}`, a.tokens.admin, { summary: "x", version: 1 })).status,
    ).toBe(404);
    expect((await s.json("GET", base(a), null)).status).toBe(401);
    expect((await s.json("POST", base(a), a.tokens.viewer, { bogus: 1 })).status).toBe(403);
  });
});
