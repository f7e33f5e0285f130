import { ArticleImportResultSchema, OutletCopyGroupSchema, pageOf } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

const STORY =
  "Presiden Rusia Vladimir Putin menerima Menteri Luar Negeri Korea Utara Choe Son Hui di Kremlin, " +
  "Moskow, pada Selasa (16/1/2024). Keduanya membahas kerja sama ekonomi, keamanan kawasan, dan " +
  "rencana kunjungan balasan ke Pyongyang yang disebut akan berlangsung dalam waktu dekat. Juru " +
  "bicara Kremlin Dmitry Peskov mengatakan pertemuan berlangsung hangat dan produktif.";

describe("an outlet's copy groups", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let b: SeededWorkspace;
  const ids: Record<string, string> = {};
  const post = async (outlet: string, body: string, publishedAt: string) => {
    const res = await s.json("POST", "/api/v1/workspaces/alpha/articles", a.tokens.factchecker, {
      outlet,
      title: `${outlet}: Putin terima Choe`,
      publishedAt,
      language: "id",
      body,
    });
    expect(res.status).toBe(201);
    return ArticleImportResultSchema.parse(res.body).article;
  };

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    b = await seedWorkspace(s.t.db, "beta");
    const first = await post("Antara", STORY, "2024-01-16");
    const copy = await post("Portal Salin", `${STORY} Baca juga berita lainnya.`, "2024-01-17");
    const other = await post(
      "Harian Lain",
      "Berita yang sama sekali berbeda tentang cuaca di Jakarta.",
      "2024-01-17",
    );
    ids.Antara = first.outletId;
    ids.Copier = copy.outletId;
    ids.Other = other.outletId;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("lists the groups holding the outlet's articles with every member, oldest first", async () => {
    const res = await s.json(
      "GET",
      `/api/v1/workspaces/alpha/outlets/${ids.Copier}/copy-groups`,
      a.tokens.viewer,
    );
    expect(res.status).toBe(200);
    const page = pageOf(OutletCopyGroupSchema).parse(res.body);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.articles.map((x) => x.outletName)).toEqual(["Antara", "Portal Salin"]);
    const none = await s.json(
      "GET",
      `/api/v1/workspaces/alpha/outlets/${ids.Other}/copy-groups`,
      a.tokens.viewer,
    );
    expect(pageOf(OutletCopyGroupSchema).parse(none.body).items).toEqual([]);
  });

  it("hides other workspaces' outlets behind 404", async () => {
    const res = await s.json(
      "GET",
      `/api/v1/workspaces/beta/outlets/${ids.Antara}/copy-groups`,
      b.tokens.admin,
    );
    expect(res.status).toBe(404);
  });
});
