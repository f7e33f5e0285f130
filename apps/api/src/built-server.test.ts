// The production build: the compiled server (no TypeScript loader) serving the built UI and the API.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMMUTABLE, REVALIDATE } from "./web";

const apiDir = fileURLToPath(new URL("..", import.meta.url));
const webDir = fileURLToPath(new URL("../../web", import.meta.url));

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly the given headers (fetch would add Accept-Encoding and decompress). */
function get(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the production build", () => {
  let dir: string;
  let child: ChildProcess;
  let url = "";
  let banner = "";

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kroscek-built-"));
    const webDist = join(dir, "web");
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: apiDir, stdio: "pipe" });
    execFileSync(
      process.execPath,
      [join(webDir, "node_modules/vite/bin/vite.js"), "build", "--outDir", webDist, "--emptyOutDir"],
      // vitest runs with NODE_ENV=test, which would build React's development code.
      { cwd: webDir, stdio: "pipe", env: { ...process.env, NODE_ENV: "production" } },
    );
    // Plain node on the compiled entry: a TypeScript file anywhere on the way would not load.
    child = spawn(process.execPath, ["dist/main.js", "serve", "--port", "0"], {
      cwd: apiDir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        KROSCEK_DATA_DIR: join(dir, "data"),
        KROSCEK_WEB_DIST: webDist,
        KROSCEK_DEMO: "on",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    await new Promise<void>((resolve, reject) => {
      child.once("exit", (code) => reject(new Error(`the built server exited (${code}): ${stderr}`)));
      child.stdout?.on("data", (d: Buffer) => {
        banner += d.toString();
        const m = /listening on (http:\/\/\S+)/.exec(banner);
        if (m?.[1] && banner.includes("password:")) {
          url = m[1];
          resolve();
        }
      });
    });
  }, 180_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers /api/health and serves the UI's index.html, revalidated on every load", async () => {
    const health = await get(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body.toString())).toMatchObject({ status: "ok", database: "pglite" });
    const index = await get(`${url}/`, { "accept-encoding": "br, gzip" });
    expect(index.status).toBe(200);
    expect(index.headers["content-type"]).toMatch(/text\/html/);
    expect(index.headers["cache-control"]).toBe(REVALIDATE);
    expect(index.body.toString()).toMatch(
      /<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js">/,
    );
    const route = await get(`${url}/w/demo/articles`);
    expect(route.headers["cache-control"]).toBe(REVALIDATE);
    expect(route.body.toString()).toBe(index.body.toString());
  });

  it("serves the OpenAPI document with its named components from the compiled bundle", async () => {
    const res = await get(`${url}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = JSON.parse(res.body.toString()) as {
      components: { schemas: Record<string, unknown> };
      paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>;
    };
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["Article", "ArticleSummaryPage", "ErrorEnvelope"]),
    );
    const list = doc.paths["/api/v1/workspaces/{workspace}/articles"]?.get?.responses["200"];
    expect(JSON.stringify(list)).toContain('"$ref":"#/components/schemas/ArticleSummaryPage"');
  });

  it("sends hashed assets precompressed by Accept-Encoding and cacheable for good", async () => {
    const index = (await get(`${url}/`)).body.toString();
    const script = /src="(\/assets\/index-[\w-]+\.js)"/.exec(index)?.[1] ?? "";
    const style = /href="(\/assets\/index-[\w-]+\.css)"/.exec(index)?.[1] ?? "";
    expect(script).not.toBe("");
    expect(style).not.toBe("");
    for (const path of [script, style]) {
      const plain = await get(`${url}${path}`);
      expect(plain.status, path).toBe(200);
      expect(plain.headers["cache-control"], path).toBe(IMMUTABLE);
      expect(plain.headers["content-encoding"], path).toBeUndefined();
      const br = await get(`${url}${path}`, { "accept-encoding": "gzip, deflate, br" });
      expect(br.headers["content-encoding"], path).toBe("br");
      expect(br.headers["cache-control"], path).toBe(IMMUTABLE);
      expect(br.headers.vary, path).toMatch(/accept-encoding/i);
      expect(br.body.length, path).toBeLessThan(plain.body.length / 2);
      expect(brotliDecompressSync(br.body).equals(plain.body), path).toBe(true);
      const gz = await get(`${url}${path}`, { "accept-encoding": "gzip" });
      expect(gz.headers["content-encoding"], path).toBe("gzip");
      expect(gunzipSync(gz.body).equals(plain.body), path).toBe(true);
    }
    const gone = await get(`${url}/assets/index-00000000.js`);
    expect(gone.status).toBe(404);
    expect(JSON.parse(gone.body.toString()).error.code).toBe("not_found");
  });

  it("compresses large JSON answers, not small ones, and computes reliability in the compiled worker", async () => {
    const email = /e-mail:\s+(\S+)/.exec(banner)?.[1] ?? "";
    const password = /password:\s+(\S+)/.exec(banner)?.[1] ?? "";
    const signIn = await fetch(`${url}/api/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const path = `${url}/api/v1/workspaces/demo/articles?limit=100`;
    const plain = await get(path, { cookie });
    expect(plain.status).toBe(200);
    expect(plain.body.length).toBeGreaterThan(1024);
    const gz = await get(path, { cookie, "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(gz.body).toString())).toEqual(JSON.parse(plain.body.toString()));
    const small = await get(`${url}/api/health`, { "accept-encoding": "gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    // The demo's first snapshot ran at start-up in the engine's worker thread, from dist/.
    const snapshots = await get(`${url}/api/v1/workspaces/demo/reliability/snapshots`, { cookie });
    const items = JSON.parse(snapshots.body.toString()).items as { status: string }[];
    expect(items[0]?.status).toBe("done");
  });

  it("built the worker thread and the server without a TypeScript loader", () => {
    const main = readFileSync(join(apiDir, "dist/main.js"), "utf8");
    expect(main).toContain("engine-worker.js");
    expect(main).not.toMatch(/from ["']tsx/);
    expect(readFileSync(join(apiDir, "dist/engine-worker.js"), "utf8")).not.toMatch(/tsx/);
  });
});
