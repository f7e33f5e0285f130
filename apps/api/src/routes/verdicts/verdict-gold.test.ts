// The reliability engine's gold: what the public sees as published, an event-level verdict counting
// for every claim it rates, and never a draft or a retracted verdict.
import { VerdictSchema } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadLedger } from "../../services/snapshots/ledger";
import { startTestServer, type TestServer } from "../../test/harness";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";
import { recordSummit, type Summit } from "../../test/summit-fixture";

describe("verdicts the reliability engine takes as gold", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let summit: Summit;
  const ws = () => `/api/v1/workspaces/${a.slug}`;
  const gold = async () =>
    (await loadLedger(s.t.db, a.id)).verdicts
      .map((v) => ({
        claimId: v.claimId,
        eventId: v.eventId,
        slot: v.value.slot,
        ratingValue: v.ratingValue,
      }))
      .sort((x, y) => x.claimId.localeCompare(y.claimId));

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    summit = await recordSummit(s, a);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("counts an event-level verdict for each claim it rates, and drops a retracted one", async () => {
    expect(await gold()).toEqual([]);
    // An event-level verdict on the date and the place, published.
    const created = await s.json("POST", `${ws()}/events/${summit.eventId}/verdicts`, a.tokens.factchecker, {
      claimIds: [summit.date.id, summit.place.id],
      ratingKey: "true",
      rationale: "Both sides' readouts: Vostochny, 13 September.",
    });
    expect(created.status).toBe(201);
    const eventVerdict = VerdictSchema.parse(created.body);
    // Still a draft: nothing counts yet.
    expect(await gold()).toEqual([]);
    const publish = await s.json("POST", `${ws()}/verdicts/${eventVerdict.id}/publish`, a.tokens.editor, {
      version: eventVerdict.version,
    });
    expect(publish.status).toBe(200);

    // A verdict on the wrong date, published and then retracted.
    const wrong = VerdictSchema.parse(
      (
        await s.json("PUT", `${ws()}/claims/${summit.wrongDate.id}/verdict`, a.tokens.factchecker, {
          ratingKey: "true",
          rationale: "Read too fast.",
        })
      ).body,
    );
    const wrongPublished = VerdictSchema.parse(
      (
        await s.json("POST", `${ws()}/verdicts/${wrong.id}/publish`, a.tokens.editor, {
          version: wrong.version,
        })
      ).body,
    );
    expect(new Set((await gold()).map((g) => g.claimId))).toEqual(
      new Set([summit.date.id, summit.place.id, summit.wrongDate.id]),
    );
    const retracted = await s.json("POST", `${ws()}/verdicts/${wrong.id}/retract`, a.tokens.editor, {
      version: wrongPublished.version,
      reason: "The wrong day was rated true.",
    });
    expect(retracted.status).toBe(200);

    const expected = [
      { claimId: summit.date.id, eventId: summit.eventId, slot: "date", ratingValue: 5 },
      { claimId: summit.place.id, eventId: summit.eventId, slot: "place", ratingValue: 5 },
    ].sort((x, y) => x.claimId.localeCompare(y.claimId));
    expect(await gold()).toEqual(expected);
  });
});
