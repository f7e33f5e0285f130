import {
  ContradictionViewSchema,
  type FindingMessage,
  FlagViewSchema,
  pageOf,
  renderFinding,
} from "@kroscek/schema";
import { contradictions, flags } from "@kroscek/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../demo/load-demo";
import { startTestServer, type TestServer } from "../test/harness";
import { systemActor } from "./actor";
import { importArticle } from "./article-import";
import { redetectWorkspace } from "./detection";
import { createApiToken } from "./tokens";

const FlagPage = pageOf(FlagViewSchema);
const ContradictionPage = pageOf(ContradictionViewSchema);
const ws = "/api/v1/workspaces/demo";

describe("findings stored before they carried a code", () => {
  let s: TestServer;
  let token: string;
  let workspaceId: string;
  const flagsNow = async () =>
    FlagPage.parse((await s.json("GET", `${ws}/flags?limit=200`, token)).body).items;
  const conflictsNow = async () =>
    ContradictionPage.parse((await s.json("GET", `${ws}/contradictions?limit=200`, token)).body).items;
  const render = (items: Array<{ id: string; message: unknown }>, lang: "id" | "en") =>
    new Map(items.map((f) => [f.id, renderFinding(f.message as FindingMessage, lang)]));

  beforeAll(async () => {
    s = await startTestServer();
    const demo = await loadDemo(s.t.db);
    workspaceId = demo.workspaceId;
    const actor = systemActor(workspaceId);
    token = await s.t.db.transaction(
      async (tx) => (await createApiToken(tx, actor, { name: "t", role: "viewer" })).token,
    );
    // A second date for the January meeting, so the demo has a stored contradiction too.
    await s.t.db.transaction((tx) =>
      importArticle(tx, actor, {
        outlet: "Contoh Harian",
        publishedAt: "2024-01-18T09:00:00+07:00",
        body: "Putin bertemu Menteri Luar Negeri Korea Utara Choe Son Hui di Moskow pada Rabu (17/1/2024).",
      }),
    );
  });
  afterAll(async () => {
    await s?.close();
  });

  it("render from the parameters their details always held, in both languages, until re-detected", async () => {
    const before = await flagsNow();
    expect(before.length).toBeGreaterThan(3);
    const id = render(before, "id");
    const en = render(before, "en");
    // Rows as an older version stored them: an English sentence and details, no message.
    await s.t.db.execute(
      sql`update flags set details = details - 'message' where workspace_id = ${workspaceId}`,
    );
    await s.t.db.execute(
      sql`update contradictions set details = details - 'message' where workspace_id = ${workspaceId}`,
    );
    const [raw] = await s.t.db.select().from(flags).where(eq(flags.workspaceId, workspaceId)).limit(1);
    expect((raw?.details as Record<string, unknown> | undefined)?.message).toBeUndefined();

    const legacy = await flagsNow();
    expect(legacy.map((f) => f.message.code).sort()).toEqual(before.map((f) => f.message.code).sort());
    for (const f of legacy) {
      const text = renderFinding(f.message as FindingMessage, "id");
      expect(text).not.toMatch(/gives no source|cannot be resolved|Spam injected|contradicts itself/);
      // Sourcing, date and spam flags read the same as when they were made.
      if (
        ["unsourced", "anonymous_source", "unresolved_relative_date", "spam_injection", "undated"].includes(
          f.kind,
        )
      ) {
        expect(text).toBe(id.get(f.id));
        expect(renderFinding(f.message as FindingMessage, "en")).toBe(en.get(f.id));
      }
    }
    const legacyConflicts = await conflictsNow();
    expect(legacyConflicts.length).toBeGreaterThan(0);
    for (const c of legacyConflicts) {
      const text = renderFinding(c.message as FindingMessage, "id");
      if (c.message.code !== "contradiction.actor_not_participant") expect(text).toMatch(/ vs /);
      expect(text).not.toMatch(/contradicts itself|credits the/);
    }
  });

  it("get their code and parameters back from a re-detection, review decisions kept", async () => {
    const [one] = await conflictsNow();
    if (!one) throw new Error("the demo has no contradiction");
    await s.t.db
      .update(contradictions)
      .set({ status: "dismissed", resolutionNote: "same meeting, different wording" })
      .where(eq(contradictions.id, one.id));
    const done = await s.t.db.transaction((tx) => redetectWorkspace(tx, workspaceId));
    expect(done.articles).toBeGreaterThan(0);
    const rows = await s.t.db
      .select()
      .from(flags)
      .where(and(eq(flags.workspaceId, workspaceId), eq(flags.active, true)));
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows)
      expect((r.details as { message?: { code: string } }).message?.code).toMatch(/^(flag|contradiction)\./);
    const [kept] = await s.t.db.select().from(contradictions).where(eq(contradictions.id, one.id));
    expect(kept?.status).toBe("dismissed");
    expect((kept?.details as { message?: { code: string } } | undefined)?.message?.code).toBe(
      one.message.code,
    );
  });
});
