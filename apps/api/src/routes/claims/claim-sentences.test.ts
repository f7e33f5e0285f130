import {
  ClaimAssertionsSchema,
  ClaimSchema,
  type Entity,
  ErrorEnvelopeSchema,
  type Event,
} from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness";
import { addEntity, addEvent, jakartaDay, wsPath } from "../../test/ledger-fixtures";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

describe("claims in words", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let putin: Entity;
  let choe: Entity;
  let meeting: Event;
  const base = () => wsPath(a, "claims");

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    putin = await addEntity(s, a, "Putin");
    choe = await addEntity(s, a, "Choe Son Hui");
    meeting = await addEvent(s, a, { title: "Putin meets Choe", participantIds: [putin.id, choe.id] });
  });
  afterAll(async () => {
    await s?.close();
  });

  it("gives every claim a generated sentence in Indonesian and English", async () => {
    const res = await s.json("POST", base(), a.tokens.factchecker, {
      eventId: meeting.id,
      value: { slot: "date", interval: jakartaDay("2024-01-16") },
    });
    const claim = ClaimSchema.parse(res.body);
    expect(claim.sentence).toEqual({
      id: "Pertemuan Putin–Choe berlangsung pada 16 Januari 2024",
      en: "The Putin–Choe meeting took place on 16 January 2024",
    });
    expect(claim.sentenceOverride).toEqual({ id: null, en: null });
    // The claim page reads the same sentence.
    const page = ClaimAssertionsSchema.parse(
      (await s.json("GET", `${base()}/${claim.id}/assertions`, a.tokens.viewer)).body,
    );
    expect(page.claim.sentence.en).toBe("The Putin–Choe meeting took place on 16 January 2024");
  });

  it("keeps the fact-checker's wording per language, versioned, and goes back to the generated one on null", async () => {
    const created = ClaimSchema.parse(
      (
        await s.json("POST", base(), a.tokens.factchecker, {
          eventId: meeting.id,
          value: { slot: "date", interval: jakartaDay("2024-01-17") },
        })
      ).body,
    );
    const edited = await s.json("PATCH", `${base()}/${created.id}`, a.tokens.factchecker, {
      version: created.version,
      sentence: { id: "Putin menerima Menlu Korut Choe Son Hui pada 17 Januari 2024" },
    });
    expect(edited.status).toBe(200);
    const claim = ClaimSchema.parse(edited.body);
    expect(claim.sentence).toEqual({
      id: "Putin menerima Menlu Korut Choe Son Hui pada 17 Januari 2024",
      en: "The Putin–Choe meeting took place on 17 January 2024",
    });
    expect(claim.sentenceOverride).toEqual({
      id: "Putin menerima Menlu Korut Choe Son Hui pada 17 Januari 2024",
      en: null,
    });
    expect(claim.version).toBe(created.version + 1);
    const stale = await s.json("PATCH", `${base()}/${created.id}`, a.tokens.factchecker, {
      version: created.version,
      sentence: { en: "Putin received Choe" },
    });
    expect(stale.status).toBe(409);
    expect(ErrorEnvelopeSchema.parse(stale.body).error.details).toEqual({ currentVersion: claim.version });
    expect(
      (
        await s.json("PATCH", `${base()}/${created.id}`, a.tokens.viewer, {
          version: claim.version,
          sentence: { en: "x" },
        })
      ).status,
    ).toBe(403);
    const reset = ClaimSchema.parse(
      (
        await s.json("PATCH", `${base()}/${created.id}`, a.tokens.factchecker, {
          version: claim.version,
          sentence: { id: null },
        })
      ).body,
    );
    expect(reset.sentence.id).toBe("Pertemuan Putin–Choe berlangsung pada 17 Januari 2024");
    const empty = await s.json("PATCH", `${base()}/${created.id}`, a.tokens.factchecker, {
      version: reset.version,
      sentence: { en: "   " },
    });
    expect(empty.status).toBe(422);
  });
});
