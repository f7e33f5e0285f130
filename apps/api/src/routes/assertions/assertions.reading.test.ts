import { AssertionCreatedSchema, ErrorEnvelopeSchema } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postArticle } from "../../test/article-fixtures";
import { startTestServer, type TestServer } from "../../test/harness";
import { addClaim, addEntity, addEvent, jakartaDay, wsPath } from "../../test/ledger-fixtures";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

const KOMPAS =
  "Presiden Rusia Vladimir Putin menerima Kim Jong-un di Vladivostok pada Selasa (12/9/2023). " +
  "Pertemuan itu berlangsung lebih dari empat jam.";
const TEMPO = "Putin bertemu Kim Jong Un di Vladivostok pada Rabu (13/9/2023), kata Kremlin.";
const DETIK = "Putin dan Kim Jong-un bertemu pada Selasa di Moskow.";
const JUNE = "Putin berkunjung ke Pyongyang pada Juni 2024.";
const DAY = "Putin tiba di Pyongyang pada 19/6/2024 untuk kunjungan dua hari.";

type Details = {
  reason: string;
  tried?: Array<{ reader: string }>;
  read?: Array<{ text: string }>;
};

describe("assertions of an event slot: the value is read from the quote", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  const ids: Record<string, string> = {};
  const post = (body: object) => s.json("POST", wsPath(a, "assertions"), a.tokens.factchecker, body);
  const created = async (body: object) => {
    const res = await post(body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return AssertionCreatedSchema.parse(res.body);
  };
  const details = (body: unknown) => ErrorEnvelopeSchema.parse(body).error.details as Details;
  const contradictions = async (eventId: string) => {
    const res = await s.json<{ items: Array<{ ruleId: string }> }>(
      "GET",
      wsPath(a, `contradictions?eventId=${eventId}`),
      a.tokens.viewer,
    );
    return res.body.items.map((c) => c.ruleId);
  };
  const article = async (outlet: string, body: string, publishedAt?: string) =>
    (await postArticle(s, a, { outlet, body, publishedAt, language: "id" })).id;

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    ids.putin = (await addEntity(s, a, "Vladimir Putin", "person", ["Putin"])).id;
    ids.kim = (await addEntity(s, a, "Kim Jong-un", "person", [])).id;
    ids.vladivostok = (await addEntity(s, a, "Vladivostok", "place", ["Владивосток"])).id;
    ids.moscow = (await addEntity(s, a, "Moskow", "place", ["Moscow"])).id;
    ids.pyongyang = (await addEntity(s, a, "Pyongyang", "place", [])).id;
    ids.kompas = await article("Kompas", KOMPAS, "2023-09-14T10:00:00+07:00");
    ids.tempo = await article("Tempo", TEMPO, "2023-09-14T11:00:00+07:00");
    // Published Thursday 14 September: "pada Selasa" is 12 September.
    ids.detik = await article("Detik", DETIK, "2023-09-14T12:00:00+07:00");
    ids.june = await article("Antara", JUNE, "2024-06-25");
    ids.day = await article("Republika", DAY, "2024-06-20");
    ids.summit = (await addEvent(s, a, { title: "Putin–Kim summit 2023" })).id;
    ids.visit = (await addEvent(s, a, { kind: "visit", title: "Putin in Pyongyang 2024" })).id;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("two outlets linked to one date slot with different days give a date conflict", async () => {
    const kompas = await created({
      articleId: ids.kompas,
      eventId: ids.summit,
      slot: "date",
      quote: { exact: "pada Selasa (12/9/2023)" },
    });
    expect(kompas.claim.value).toMatchObject({ slot: "date", interval: jakartaDay("2023-09-12") });
    const tempo = await created({
      articleId: ids.tempo,
      eventId: ids.summit,
      slot: "date",
      quote: { exact: "pada Rabu (13/9/2023)" },
    });
    expect(tempo.claim.id).not.toBe(kompas.claim.id);
    expect(tempo.claim.value).toMatchObject({ interval: jakartaDay("2023-09-13") });
    expect(await contradictions(ids.summit as string)).toEqual(["date.conflict"]);
  });

  it("a relative date resolved to the same day shares the claim and corroborates", async () => {
    const detik = await created({
      articleId: ids.detik,
      eventId: ids.summit,
      slot: "date",
      quote: { exact: "pada Selasa" },
    });
    expect(detik.claim.value).toMatchObject({ interval: jakartaDay("2023-09-12") });
    const claims = await s.json<{ items: Array<{ id: string }> }>(
      "GET",
      wsPath(a, `claims?eventId=${ids.summit}&slot=date`),
      a.tokens.viewer,
    );
    expect(claims.body.items).toHaveLength(2);
    const matrix = await s.json<{ rows: unknown[] }>(
      "GET",
      wsPath(a, `events/${ids.summit}/matrix`),
      a.tokens.viewer,
    );
    expect(matrix.status).toBe(200);
    // Still the one Kompas–Tempo conflict and the Detik–Tempo one; Kompas and Detik agree.
    expect((await contradictions(ids.summit as string)).filter((r) => r === "date.conflict")).toHaveLength(2);
  });

  it("'Juni 2024' and '19/6/2024' agree: two claims, no conflict", async () => {
    const june = await created({
      articleId: ids.june,
      eventId: ids.visit,
      slot: "date",
      quote: { exact: "pada Juni 2024" },
    });
    const day = await created({
      articleId: ids.day,
      eventId: ids.visit,
      slot: "date",
      quote: { exact: "pada 19/6/2024" },
    });
    expect(june.claim.value).toMatchObject({ interval: { precision: "month" } });
    expect(day.claim.id).not.toBe(june.claim.id);
    expect(await contradictions(ids.visit as string)).toEqual([]);
  });

  it("reads places through aliases, participants through spellings and quantities with number words", async () => {
    const place = await created({
      articleId: ids.tempo,
      eventId: ids.summit,
      slot: "place",
      quote: { exact: "Putin bertemu Kim Jong Un di Vladivostok" },
    });
    expect(place.claim.value).toEqual({ slot: "place", entityId: ids.vladivostok });
    const other = await created({
      articleId: ids.detik,
      eventId: ids.summit,
      slot: "place",
      quote: { exact: "di Moskow" },
    });
    expect(other.claim.value).toEqual({ slot: "place", entityId: ids.moscow });
    expect(await contradictions(ids.summit as string)).toContain("place.conflict");
    const who = await created({
      articleId: ids.tempo,
      eventId: ids.summit,
      slot: "participants",
      quote: { exact: "Putin bertemu Kim Jong Un" },
    });
    expect(who.claim.value).toEqual({ slot: "participants", entityIds: [ids.putin, ids.kim] });
    const hours = await created({
      articleId: ids.kompas,
      eventId: ids.summit,
      slot: "quantity",
      quote: { exact: "lebih dari empat jam" },
    });
    expect(hours.claim.value).toEqual({ slot: "quantity", amount: 4, unit: "jam", tolerance: 0.5 });
  });

  it("reads a site named in Indonesian and in English as one place: one claim, no conflict", async () => {
    const eruption = (await addEvent(s, a, { kind: "other", title: "Ruang eruption" })).id;
    const id = await article("Nyiur Pos", "Gunung Ruang di Sulawesi Utara meletus pada Selasa (16/4/2024).");
    const en = (
      await postArticle(s, a, {
        outlet: "Coral Coast Daily",
        body: "Mount Ruang in North Sulawesi erupted late on Tuesday.",
        publishedAt: "2024-04-18T07:30:00+10:00",
        language: "en",
      })
    ).id;
    const first = await created({
      articleId: id,
      eventId: eruption,
      slot: "place",
      quote: { exact: "Gunung Ruang" },
    });
    const second = await created({
      articleId: en,
      eventId: eruption,
      slot: "place",
      quote: { exact: "Mount Ruang" },
    });
    expect(second.claim.id).toBe(first.claim.id);
    expect(await contradictions(eruption)).not.toContain("place.conflict");
  });

  it("flags a date counted from another event only on a date's assertion, with reason no_anchor", async () => {
    const reports = (await addEvent(s, a, { kind: "other", title: "Reports received" })).id;
    const id = await article(
      "Kalteng Terkini",
      "Bawaslu menerima dua laporan politik uang dua hari sebelumnya.",
      "2025-04-20T19:30:00+07:00",
    );
    await created({
      articleId: id,
      eventId: reports,
      slot: "quantity",
      quote: { exact: "dua laporan politik uang dua hari sebelumnya" },
    });
    const flags = async () =>
      (
        await s.json<{ items: Array<{ kind: string; details: { reasonCode?: string } }> }>(
          "GET",
          wsPath(a, "flags?kind=unresolved_relative_date"),
          a.tokens.viewer,
        )
      ).body.items;
    expect(await flags()).toEqual([]);
    const dated = await post({
      articleId: id,
      eventId: reports,
      slot: "date",
      quote: { exact: "dua hari sebelumnya" },
    });
    // No date to read: the value cannot come from the quote.
    expect(dated.status).toBe(422);
    expect(details(dated.body).reason).toBe("value_unreadable");
    // Beside a date of its own, the count from an event yields: the date is read, nothing flagged.
    const both = await article(
      "Kalteng Terkini",
      "Hasilnya diumumkan dua hari setelah pemungutan suara, pada Senin (21/4/2025).",
      "2025-04-22T10:00:00+07:00",
    );
    const day = await created({
      articleId: both,
      eventId: reports,
      slot: "date",
      quote: { exact: "dua hari setelah pemungutan suara, pada Senin (21/4/2025)" },
    });
    expect(day.claim.value).toMatchObject({ slot: "date", interval: jakartaDay("2025-04-21") });
    expect(await flags()).toEqual([]);
  });

  it("answers 422 value_unreadable with what was tried, and stores nothing", async () => {
    const before = await s.json<{ items: unknown[] }>(
      "GET",
      wsPath(a, `assertions?articleId=${ids.kompas}&limit=100`),
      a.tokens.viewer,
    );
    const res = await post({
      articleId: ids.kompas,
      eventId: ids.summit,
      slot: "quantity",
      quote: { exact: "Presiden Rusia Vladimir Putin menerima Kim Jong-un" },
    });
    expect(res.status).toBe(422);
    expect(details(res.body)).toMatchObject({
      reason: "value_unreadable",
      tried: [{ reader: "quantities" }],
    });
    const noDate = await post({
      articleId: ids.kompas,
      eventId: ids.summit,
      slot: "date",
      quote: { exact: "lebih dari empat jam" },
    });
    expect(details(noDate.body)).toMatchObject({ reason: "value_unreadable", tried: [{ reader: "dates" }] });
    const after = await s.json<{ items: unknown[] }>(
      "GET",
      wsPath(a, `assertions?articleId=${ids.kompas}&limit=100`),
      a.tokens.viewer,
    );
    expect(after.body.items).toHaveLength(before.body.items.length);
  });

  it("answers 422 quote_contradicts_claim when the quote's date is not the named claim's", async () => {
    const sep13 = await addClaim(s, a, ids.summit as string, {
      slot: "date",
      interval: jakartaDay("2023-09-13"),
    });
    const res = await post({
      articleId: ids.kompas,
      claimId: sep13.id,
      quote: { exact: "pada Selasa (12/9/2023)" },
    });
    expect(res.status).toBe(422);
    expect(details(res.body)).toMatchObject({
      reason: "quote_contradicts_claim",
      read: [{ text: "Selasa (12/9/2023)" }],
    });
    const given = await post({
      articleId: ids.kompas,
      eventId: ids.summit,
      slot: "date",
      value: { slot: "date", interval: jakartaDay("2023-09-13") },
      quote: { exact: "pada Selasa (12/9/2023)" },
    });
    expect(details(given.body)).toMatchObject({ reason: "quote_contradicts_claim" });
    // A quote that agrees, or states no date at all, is accepted for the named claim.
    const agrees = await post({
      articleId: ids.tempo,
      claimId: sep13.id,
      quote: { exact: "pada Rabu (13/9/2023)" },
    });
    expect(agrees.status).toBe(201);
    const silent = await post({ articleId: ids.tempo, claimId: sep13.id, quote: { exact: "kata Kremlin" } });
    expect(silent.status).toBe(201);
  });

  it("names the missing fields when neither claimId nor eventId and slot are given", async () => {
    const res = await post({ articleId: ids.kompas, quote: { exact: "pada Selasa (12/9/2023)" } });
    expect(res.status).toBe(422);
    const issues = (ErrorEnvelopeSchema.parse(res.body).error.details as { issues: Array<{ path: string }> })
      .issues;
    expect(issues.map((i) => i.path).sort()).toEqual(["eventId", "slot"]);
  });
});
