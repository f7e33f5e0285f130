import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ArticleSummarySchema, HealthSchema, pageOf } from "@kroscek/schema";
import { describe, expect, it } from "vitest";
import { embeddedEnv, runCli, startCliServer } from "../test/cli";

// Every process here opens the embedded database itself or through the server's socket; none of
// them goes through createTestDatabase, so DATABASE_URL (CI) does not apply. Each CLI run is a
// fresh Node process, hence the generous time limits.
const scratch = mkdtempSync(join(tmpdir(), "kroscek-shared-"));
const dataDir = join(scratch, "data");
const env = embeddedEnv(dataDir, { KROSCEK_DEMO: "on" });
const ArticlePage = pageOf(ArticleSummarySchema);

function articleFolder(name: string, count: number): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  for (let i = 0; i < count; i++)
    writeFileSync(
      join(dir, `${name}-${String(i).padStart(2, "0")}.md`),
      `---\noutlet: Harian CLI\npublished_at: 2024-01-${10 + (i % 9)}\nlanguage: id\n---\n` +
        `Berita ${name} nomor ${i}: Menteri bertemu delegasi pada Rabu di Jakarta, kata juru bicara.\n`,
    );
  return dir;
}

async function allArticles(url: string, token: string): Promise<string[]> {
  const titles: string[] = [];
  let cursor: string | null = null;
  do {
    const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
    const res = await fetch(`${url}/api/v1/workspaces/demo/articles?limit=200${q}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const page = ArticlePage.parse(await res.json());
    titles.push(...page.items.map((a) => a.title ?? ""));
    cursor = page.nextCursor;
  } while (cursor);
  return titles;
}

describe("CLI commands while the server runs on the embedded database", () => {
  it("import, token create and export share the server's database during HTTP writes; nothing is lost", async () => {
    const server = await startCliServer(["--port", "0"], env);
    try {
      // The lock names the socket; only the owner can reach it.
      const lock = JSON.parse(readFileSync(join(dataDir, "kroscek.lock"), "utf8"));
      expect(lock.socket).toBe(join(dataDir, "kroscek.sock"));
      expect(lock.startTime).toEqual(expect.any(String));
      expect(statSync(lock.socket).isSocket()).toBe(true);
      expect(statSync(lock.socket).mode & 0o777).toBe(0o600);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);

      const token = await runCli(["token", "create", "--workspace", "demo", "--role", "editor"], env);
      expect(token.stderr).toBe("");
      expect(token.code).toBe(0);
      const editor = token.stdout.trimEnd().split("\n").at(-1) as string;
      expect(editor).toMatch(/^ksk_/);

      const httpWrites = Array.from({ length: 24 }, (_, i) =>
        fetch(`${server.url}/api/v1/workspaces/demo/articles`, {
          method: "POST",
          headers: { authorization: `Bearer ${editor}`, "content-type": "application/json" },
          body: JSON.stringify({
            outlet: "Harian HTTP",
            title: `http ${i}`,
            body: `Berita HTTP nomor ${i}: Presiden menerima tamu pada Selasa di Istana, kata sumber resmi.`,
            publishedAt: "2024-01-16",
            language: "id",
          }),
        }).then((r) => r.status),
      );
      const [a, b, more, exported, ...statuses] = await Promise.all([
        runCli(["import", articleFolder("cli-a", 8)], env),
        runCli(["import", articleFolder("cli-b", 8)], env),
        runCli(["token", "create", "--workspace", "demo", "--role", "viewer", "--name", "during"], env),
        runCli(["export", "assertions", "--workspace", "demo"], env),
        ...httpWrites,
      ]);
      for (const r of [a, b, more, exported]) expect(r.stderr).toBe("");
      expect([a.code, b.code, more.code, exported.code]).toEqual([0, 0, 0, 0]);
      expect(a.stdout.match(/^created/gm)).toHaveLength(8);
      expect(b.stdout.match(/^created/gm)).toHaveLength(8);
      expect(exported.stdout.split("\n")[0]).toMatch(/^[a-z_]+(,[a-z_]+)+/);
      expect(statuses).toEqual(Array(24).fill(201));

      // Everything is there: 5 seed articles, 16 from the CLI, 24 over HTTP.
      const titles = await allArticles(server.url, editor);
      expect(titles).toHaveLength(5 + 16 + 24);
      expect(titles.filter((t) => t.startsWith("http "))).toHaveLength(24);
      const viewer = more.stdout.trimEnd().split("\n").at(-1) as string;
      const asViewer = await fetch(`${server.url}/api/v1/workspaces/demo/articles?limit=1`, {
        headers: { authorization: `Bearer ${viewer}` },
      });
      expect(asViewer.status).toBe(200);
      const health = HealthSchema.parse(await (await fetch(`${server.url}/api/health`)).json());
      expect(health.database).toBe("pglite");

      const migrate = await runCli(["migrate"], env);
      expect(migrate.code).toBe(0);
      expect(migrate.stdout).toMatch(/through the running server/);
    } finally {
      expect(await server.stop()).toBe(0);
    }

    // With the server gone the CLI opens the directory itself again; the data is all there.
    const again = await runCli(["import", join(scratch, "cli-a"), join(scratch, "cli-b")], env);
    expect(again.code).toBe(0);
    expect(again.stdout.match(/^duplicate/gm)).toHaveLength(16);
    expect(() => statSync(join(dataDir, "kroscek.sock"))).toThrow();
  }, 240_000);

  it("waits for a server that is still starting, then goes through its socket", async () => {
    const dir = join(scratch, "starting");
    const startingEnv = embeddedEnv(dir, { KROSCEK_DEMO: "on" });
    const starting = startCliServer(["--port", "0"], startingEnv);
    // The server holds the lock from the start but shares the database only once it has migrated
    // and loaded the demo.
    while (!existsSync(join(dir, "kroscek.lock"))) await new Promise((r) => setTimeout(r, 20));
    const token = await runCli(["token", "create", "--workspace", "demo", "--role", "viewer"], startingEnv);
    const server = await starting;
    try {
      expect(token.stderr).toBe("");
      expect(token.code).toBe(0);
      const res = await fetch(`${server.url}/api/v1/workspaces/demo/articles?limit=1`, {
        headers: { authorization: `Bearer ${token.stdout.trimEnd().split("\n").at(-1)}` },
      });
      expect(res.status).toBe(200);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 180_000);
});
