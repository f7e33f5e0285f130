// The answers of the read endpoints (article list, event matrix, contradiction report in JSON and
// HTML, in both languages) on a fixture workspace, compared with the recorded answers in
// read-answers.expected.json: how these answers are computed may change, what they say may not.
// Ids and the instants of the run (creation, import, review, generation) differ between runs, so
// ids are numbered in order of first appearance and instants of the run are replaced by a marker;
// everything else is compared as text. `KROSCEK_RECORD_ANSWERS=1` writes the file anew.
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../test/harness";
import { addArticle, addClaim, addEntity, addEvent, jakartaDay, wsPath } from "../test/ledger-fixtures";
import { type SeededWorkspace, seedWorkspace } from "../test/seed";
import { signInSession } from "../test/session";

const EXPECTED = new URL("./read-answers.expected.json", import.meta.url);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
// The fixture's own dates are in 2023 and 2024; an instant from 2025 on is the run's.
const RUN_INSTANT = /20(2[5-9]|[3-9]\d)-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/g;
// The same instants as the HTML report writes them ("8 Desember 2026 pukul 05.53").
const RUN_DAY = /\d{1,2} [A-Za-z]+ 20(2[5-9]|[3-9]\d)(,? (pukul|at) \d{1,2}[.:]\d{2})?/g;

