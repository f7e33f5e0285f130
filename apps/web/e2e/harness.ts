import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  fetchLimitsOf,
  loadDemo,
  loadEnv,
  openSetup,
  startServer,
  startTestServer,
} from "@kroscek/api/testing";
import type { ReliabilitySnapshotDetailSchema } from "@kroscek/schema";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { chromiumExecutable } from "./chromium";

type SnapshotDetail = ReturnType<typeof ReliabilitySnapshotDetailSchema.parse>;

const webDist = fileURLToPath(new URL("../dist", import.meta.url));
export const screenshotDir = fileURLToPath(new URL("../../../artifacts/screenshots/", import.meta.url));

export interface E2E {
  url: string;
  admin: { email: string; password: string };
  context: BrowserContext;
  page: Page;
  /** Console reports of anything the Content-Security-Policy refused, on every page so far. */
  cspViolations: string[];
  close(): Promise<void>;
}

interface App {
  url: string;
  admin: E2E["admin"] | null;
  setupPath: string | null;
  close(): Promise<void>;
}

/**
 * The real server (API + built UI on one origin) over a fresh database: a scratch database on
 * DATABASE_URL's server when set, else PGlite in a temporary directory. With `demo` the demo
 * workspace is loaded; without it the database has no account and a setup link is opened, as
 * `kroscek serve` does with KROSCEK_DEMO=off.
 */
async function startApp(demo: boolean, options: E2EOptions = {}): Promise<App> {
  const fetchAllow = options.fetchAllow ?? "";
  if (process.env.DATABASE_URL) {
    const server = await startTestServer(
      { webDist, fetchLimits: fetchLimitsOf(loadEnv({ KROSCEK_FETCH_ALLOW: fetchAllow })) },
      options.refreshMinClaims === undefined ? {} : { refreshMinClaims: options.refreshMinClaims },
    );
    if (!demo) {
      const token = await openSetup(server.t.db);
      if (!token) throw new Error("the scratch database already had accounts");
      return {
        url: server.url,
        admin: null,
        setupPath: `/setup?token=${token}`,
        close: () => server.close(),
      };
    }
    const loaded = await loadDemo(server.t.db);
    if (!loaded.admin) throw new Error("the scratch database already had a demo workspace");
    return { url: server.url, admin: loaded.admin, setupPath: null, close: () => server.close() };
  }
  const dataDir = mkdtempSync(join(tmpdir(), "kroscek-e2e-db-"));
  const running = await startServer(
    loadEnv({
      KROSCEK_DATA_DIR: dataDir,
      HOST: "127.0.0.1",
      PORT: "0",
      KROSCEK_WEB_DIST: webDist,
      KROSCEK_DEMO: demo ? "on" : "off",
      KROSCEK_FETCH_ALLOW: fetchAllow,
      KROSCEK_REFRESH_MIN_CLAIMS: options.refreshMinClaims?.toString(),
      NODE_ENV: "test",
    }),
  );
  if (demo && !running.demo?.admin) throw new Error("the demo administrator was not created");
  if (!demo && !running.setupPath) throw new Error("the server printed no setup link");
  return {
    url: running.url,
    admin: running.demo?.admin ?? null,
    setupPath: running.setupPath,
    close: async () => {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A headless Chromium with a fresh profile of its own (its own cookies: a second person). */
export async function launchBrowser(): Promise<{
  context: BrowserContext;
  page: Page;
  /** Content-Security-Policy refusals Chromium reported on the console. */
  cspViolations: string[];
  close(): Promise<void>;
}> {
  const profile = mkdtempSync(join(tmpdir(), "kroscek-e2e-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable() ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const cspViolations: string[] = [];
  context.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1280, height: 900 });
  return {
    context,
    page,
    cspViolations,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the app with the demo loaded and a headless Chromium with a fresh profile; `fetchAllow`
 * is KROSCEK_FETCH_ALLOW (tests that archive pages from a local site allow 127.0.0.1).
 */
export interface E2EOptions {
  /** KROSCEK_FETCH_ALLOW: tests that archive pages from a local site allow 127.0.0.1. */
  fetchAllow?: string;
  /** KROSCEK_REFRESH_MIN_CLAIMS: 0 refreshes scores incrementally however small the workspace. */
  refreshMinClaims?: number;
}

export async function startE2E(options: E2EOptions = {}): Promise<E2E> {
  const app = await startApp(true, options);
  if (!app.admin) throw new Error("the demo administrator was not created");
  const browser = await launchBrowser();
  return {
    url: app.url,
    admin: app.admin,
    context: browser.context,
    page: browser.page,
    cspViolations: browser.cspViolations,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}

export interface FreshE2E extends Omit<E2E, "admin"> {
  /** The one-time setup link's path (`/setup?token=…`). */
  setupPath: string;
}

/** Starts the app on a database without any account (no demo) and a headless Chromium. */
export async function startFreshE2E(): Promise<FreshE2E> {
  const app = await startApp(false);
  if (!app.setupPath) throw new Error("no setup link");
  const browser = await launchBrowser();
  return {
    url: app.url,
    setupPath: app.setupPath,
    context: browser.context,
    page: browser.page,
    cspViolations: browser.cspViolations,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false });
}

export async function signIn(page: Page, url: string, email: string, password: string) {
  await page.goto(`${url}/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/w\/demo\/articles/);
}

/** Selects `needle` inside the rendered article body as a user would, then releases the mouse. */
export async function selectInBody(page: Page, needle: string) {
  await page.evaluate((text) => {
    const root = document.querySelector('[data-testid="article-body"]');
    if (!root) throw new Error("no article body");
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Array<{ node: Text; at: number }> = [];
    let all = "";
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, at: all.length });
      all += (n as Text).data;
    }
    const start = all.indexOf(text);
    if (start < 0) throw new Error(`'${text}' is not in the body`);
    const end = start + text.length;
    const locate = (offset: number) => {
      const hit = [...nodes].reverse().find((x) => x.at <= offset) as { node: Text; at: number };
      return [hit.node, offset - hit.at] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(end));
    const selection = window.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
    root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, needle);
}

/** Signs in over HTTP (no browser) and returns a fetch that sends the cookie and CSRF token. */
export async function apiSession(url: string, email: string, password: string) {
  const res = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return (path: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${url}${path}`, {
      method: init.method ?? "GET",
      headers: {
        cookie,
        "x-csrf-token": csrfToken,
        ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
}

type ApiSession = Awaited<ReturnType<typeof apiSession>>;

/** Asks `read` every 100 ms until it answers something other than undefined (at most 60 s). */
export async function pollUntil<T>(what: string, read: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`${what}: gave up after 60 s`);
}

/** Starts a reliability snapshot of the workspace over HTTP and waits until it is done. */
export async function computeSnapshot(api: ApiSession, body: unknown, ws = "demo"): Promise<SnapshotDetail> {
  const res = await api(`/api/v1/workspaces/${ws}/reliability/snapshots`, { method: "POST", body });
  if (res.status !== 202) throw new Error(`snapshot: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  return pollUntil("snapshot", async () => {
    const snap = (await (
      await api(`/api/v1/workspaces/${ws}/reliability/snapshots/${id}`)
    ).json()) as SnapshotDetail;
    if (snap.status === "failed") throw new Error(snap.error ?? "snapshot failed");
    return snap.status === "done" ? snap : undefined;
  });
}
