import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HealthSchema } from "@kroscek/schema";
import { afterAll, describe, expect, it } from "vitest";
import { embeddedEnv, runCli, startCliServer } from "../test/cli";

const scratch = mkdtempSync(join(tmpdir(), "kroscek-cli-"));
const dataDir = join(scratch, "data");
const env = embeddedEnv(dataDir, { KROSCEK_DEMO: "on" });

function articleFile(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

describe("kroscek serve on the embedded database", () => {
  let demoPassword: string | undefined;

  it("starts on an empty data directory, loads the demo once and reports pglite", async () => {
    const server = await startCliServer(["--port", "0"], env);
    try {
      const health = HealthSchema.parse(await (await fetch(`${server.url}/api/health`)).json());
      expect(health.database).toBe("pglite");
      expect(server.output()).toMatch(/Demo workspace loaded/);
      demoPassword = /password: (\S+)/.exec(server.output())?.[1];
      expect(demoPassword).toBeDefined();

      // The demo has finished reliability scores from the first start: every export answers 200.
      const signIn = await fetch(`${server.url}/api/v1/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "admin@demo.kroscek.local", password: demoPassword }),
      });
      const cookie = signIn.headers.get("set-cookie")?.split(";")[0] ?? "";
      for (const file of [
        "reliability.csv",
        "reliability.json",
        "claimreview.jsonld",
        "assertions.csv",
        "annotations.jsonld",
      ]) {
        const res = await fetch(`${server.url}/api/v1/workspaces/demo/exports/${file}`, {
          headers: { cookie },
        });
        expect(res.status, file).toBe(200);
        const text = await res.text();
        if (file === "reliability.json") expect(JSON.parse(text).rows.length).toBeGreaterThan(0);
      }

      // A second server on the same data directory stops at once, with advice (CLI commands
      // share the running server's database instead: cli-shared.test.ts).
      const second = await runCli(["serve", "--port", "0"], env);
      expect(second.code).toBe(3);
      expect(second.stderr).toMatch(/in use by another Kroscek process/);
      expect(second.stderr).toMatch(/stop that process first/);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it("keeps its data across a restart and does not load the demo twice", async () => {
    const server = await startCliServer(["--port", "0"], env);
    try {
      expect(server.output()).not.toMatch(/Demo workspace loaded/);
      expect(server.output()).not.toContain(demoPassword);
    } finally {
      await server.stop();
    }
    const again = await runCli(["import", join(__dirname, "../../../../db/demo/articles")], env);
    expect(again.code).toBe(0);
    expect(again.stdout.match(/^duplicate/gm)).toHaveLength(5);
  });
});

describe("kroscek import", () => {
  it("stores a new text once and reports the second import as a duplicate", async () => {
    const file = articleFile(
      "meeting.md",
      "---\noutlet: Contoh Harian\npublished_at: 2024-01-19\nlanguage: id\n---\nPutin bertemu Choe Son Hui pada Rabu.\n",
    );
    const first = await runCli(["import", file], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^created\s+meeting\.md -> article [0-9a-f-]{36}$/m);
    const second = await runCli(["import", file], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^duplicate\s+meeting\.md/m);
  });

  it("exits non-zero naming a missing file", async () => {
    const r = await runCli(["import", join(scratch, "nowhere.txt")], env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("no such file or folder");
    expect(r.stderr).toContain("nowhere.txt");
  });

  it("exits non-zero naming unreadable front-matter, and imports the good files beside it", async () => {
    const bad = articleFile("bad.md", "---\noutlet: [unclosed\n---\nIsi berita.\n");
    const unknownKey = articleFile("odd.md", "---\nsection: dunia\n---\nIsi berita lain.\n");
    const good = articleFile("good.txt", "Berita yang baik dan benar.\n");
    const r = await runCli(["import", bad, unknownKey, good], env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/rejected\s+bad\.md: unreadable front-matter/);
    expect(r.stderr).toMatch(/rejected\s+odd\.md: unreadable front-matter.*section/);
    expect(r.stdout).toMatch(/created\s+good\.txt/);
  });

  it("exits non-zero naming an unknown workspace", async () => {
    const r = await runCli(["import", "--workspace", "no-such-room", articleFile("w.txt", "Teks.")], env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("unknown workspace 'no-such-room'");
  });
});

describe("kroscek token create", () => {
  it("prints the new token alone on its last line", async () => {
    const r = await runCli(["token", "create", "--workspace", "demo", "--role", "editor"], env);
    expect(r.code).toBe(0);
    const last = r.stdout.trimEnd().split("\n").at(-1);
    expect(last).toMatch(/^ksk_[A-Za-z0-9_-]{40,}$/);
  });

  it("rejects an unknown role and an unknown workspace", async () => {
    const role = await runCli(["token", "create", "--workspace", "demo", "--role", "boss"], env);
    expect(role.code).not.toBe(0);
    expect(role.stderr).toContain("--role must be one of");
    const ws = await runCli(["token", "create", "--workspace", "ghost", "--role", "viewer"], env);
    expect(ws.code).not.toBe(0);
    expect(ws.stderr).toContain("unknown workspace 'ghost'");
  });
});

describe("kroscek redetect", () => {
  it("runs the rules again over the demo workspace and names an unknown one", async () => {
    const r = await runCli(["redetect", "--workspace", "demo"], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Re-detected 'demo': \d+ events, [1-9]\d* articles\./);
    const ghost = await runCli(["redetect", "--workspace", "ghost"], env);
    expect(ghost.code).not.toBe(0);
    expect(ghost.stderr).toContain("unknown workspace 'ghost'");
  });
});

afterAll(() => {
  // The scratch folder lives in the OS temp directory; leaving it helps debugging a failed run.
});
