import { ErrorEnvelopeSchema, WorkspaceSchema } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { startTestServer, type TestServer } from "../../test/harness";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";
import { type BrowserSession, signInSession } from "../../test/session";

const List = z.object({ items: z.array(WorkspaceSchema) });
const codeOf = (body: unknown) => ErrorEnvelopeSchema.parse(body).error.code;

describe("workspaces", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let editor: BrowserSession;

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    editor = await signInSession(s, a.users.editor.email, a.users.editor.password);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("lets any signed-in user create one and makes them its admin", async () => {
    const res = await editor.json("POST", "/api/v1/workspaces", {
      slug: "putin-kim-2023",
      name: "Putin–Kim summit 2023",
      language: "en",
      timeZone: "Asia/Vladivostok",
    });
    expect(res.status).toBe(201);
    const ws = WorkspaceSchema.parse(res.body);
    expect(ws).toMatchObject({ slug: "putin-kim-2023", role: "admin", language: "en", archived: false });
    expect(ws.timeZone).toBe("Asia/Vladivostok");
    const list = List.parse((await editor.json("GET", "/api/v1/workspaces")).body);
    expect(list.items.map((w) => [w.slug, w.role])).toEqual([
      ["alpha", "editor"],
      ["putin-kim-2023", "admin"],
    ]);
    // The new investigation is its own: an article there is not in alpha.
    const outlet = await editor.json("POST", "/api/v1/workspaces/putin-kim-2023/outlets", { name: "Kompas" });
    expect(outlet.status).toBe(201);
    const alphaOutlets = await s.json<{ items: Array<{ name: string }> }>(
      "GET",
      "/api/v1/workspaces/alpha/outlets",
      a.tokens.admin,
    );
    expect(alphaOutlets.body.items.map((o) => o.name)).not.toContain("Kompas");
    const audit = await s.t.db.query.auditEvents.findMany({
      where: (t, { and, eq }) => and(eq(t.workspaceId, ws.id), eq(t.action, "workspace.create")),
    });
    expect(audit).toHaveLength(1);
  });

  it("dates articles given without a time zone in the workspace's default zone", async () => {
    const res = await editor.json<{ article: { timeZone: string; publishedAt: string } }>(
      "POST",
      "/api/v1/workspaces/putin-kim-2023/articles",
      {
        outlet: "Kompas",
        body: "Putin menerima Kim di Kosmodrom Vostochny pada Rabu.",
        publishedAt: "2023-09-13",
      },
    );
    expect(res.status).toBe(201);
    expect(res.body.article.timeZone).toBe("Asia/Vladivostok");
    // Midnight in Vladivostok (UTC+10) is 14:00 UTC the day before.
    expect(res.body.article.publishedAt).toBe("2023-09-12T14:00:00.000Z");
  });

  it("validates slugs: bad ones 422 with the field, reserved 422, taken 409", async () => {
    for (const slug of ["A", "Bad Slug", "-x", "x".repeat(64), "a_b"]) {
      const res = await editor.json("POST", "/api/v1/workspaces", { slug, name: "X" });
      expect(res.status, slug).toBe(422);
      expect(JSON.stringify(res.body)).toContain('"path":"slug"');
    }
    const reserved = await editor.json("POST", "/api/v1/workspaces", { slug: "setup", name: "X" });
    expect(reserved.status).toBe(422);
    const taken = await editor.json("POST", "/api/v1/workspaces", { slug: "alpha", name: "Again" });
    expect(taken.status).toBe(409);
    expect(ErrorEnvelopeSchema.parse(taken.body).error.message).toMatch(/taken/);
    const zone = await editor.json("POST", "/api/v1/workspaces", {
      slug: "zz",
      name: "Z",
      timeZone: "Mars/Olympus",
    });
    expect(zone.status).toBe(422);
  });

  it("refuses API tokens, which belong to one workspace, with 403", async () => {
    const res = await s.json("POST", "/api/v1/workspaces", a.tokens.admin, { slug: "from-token", name: "T" });
    expect(res.status).toBe(403);
    const list = List.parse((await s.json("GET", "/api/v1/workspaces", a.tokens.viewer)).body);
    expect(list.items.map((w) => [w.slug, w.role])).toEqual([["alpha", "viewer"]]);
  });

  it("edits settings with the version read: stale 409, non-admin 403", async () => {
    const ws = WorkspaceSchema.parse((await s.json("GET", "/api/v1/workspaces/alpha", a.tokens.admin)).body);
    const patch = {
      version: ws.version,
      name: "Alpha desk",
      language: "en",
      timeZone: "Europe/Moscow",
      publisher: {
        name: "Alpha Cek Fakta",
        url: "https://cek.alpha.test",
        logoUrl: "https://cek.alpha.test/logo.png",
      },
    };
    const ok = await s.json("PATCH", "/api/v1/workspaces/alpha", a.tokens.admin, patch);
    expect(ok.status).toBe(200);
    expect(WorkspaceSchema.parse(ok.body)).toMatchObject({
      name: "Alpha desk",
      timeZone: "Europe/Moscow",
      publisher: { name: "Alpha Cek Fakta" },
      version: ws.version + 1,
    });
    const stale = await s.json("PATCH", "/api/v1/workspaces/alpha", a.tokens.admin, patch);
    expect(stale.status).toBe(409);
    const editorPatch = await s.json("PATCH", "/api/v1/workspaces/alpha", a.tokens.editor, {
      version: ws.version + 1,
      name: "Mine",
    });
    expect(editorPatch.status).toBe(403);
    const badUrl = await s.json("PATCH", "/api/v1/workspaces/alpha", a.tokens.admin, {
      version: ws.version + 1,
      publisher: { url: "javascript:alert(1)" },
    });
    expect(badUrl.status).toBe(422);
  });

  it("archives: read-only with a clear code, hidden from lists unless asked, restorable", async () => {
    const created = WorkspaceSchema.parse(
      (await editor.json("POST", "/api/v1/workspaces", { slug: "old-case", name: "Old case" })).body,
    );
    await editor.json("POST", "/api/v1/workspaces/old-case/outlets", { name: "Tempo" });
    const archived = await editor.json("PATCH", "/api/v1/workspaces/old-case", {
      version: created.version,
      archived: true,
    });
    expect(archived.status).toBe(200);
    const ws = WorkspaceSchema.parse(archived.body);
    expect(ws.archived).toBe(true);
    const write = await editor.json("POST", "/api/v1/workspaces/old-case/outlets", { name: "Kompas" });
    expect(write.status).toBe(409);
    expect(codeOf(write.body)).toBe("workspace_archived");
    // Its evidence stays readable.
    const outlets = await editor.json<{ items: unknown[] }>("GET", "/api/v1/workspaces/old-case/outlets");
    expect(outlets.status).toBe(200);
    expect(outlets.body.items).toHaveLength(1);
    const visible = List.parse((await editor.json("GET", "/api/v1/workspaces")).body).items.map(
      (w) => w.slug,
    );
    expect(visible).not.toContain("old-case");
    const all = List.parse((await editor.json("GET", "/api/v1/workspaces?archived=true")).body).items;
    expect(all.map((w) => w.slug)).toContain("old-case");
    const restored = await editor.json("PATCH", "/api/v1/workspaces/old-case", {
      version: ws.version,
      archived: false,
    });
    expect(WorkspaceSchema.parse(restored.body).archived).toBe(false);
    expect(
      (await editor.json("POST", "/api/v1/workspaces/old-case/outlets", { name: "Kompas" })).status,
    ).toBe(201);
  });
});