describe("the answers of the read endpoints", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  const paths: string[] = [];

  beforeAll(async () => {
    s = await startTestServer({ readCacheBytes: 0 });
    a = await seedWorkspace(s.t.db, "answers");
    const putin = await addEntity(s, a, "Vladimir Putin", "person", ["Putin"]);
    const kim = await addEntity(s, a, "Kim Jong Un", "person", ["Kim"]);
    const kremlin = await addEntity(s, a, "Kremlin", "organisation");
    const vostochny = await addEntity(s, a, "Kosmodrom Vostochny", "place", ["Vostochny"]);
    const moskow = await addEntity(s, a, "Moskow", "place");
    const summit = await addEvent(s, a, {
      title: "KTT Putin–Kim",
      kind: "meeting",
      placeEntityId: vostochny.id,
      participantIds: [kim.id, putin.id],
    });
    const other = await addEvent(s, a, { title: "Kunjungan lain", kind: "visit" });
    const claim: Record<string, string> = {};
    for (const day of ["2023-09-12", "2023-09-13", "2023-09-14"])
      claim[day] = (await addClaim(s, a, summit.id, { slot: "date", interval: jakartaDay(day) })).id;
    claim.vostochny = (await addClaim(s, a, summit.id, { slot: "place", entityId: vostochny.id })).id;
    claim.moskow = (await addClaim(s, a, summit.id, { slot: "place", entityId: moskow.id })).id;
    claim.both = (
      await addClaim(s, a, summit.id, { slot: "participants", entityIds: [putin.id, kim.id] })
    ).id;
    claim.actor = (await addClaim(s, a, summit.id, { slot: "actor", entityId: kremlin.id })).id;
    claim.guests = (
      await addClaim(s, a, summit.id, { slot: "quantity", amount: 1500.5, unit: "tamu", tolerance: 0.1 })
    ).id;
    claim.occurred = (await addClaim(s, a, summit.id, { slot: "occurred", occurred: true })).id;
    claim.statement = (
      await addClaim(s, a, summit.id, { slot: "statement", text: "Kerja sama  antariksa\nakan diperluas." })
    ).id;
    const otherDate = await addClaim(s, a, other.id, {
      slot: "date",
      interval: { start: "2023-08-31T17:00:00.000Z", end: "2023-09-30T17:00:00.000Z", precision: "month" },
    });
    // The fact-checker's own wording, in one language only.
    const edited = await s.json("PATCH", wsPath(a, `claims/${claim.moskow}`), a.tokens.factchecker, {
      version: 1,
      sentence: { en: "Some said the talks were in Moscow." },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);

    const say = [
      ["Himalayapost.id", "2023-09-14T01:30:00+07:00", "2023-09-13", "bertemu pada 13/9/2023 di Vostochny"],
      ["Kompas", "2023-09-13T15:00:00+07:00", "2023-09-13", "KTT digelar 13/9/2023 di kosmodrom"],
      ["Republika", "2023-09-14T15:00:00+09:00", "2023-09-14", "pertemuan pada 14/9/2023 itu"],
      ["Tempo", "2023-09-12T15:00:00+07:00", "2023-09-12", "Putin menerima Kim pada 12/9/2023"],
      ["Antara", null, "2023-09-13", "kedua pemimpin bertemu 13/9/2023"],
    ] as const;
    // Each article in its own words (near-identical bodies would be taken for copies of one story).
    const EXTRA: Record<string, string> = {
      Kompas: "Pejabat membantah pertemuan di Moskow.",
      Tempo: "Sumber lain menyebut pembicaraan di Moskow.",
      Himalayapost: "",
      Republika: "Sekitar 1.500 tamu datang.",
      Antara: "Semua itu menurut Kremlin.",
    };
    const articleOf: Record<string, string> = {};
    const outletOf: Record<string, string> = {};
    for (const [outlet, publishedAt, day, sentence] of say) {
      const article = await addArticle(s, a, {
        outlet,
        ...(publishedAt ? { publishedAt } : {}),
        title: outlet === "Tempo" ? "<script>alert('x')</script> KTT" : `KTT menurut ${outlet}`,
        body: `Berita ${outlet}. Presiden ${sentence}. ${EXTRA[outlet] ?? ""} <b>Selesai</b>.`,
        url: `https://${outlet.toLowerCase()}.example/ktt`,
      });
      articleOf[outlet] = article.id;
      outletOf[outlet] = article.outletId;
      const match = /\d+\/9\/2023/.exec(sentence)?.[0] ?? "";
      const res = await s.json("POST", wsPath(a, "assertions"), a.tokens.factchecker, {
        articleId: article.id,
        claimId: claim[day],
        stance: outlet === "Antara" ? "reports_unconfirmed" : "asserts",
        quote: { exact: match },
        attribution: { kind: "named_org", text: outlet },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const more: Array<[string, string, string, string]> = [
      ["Kompas", "moskow", "denies", "di Moskow"],
      ["Tempo", "moskow", "asserts", "di Moskow"],
      ["Himalayapost.id", "vostochny", "asserts", "di Vostochny"],
      ["Republika", "guests", "asserts", "Sekitar 1.500 tamu"],
      ["Antara", "actor", "asserts", "menurut Kremlin"],
      ["Kompas", "both", "asserts", "KTT digelar"],
      ["Himalayapost.id", "occurred", "asserts", "bertemu"],
    ];
    for (const [outlet, key, stance, exact] of more) {
      const res = await s.json("POST", wsPath(a, "assertions"), a.tokens.factchecker, {
        articleId: articleOf[outlet],
        claimId: claim[key],
        stance,
        quote: { exact },
        attribution: { kind: "none" },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    // A published verdict on 13 September and a draft on 14 September (which must not show).
    const draft = await s.json<{ version: number }>(
      "PUT",
      wsPath(a, `claims/${claim["2023-09-13"]}/verdict`),
      a.tokens.editor,
      { ratingKey: "true", rationale: "Rekaman Kremlin bertanggal 13 September." },
    );
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const published = await s.json(
      "POST",
      wsPath(a, `claims/${claim["2023-09-13"]}/verdict/publish`),
      a.tokens.editor,
      { version: draft.body.version },
    );
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const other14 = await s.json("PUT", wsPath(a, `claims/${claim["2023-09-14"]}/verdict`), a.tokens.editor, {
      ratingKey: "false",
      rationale: "Draf.",
    });
    expect(other14.status).toBe(201);
    // One finding confirmed by a signed-in editor, with a note.
    const list = (await s.json("GET", wsPath(a, "contradictions?limit=100"), a.tokens.viewer)).body as {
      items: Array<{ id: string; version: number }>;
    };
    const first = list.items[0];
    if (!first) throw new Error("the fixture has no contradictions");
    const editor = await signInSession(s, a.users.editor.email, a.users.editor.password);
    const reviewed = await editor.json("PATCH", wsPath(a, `contradictions/${first.id}`), {
      status: "confirmed",
      note: "Tanggal <em>salah</em>",
      version: first.version,
    });
    expect(reviewed.status).toBe(200);

    paths.push(
      "articles",
      "articles?limit=2",
      "articles?language=id&q=Moskow",
      "articles?publishedFrom=2023-09-13&publishedTo=2023-09-14",
      "articles?publishedFrom=2023-09-13T12:00:00Z&limit=3",
      `articles?outletId=${outletOf.Kompas}`,
      `events/${summit.id}/matrix`,
      `events/${other.id}/matrix`,
      `claims/${otherDate.id}/assertions`,
      `reports/contradictions?eventId=${summit.id}&lang=id`,
      `reports/contradictions?eventId=${summit.id}&lang=en`,
      "reports/contradictions",
      "reports/contradictions?status=confirmed&lang=en",
      `reports/contradictions?outletId=${outletOf.Tempo}&rule=date.conflict&from=2020-01-01&to=2099-12-31&lang=id`,
      "reports/contradictions?includeInactive=true&lang=id",
      `reports/contradictions.html?eventId=${summit.id}&lang=id`,
      `reports/contradictions.html?eventId=${summit.id}&lang=en`,
    );
  });
  afterAll(async () => {
    await s?.close();
  });

  it("answer as recorded, in both languages", async () => {
    const ids = new Map<string, string>();
    const answers: Record<string, string> = {};
    const numbered = (id: string) => {
      let n = ids.get(id);
      if (!n) {
        n = `id-${ids.size + 1}`;
        ids.set(id, n);
      }
      return n;
    };
    for (const path of paths) {
      const res = await s.fetch(wsPath(a, path), {
        headers: { authorization: `Bearer ${a.tokens.editor}`, "accept-language": "en" },
      });
      expect(res.status, path).toBe(200);
      const text = (await res.text())
        .replace(UUID, numbered)
        .replace(RUN_INSTANT, "<run instant>")
        .replace(RUN_DAY, "<run day>")
        // A page cursor encodes an id.
        .replace(/"nextCursor":"[^"]+"/g, '"nextCursor":"<cursor>"');
      answers[path.replace(UUID, numbered)] = text;
    }
    if (process.env.KROSCEK_RECORD_ANSWERS === "1")
      writeFileSync(EXPECTED, `${JSON.stringify(answers, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(EXPECTED, "utf8")) as Record<string, string>;
    for (const [path, text] of Object.entries(answers)) expect(text, path).toBe(expected[path]);
    expect(Object.keys(answers)).toEqual(Object.keys(expected));
  });
});
