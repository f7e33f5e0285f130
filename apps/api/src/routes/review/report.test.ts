import {
  type ContradictionReport,
  ContradictionReportSchema,
  ContradictionViewSchema,
  ErrorEnvelopeSchema,
  pageOf,
} from "@kroscek/schema";
import { workspaces } from "@kroscek/schema/tables";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness";
import { addArticle, addClaim, addEvent, issuePaths, wsPath } from "../../test/ledger-fixtures";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";
import { signInSession } from "../../test/session";

// A day in Jakarta starts at 17:00 UTC the day before.
const jakartaDay = (day: string) => {
  const start = Date.parse(`${day}T00:00:00+07:00`);
  return {
    slot: "date",
    interval: {
      start: new Date(start).toISOString(),
      end: new Date(start + 86_400_000).toISOString(),
      precision: "day",
    },
  };
};

const ContradictionPage = pageOf(ContradictionViewSchema);

describe("the editor's contradiction report", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let eventId: string;
  let otherEventId: string;
  const claimOf: Record<string, string> = {};
  const outletOf: Record<string, string> = {};

  const report = async (query = "", headers: Record<string, string> = {}) => {
    const res = await s.fetch(wsPath(a, `reports/contradictions${query}`), {
      headers: { authorization: `Bearer ${a.tokens.viewer}`, ...headers },
    });
    const body = (await res.json()) as { lang?: string };
    return { status: res.status, body, language: res.headers.get("content-language") };
  };
  const ok = async (query = "", headers: Record<string, string> = {}): Promise<ContradictionReport> => {
    const r = await report(query, headers);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return ContradictionReportSchema.parse(r.body);
  };
  const page = async (query = "", headers: Record<string, string> = {}) => {
    const res = await s.fetch(wsPath(a, `reports/contradictions.html${query}`), {
      headers: { authorization: `Bearer ${a.tokens.viewer}`, ...headers },
    });
    expect(res.status).toBe(200);
    return res.text();
  };

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    const summit = await addEvent(s, a, { title: "KTT Putin–Kim", kind: "meeting" });
    const other = await addEvent(s, a, { title: "Other event", kind: "visit" });
    eventId = summit.id;
    otherEventId = other.id;
    for (const day of ["2023-09-12", "2023-09-13", "2023-09-14"])
      claimOf[day] = (await addClaim(s, a, summit.id, jakartaDay(day))).id;
    // Four outlets, three values: two agree on 13 September, one says 14, one says 12.
    const say = [
      // Published 01:30 on 14 Sep in Jakarta, which is 18:30 UTC on 13 Sep.
      ["Himalayapost.id", "2023-09-14T01:30:00+07:00", "2023-09-13", "bertemu pada 13/9/2023 di Vostochny"],
      ["Kompas", "2023-09-13T15:00:00+07:00", "2023-09-13", "KTT digelar 13/9/2023 di kosmodrom"],
      ["Republika", "2023-09-14T15:00:00+07:00", "2023-09-14", "pertemuan pada 14/9/2023 itu"],
      ["Tempo", "2023-09-12T15:00:00+07:00", "2023-09-12", "Putin menerima Kim pada 12/9/2023"],
    ] as const;
    for (const [outlet, publishedAt, day, sentence] of say) {
      const article = await addArticle(s, a, {
        outlet,
        publishedAt,
        title: outlet === "Tempo" ? "<script>alert('x')</script> KTT" : `KTT menurut ${outlet}`,
        body: `Berita. Presiden ${sentence}. <b>Selesai</b>.`,
        url: `https://${outlet.toLowerCase()}.example/ktt`,
      });
      outletOf[outlet] = article.outletId;
      const match = /\d+\/9\/2023/.exec(sentence)?.[0] ?? "";
      const res = await s.json("POST", wsPath(a, "assertions"), a.tokens.factchecker, {
        articleId: article.id,
        claimId: claimOf[day],
        stance: "asserts",
        quote: { exact: match },
        attribution: { kind: "named_org", text: outlet },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    // The editor publishes "true" for 13 September.
    const draft = await s.json<{ version: number }>(
      "PUT",
      wsPath(a, `claims/${claimOf["2023-09-13"]}/verdict`),
      a.tokens.editor,
      { ratingKey: "true", rationale: "Kremlin footage dated 13 September." },
    );
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const published = await s.json(
      "POST",
      wsPath(a, `claims/${claimOf["2023-09-13"]}/verdict/publish`),
      a.tokens.editor,
      {
        version: draft.body.version,
      },
    );
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    // A draft on another value must not show.
    const other14 = await s.json(
      "PUT",
      wsPath(a, `claims/${claimOf["2023-09-14"]}/verdict`),
      a.tokens.editor,
      {
        ratingKey: "false",
        rationale: "Draft only.",
      },
    );
    expect(other14.status).toBe(201);
    // The editor confirms the conflict between Republika and Tempo.
    const list = ContradictionPage.parse(
      (await s.json("GET", wsPath(a, "contradictions?limit=100"), a.tokens.viewer)).body,
    );
    const pair = list.items.find(
      (c) =>
        c.sides.some((x) => x.outletName === "Republika") && c.sides.some((x) => x.outletName === "Tempo"),
    );
    if (!pair) throw new Error("Republika–Tempo conflict missing");
    // Signed in, so the review carries the editor's name.
    const editor = await signInSession(s, a.users.editor.email, a.users.editor.password);
    const reviewed = await editor.json("PATCH", wsPath(a, `contradictions/${pair.id}`), {
      status: "confirmed",
      note: "Tempo <em>salah</em> tanggal",
      version: pair.version,
    });
    expect(reviewed.status).toBe(200);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("gives one entry per slot with every outlet's value and quote, not one entry per pair", async () => {
    const r = await ok("?lang=en");
    expect(r.totals).toEqual({ open: 4, confirmed: 1, dismissed: 0 });
    expect(r.events).toHaveLength(1);
    const [event] = r.events;
    expect(event?.kind).toBe("meeting");
    expect(event?.kindLabel).toBe("Meeting");
    expect(event?.slots.map((x) => x.slot)).toEqual(["date"]);
    const slot = event?.slots[0];
    // Three distinct values, the best supported first; the 5 pairwise findings sit under the slot.
    expect(slot?.values.map((v) => v.label)).toEqual([
      "date: 13 September 2023 (day)",
      "date: 12 September 2023 (day)",
      "date: 14 September 2023 (day)",
    ]);
    expect(slot?.values[0]?.outlets.map((o) => [o.outletName, o.quote])).toEqual([
      ["Himalayapost.id", "13/9/2023"],
      ["Kompas", "13/9/2023"],
    ]);
    expect(slot?.findings).toHaveLength(5);
  });

  it("shows the published verdict and the outlets it bears out, and no draft", async () => {
    const r = await ok("?lang=en");
    const values = r.events[0]?.slots[0]?.values ?? [];
    const verdict = values[0]?.verdict;
    expect(verdict?.ratingLabel).toBe("True");
    expect(verdict?.supports.map((o) => o.outletName).sort()).toEqual(["Himalayapost.id", "Kompas"]);
    expect(values.find((v) => v.label.includes("14 September"))?.verdict).toBeNull();
    const id = await ok("?lang=id");
    expect(id.events[0]?.slots[0]?.values[0]?.verdict?.ratingLabel).toBe("benar");
    const html = await page("?lang=id");
    expect(html).toContain("Putusan terbit: benar");
    expect(html).toContain("Mendukung: Himalayapost.id, Kompas");
  });

  it("dates each article in its own zone across midnight: 18:30 UTC on 13 Sep is 14 Sep in Jakarta", async () => {
    const en = await ok("?lang=en");
    const himalaya = en.events[0]?.slots[0]?.values[0]?.outlets.find(
      (o) => o.outletName === "Himalayapost.id",
    );
    expect(himalaya?.publishedAt).toBe("2023-09-13T18:30:00.000Z");
    expect(himalaya?.publishedLocal).toBe("14 September 2023");
    const id = await ok("?lang=id");
    const same = id.events[0]?.slots[0]?.values[0]?.outlets.find((o) => o.outletName === "Himalayapost.id");
    expect(same?.publishedLocal).toBe("14 September 2023");
    expect(id.events[0]?.slots[0]?.values[2]?.label).toBe("tanggal: 14 September 2023 (hari)");
  });

  it("speaks Indonesian for ?lang=id or Accept-Language: id, English for en, the workspace's otherwise", async () => {
    const id = await ok("?lang=id");
    expect(id.lang).toBe("id");
    expect(id.events[0]?.kindLabel).toBe("Pertemuan");
    const finding = id.events[0]?.slots[0]?.findings.find((f) => f.status === "confirmed");
    expect(finding?.statusLabel).toBe("dikonfirmasi");
    expect(finding?.ruleLabel).toBe("Tanggal bertentangan");
    expect(finding?.text).toMatch(/^(Republika|Tempo): 1[24] September 2023 \(dari '1[24]\/9\/2023'\) vs /);
    expect(finding?.reviewer?.name).toBe("editor of alpha");

    const byHeader = await report("", { "accept-language": "id-ID,id;q=0.9,en;q=0.5" });
    expect(byHeader.body.lang).toBe("id");
    expect(byHeader.language).toBe("id");
    const english = await report("", { "accept-language": "en-GB,en;q=0.8" });
    expect(english.body.lang).toBe("en");
    // ?lang wins over the header.
    expect((await report("?lang=id", { "accept-language": "en" })).body.lang).toBe("id");

    await s.t.db.update(workspaces).set({ language: "en" }).where(eq(workspaces.id, a.id));
    expect((await report("")).body.lang).toBe("en");
    await s.t.db.update(workspaces).set({ language: "id" }).where(eq(workspaces.id, a.id));
    expect((await report("")).body.lang).toBe("id");

    const html = await page("", { "accept-language": "id" });
    expect(html).toContain('<html lang="id">');
    expect(html).toContain("Laporan kontradiksi");
    expect(html).toContain("ditinjau oleh editor of alpha");
    expect(html).not.toContain("Contradiction report");
    expect(html).not.toContain("date.conflict");
    const en = await page("?lang=en");
    expect(en).toContain("Contradiction report");
    expect(en).toContain("Meeting");
    expect(en).not.toContain("Laporan kontradiksi");
  });

  it("writes article text and notes as text, never as HTML", async () => {
    const html = await page("?lang=en");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<em>salah</em>");
    expect(html).toContain("&lt;em&gt;salah&lt;/em&gt;");
  });

  it("filters by status, outlet, event and date range", async () => {
    const confirmed = await ok("?status=confirmed&lang=en");
    expect(confirmed.totals).toEqual({ open: 0, confirmed: 1, dismissed: 0 });
    expect(confirmed.events[0]?.slots[0]?.findings).toHaveLength(1);
    // The slot entry still shows every outlet's value beside the one finding.
    expect(confirmed.events[0]?.slots[0]?.values).toHaveLength(3);

    const kompas = await ok(`?outletId=${outletOf.Kompas}`);
    const findings = kompas.events[0]?.slots[0]?.findings ?? [];
    expect(findings).toHaveLength(2);
    for (const f of findings) expect(f.text).toContain("Kompas");

    expect((await ok(`?eventId=${otherEventId}`)).events).toEqual([]);
    expect((await ok(`?eventId=${eventId}`)).events).toHaveLength(1);
    expect((await ok("?to=2000-01-01")).events).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await ok(`?from=2000-01-01&to=2999-12-31`)).totals.open).toBe(4);
    expect((await ok(`?from=${today}`)).events).toHaveLength(1);
  });

  it("answers a bad filter with the 422 envelope and the field", async () => {
    for (const [query, path] of [
      ["?status=pending", "status"],
      ["?from=18-01-2024", "from"],
      ["?lang=fr", "lang"],
      ["?outletId=nope", "outletId"],
      ["?from=2024-02-01&to=2024-01-01", "to"],
    ] as const) {
      const r = await report(query);
      expect(r.status, query).toBe(422);
      expect(ErrorEnvelopeSchema.parse(r.body).error.code).toBe("validation_failed");
      expect(issuePaths(r.body)).toEqual([path]);
    }
  });
});
