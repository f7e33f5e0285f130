// What a fact-checker expects from one outlet's own report, end to end over HTTP: the lead of a
// named, dated article is not unsourced; a street and the city it lies in, linked to one event by
// accepting the article's sentences, are not an internal inconsistency; the unknown outlet's
// undated article is still unsourced.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postArticle } from "../../test/article-fixtures";
import { startTestServer, type TestServer } from "../../test/harness";
import { addEvent, wsPath } from "../../test/ledger-fixtures";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

const FLOOD =
  "Banjir merendam rumah warga di Samarinda, Kalimantan Timur, pada Minggu (21/1/2024).\n\n" +
  "Air juga menggenangi Jalan Pemuda pada Minggu (21/1/2024) pagi.";

describe("findings of one outlet's own report", () => {
  let s: TestServer;
  let ws: SeededWorkspace;
  beforeAll(async () => {
    s = await startTestServer();
    ws = await seedWorkspace(s.t.db, "own-report");
  });
  afterAll(async () => {
    await s?.close();
  });

  /** Imports an article and accepts every claim suggestion of it into one new event. */
  async function acceptAll(input: Record<string, unknown>) {
    const article = await postArticle(s, ws, input);
    const list = await s.json<{ items: Array<{ id: string; quote: string }> }>(
      "GET",
      wsPath(ws, `articles/${article.id}/suggestions?kind=claim`),
      ws.tokens.viewer,
    );
    expect(list.body.items.length).toBeGreaterThan(0);
    let eventId: string | null = null;
    for (const sug of list.body.items) {
      const body: Record<string, unknown> = eventId
        ? { eventId }
        : { event: { kind: "other", title: "Banjir" } };
      const res: { status: number; body: { event: { id: string } } } = await s.json<{
        event: { id: string };
      }>(
        "POST",
        wsPath(ws, `articles/${article.id}/suggestions/${sug.id}/accept`),
        ws.tokens.factchecker,
        body,
      );
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
      eventId = res.body.event.id;
    }
    const flags = await s.json<{ items: Array<{ kind: string }> }>(
      "GET",
      wsPath(ws, `flags?articleId=${article.id}&limit=100`),
      ws.tokens.viewer,
    );
    const contradictions = await s.json<{ items: Array<{ ruleId: string }> }>(
      "GET",
      wsPath(ws, `contradictions?eventId=${eventId}&limit=100`),
      ws.tokens.viewer,
    );
    return {
      flags: flags.body.items.map((f) => f.kind),
      rules: contradictions.body.items.map((c) => c.ruleId),
    };
  }

  it("a named outlet's dated report: the city and its street agree, and its own account is not unsourced", async () => {
    const { flags, rules } = await acceptAll({
      outlet: "Harian Borneo",
      body: FLOOD,
      publishedAt: "2024-01-22T08:00:00+08:00",
      language: "id",
    });
    expect(flags).not.toContain("unsourced");
    expect(flags).not.toContain("internal_inconsistency");
    expect(rules).not.toContain("article.internal_inconsistency");
  });

  it("a number in that report still needs a source", async () => {
    const { flags } = await acceptAll({
      outlet: "Harian Borneo",
      body: "Banjir merendam sedikitnya 1.200 rumah di Samarinda pada Minggu (21/1/2024).",
      publishedAt: "2024-01-22T08:00:00+08:00",
      language: "id",
    });
    expect(flags.filter((k) => k === "unsourced")).toHaveLength(1);
  });

  it("the same words with no outlet and no date are unsourced", async () => {
    const { flags } = await acceptAll({ body: `${FLOOD}\n\nTambahan.`, language: "id" });
    expect(flags).toContain("unsourced");
  });

  it("an unnamed source in a sentence nobody modelled is flagged on import, then on its assertion", async () => {
    const article = await postArticle(s, ws, {
      outlet: "Kabar Rinjani",
      body:
        "Kapal motor Bahari Nusa 7 terbakar di dekat Pelabuhan Lembar, Lombok Barat, pada Rabu (5/3/2025) malam.\n\n" +
        "Api baru padam setelah lebih dari tiga jam, kata seorang petugas syahbandar yang enggan disebut namanya.\n\n" +
        "Para pengamat menilai pengawasan kapal di lintasan itu lemah.",
      publishedAt: "2025-03-06T08:00:00+08:00",
      language: "id",
    });
    type Flag = {
      kind: string;
      assertionId: string | null;
      explanation: string;
      message: { code: string; params: { sources?: Array<{ quote: string; source: string }> } };
    };
    const flagsOf = async () =>
      (
        await s.json<{ items: Flag[] }>(
          "GET",
          wsPath(ws, `flags?articleId=${article.id}&limit=100`),
          ws.tokens.viewer,
        )
      ).body.items.filter((f) => f.kind === "anonymous_source");
    const [onImport, ...more] = await flagsOf();
    expect(more).toEqual([]);
    expect(onImport).toMatchObject({
      assertionId: null,
      message: {
        code: "flag.anonymous_source_text",
        params: {
          sources: [
            {
              quote:
                "Api baru padam setelah lebih dari tiga jam, kata seorang petugas syahbandar yang enggan disebut namanya.",
              source: "kata seorang petugas syahbandar yang enggan disebut namanya",
            },
          ],
        },
      },
    });
    // The observers' opinion is not a claim to source.
    expect(onImport?.explanation).not.toContain("pengamat");

    // Recording the sentence moves the flag onto its assertion.
    const event = await addEvent(s, ws, { kind: "other", title: "Kebakaran KMP Bahari Nusa 7" });
    const quote =
      "Api baru padam setelah lebih dari tiga jam, kata seorang petugas syahbandar yang enggan disebut namanya.";
    const res = await s.json("POST", wsPath(ws, "assertions"), ws.tokens.factchecker, {
      articleId: article.id,
      eventId: event.id,
      slot: "quantity",
      quote: { exact: quote },
      attribution: { kind: "anonymous", text: "kata seorang petugas syahbandar yang enggan disebut namanya" },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const after = await flagsOf();
    expect(after).toHaveLength(1);
    expect(after[0]?.assertionId).not.toBeNull();
    expect(after[0]?.message.code).toBe("flag.anonymous_source");
  });
});
