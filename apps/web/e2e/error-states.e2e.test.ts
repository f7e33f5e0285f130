// Error states in the Indonesian interface: a wrong sign-in, a refused form (422), a stale edit
// (409) and missing pages (404) are explained in Indonesian from the error's code, never with the
// server's English sentence.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en";
import { id as dictionary } from "../src/i18n/id";
import { LANGUAGE_KEY } from "../src/i18n/index";
import { chromiumExecutable } from "./chromium";
import { apiSession, type E2E, screenshot, signIn, startE2E } from "./harness";

/** The English sentences an alert must not show in Indonesian: the server's and the English dictionary's. */
const englishOf = (serverMessage: string) => [serverMessage, ...Object.values(en.errors.codes)];

async function alertText(page: Page, scope?: string): Promise<string> {
  const alert = (scope ? page.getByTestId(scope) : page).getByTestId("error-alert").first();
  await alert.waitFor();
  // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees, blocks on their own lines
  return alert.evaluate((el) => (el as HTMLElement).innerText);
}

describe.skipIf(!chromiumExecutable())("error states in Indonesian", () => {
  let e: E2E;
  let api: Awaited<ReturnType<typeof apiSession>>;
  /** A claim of the demo's first event, whose verdict the 422 and 409 cases edit. */
  let claimId = "";

  beforeAll(async () => {
    e = await startE2E();
    api = await apiSession(e.url, e.admin.email, e.admin.password);
    await e.page.goto(`${e.url}/sign-in`);
    await e.page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [LANGUAGE_KEY, "id"]);
  });
  afterAll(async () => {
    await e?.close();
  });

  it("explains a wrong sign-in (401) in Indonesian", async () => {
    const { page } = e;
    const server = await fetch(`${e.url}/api/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: e.admin.email, password: "bukan-kata-sandinya" }),
    });
    expect(server.status).toBe(401);
    const serverMessage = ((await server.json()) as { error: { message: string } }).error.message;
    await page.goto(`${e.url}/sign-in`);
    await page.locator('input[name="email"]').fill(e.admin.email);
    await page.locator('input[name="password"]').fill("bukan-kata-sandinya");
    await page.locator('button[type="submit"]').click();
    const text = await alertText(page);
    expect(text).toContain(dictionary.errors.wrongCredentials);
    expect(text).toMatch(/ID permintaan: \S+/);
    for (const english of englishOf(serverMessage)) expect(text).not.toContain(english);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("id");
    await signIn(page, e.url, e.admin.email, e.admin.password);
  });

  it("explains a refused form (422) by its reason and by its fields", async () => {
    const { page } = e;
    // A feed on a private address: the API refuses it with the reason `blocked_address`.
    await page.goto(`${e.url}/w/demo/feeds`);
    await page.getByTestId("feed-url").fill("http://127.0.0.1:9/feed.xml");
    await page.getByTestId("feed-url").press("Enter");
    const refused = await alertText(page);
    expect(refused).toContain(dictionary.errors.reasons.blocked_address);
    expect(refused).not.toContain("Feed URL refused");
    for (const english of englishOf("refused")) expect(refused).not.toContain(english);
    await screenshot(page, "error-422-feed");

    // A verdict whose published address is not http(s): a 422 naming the field.
    const events = (await (await api("/api/v1/workspaces/demo/events?limit=5")).json()) as {
      items: Array<{ id: string }>;
    };
    const eventId = events.items[0]?.id as string;
    const matrix = (await (await api(`/api/v1/workspaces/demo/events/${eventId}/matrix`)).json()) as {
      slots: Array<{ claims: Array<{ id: string }> }>;
    };
    claimId = matrix.slots.flatMap((s) => s.claims)[0]?.id as string;
    const direct = await api(`/api/v1/workspaces/demo/claims/${claimId}/verdict`, {
      method: "PUT",
      body: { ratingKey: "true", rationale: "x", url: "ftp://cekfakta.example/putusan" },
    });
    expect(direct.status).toBe(422);
    const serverMessage = ((await direct.json()) as { error: { message: string } }).error.message;
    await page.goto(`${e.url}/w/demo/claims/${claimId}`);
    await page.getByTestId("verdict-rating").click();
    await page.getByRole("option").first().click();
    await page.getByTestId("verdict-rationale").fill("Sumber lain menyebut tanggal yang sama.");
    await page.getByTestId("verdict-url").fill("ftp://cekfakta.example/putusan");
    await page.getByTestId("verdict-save").click();
    const invalid = await alertText(page);
    expect(invalid).toContain(dictionary.errors.codes.validation_failed);
    expect(invalid).toContain(dictionary.errors.fields.url);
    for (const english of englishOf(serverMessage)) expect(invalid).not.toContain(english);
    await screenshot(page, "error-422-verdict");
  });

  it("explains a stale edit (409) and offers to reload", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/claims/${claimId}`);
    await page.getByTestId("verdict-rating").click();
    await page.getByRole("option").first().click();
    await page.getByTestId("verdict-rationale").fill("Draf pertama.");
    await page.getByTestId("verdict-save").click();
    await expect.poll(() => page.getByTestId("verdict-status").textContent()).toBe("Draf");
    // Another tab redrafts meanwhile: the page still holds the old version.
    const editor = await apiSession(e.url, e.admin.email, e.admin.password);
    const path = `/api/v1/workspaces/demo/claims/${claimId}/verdict`;
    const current = (await (await editor(path)).json()) as { ratingKey: string; version: number };
    const put = await editor(path, {
      method: "PUT",
      body: { ratingKey: current.ratingKey, rationale: "Diubah di tab lain.", version: current.version },
    });
    expect(put.status).toBe(200);
    const stale = await editor(path, {
      method: "PUT",
      body: { ratingKey: current.ratingKey, rationale: "Basi.", version: current.version },
    });
    expect(stale.status).toBe(409);
    const serverMessage = ((await stale.json()) as { error: { message: string } }).error.message;
    await page.getByTestId("verdict-rationale").fill("Perubahan yang basi.");
    await page.getByTestId("verdict-save").click();
    const text = await alertText(page);
    expect(text).toContain(dictionary.errors.conflict);
    for (const english of englishOf(serverMessage)) expect(text).not.toContain(english);
    await page.getByTestId("error-alert").getByRole("button", { name: dictionary.errors.reload }).click();
    await expect.poll(() => page.getByTestId("verdict-rationale").inputValue()).toBe("Diubah di tab lain.");
  });

  it("explains a missing article (404) and an unknown screen", async () => {
    const { page } = e;
    const missing = "01890000-0000-7000-8000-000000000000";
    const server = await api(`/api/v1/workspaces/demo/articles/${missing}`);
    expect(server.status).toBe(404);
    const serverMessage = ((await server.json()) as { error: { message: string } }).error.message;
    await page.goto(`${e.url}/w/demo/articles/${missing}`);
    const text = await alertText(page);
    expect(text).toContain(dictionary.errors.codes.not_found);
    for (const english of englishOf(serverMessage)) expect(text).not.toContain(english);
    await screenshot(page, "error-404-article");

    await page.goto(`${e.url}/w/demo/tidak-ada`);
    await page.getByText(dictionary.app.notFound).waitFor();
  });
});
