import { readFileSync } from "node:fs";
import {
  type ArticleSuggestions,
  type Assertion,
  CATALOGUES,
  type Claim,
  type Event,
  type SuggestionOf,
} from "@kroscek/schema";
import { parse as parseCsv } from "csv-parse/sync";
import type { Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimValueText } from "../src/i18n/findings";
import { id as dictionary } from "../src/i18n/id";
import { codePointLength } from "../src/lib/code-points";
import { chromiumExecutable } from "./chromium";
import { apiSession, type E2E, screenshot, selectInBody, signIn, startE2E } from "./harness";

// Emoji and a regional flag before the quote: UTF-16 and code-point offsets differ by 5 here (two flags of two astral code points each, one handshake).
const BODY = [
  "🇷🇺🤝🇰🇵 Laporan uji Kroscek.",
  "Presiden Vladimir Putin bertemu Menteri Luar Negeri Korea Utara Choe Son Hui di Moskow pada Rabu, 17 Januari 2024.",
  "Kremlin tidak memberikan rincian pertemuan itu.",
].join("\n");
const PASSAGE = "pada Rabu, 17 Januari 2024";
const EVENT_TITLE = "Putin meets North Korean foreign minister Choe Son Hui in Moscow (January 2024)";
const XSS_BODY =
  'Judul palsu <img src=x onerror="window.__xss=1"> dan\n<script>window.__xss=2</script> selesai.';
const EDITOR = { email: "editor@demo.kroscek.local", password: "editor-password-123" };
/** The demo corpus's Republika copy of the Reuters story (db/demo/manifest.json). */
const REPUBLIKA_TITLE = "Kremlin: Rusia Kian Perkuat Hubungan dengan Korut";
const REPUBLIKA_TUESDAY = "Selasa (16/1/2024)";

/** Whether the element lies within the window, i.e. the page was scrolled to it. */
const inViewport = (element: Locator) =>
  element.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });

describe.skipIf(!chromiumExecutable())("review UI against the real server", () => {
  let e: E2E;
  let articleUrl = "";
  /** The demo article and date claim the suggestions test accepted into. */
  let republika = { url: "", dateClaimId: "" };

  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(async () => {
    await e?.close();
  });

  it("explains a failed sign-in in the interface language, with the request id", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/articles`);
    await page.waitForURL(/\/sign-in\?next=/);
    await page.locator('input[name="email"]').fill(e.admin.email);
    await page.locator('input[name="password"]').fill("not-the-password");
    await page.locator('button[type="submit"]').click();
    const alert = page.getByTestId("error-alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain(dictionary.errors.wrongCredentials);
    expect(await alert.textContent()).not.toContain("Wrong e-mail or password");
    expect(await alert.textContent()).toMatch(/ID permintaan: \S+/);
    await screenshot(page, "sign-in-error");
  });

  it("signs in with the demo administrator and lists the demo articles", async () => {
    await signIn(e.page, e.url, e.admin.email, e.admin.password);
    await e.page.getByTestId("article-list").getByRole("listitem").first().waitFor();
    expect(await e.page.getByTestId("article-list").getByRole("listitem").count()).toBeGreaterThanOrEqual(5);
    expect(await e.page.locator("html").getAttribute("lang")).toBe("id");
    await screenshot(e.page, "articles");
  });

  it("imports a pasted article with its metadata and opens it in the reader", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/articles/import`);
    await page.getByTestId("import-outlet").fill("Uji Pos");
    await page.getByTestId("import-url").fill("https://uji-pos.example/putin-choe");
    await page.getByTestId("import-title").fill("Putin bertemu Choe Son Hui di Moskow");
    await page.getByTestId("import-published").fill("2024-01-18");
    await page.getByTestId("import-body").fill(BODY);
    await page.getByRole("button", { name: "Impor", exact: true }).click();
    await page.waitForURL(/\/w\/demo\/articles\/[0-9a-f-]{36}$/);
    articleUrl = page.url();
    await page.getByTestId("article-body").waitFor();
    expect(await page.getByTestId("article-body").textContent()).toBe(BODY);
    await expect.poll(() => page.getByText("Uji Pos").first().isVisible()).toBe(true);
    await screenshot(page, "import");
  });

  it("imports uploaded files one by one, reporting created and duplicate", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/articles/import`);
    await page.getByRole("tab", { name: "Unggah berkas" }).click();
    await page.locator('input[type="file"]').setInputFiles([
      {
        name: "lavrov.md",
        mimeType: "text/markdown",
        buffer: Buffer.from("# Lavrov di Pyongyang\n\nDelegasi Rusia tiba."),
      },
      { name: "ulang.txt", mimeType: "text/plain", buffer: Buffer.from(BODY) },
    ]);
    await page.getByRole("button", { name: /Impor 2 berkas/ }).click();
    const results = page.getByTestId("import-results");
    await expect
      .poll(async () => (await results.textContent()) ?? "")
      .toMatch(/lavrov\.md.*dibuat.*ulang\.txt.*duplikat/s);
    await screenshot(page, "import-files");
  });

  it("records an assertion from a selected passage, anchored by code points", async () => {
    const { page } = e;
    await page.goto(articleUrl);
    await page.getByTestId("article-body").waitFor();
    await selectInBody(page, PASSAGE);
    await page.getByTestId("pending-quote").waitFor();
    await page.getByTestId("open-record").click();
    const form = page.getByTestId("record-form");
    await form.waitFor();
    expect(await page.getByTestId("record-quote").textContent()).toBe(PASSAGE);
    await page.getByTestId("record-event").click();
    await page.getByTestId("record-event").fill("Choe");
    await page.getByRole("option", { name: EVENT_TITLE }).click();
    await page.getByTestId("record-claim").click();
    await page.getByRole("option", { name: /^\+ / }).click();
    await page.getByTestId("claim-date").fill("2024-01-17");
    await page.getByTestId("claim-interval").waitFor();
    await screenshot(page, "record-assertion");
    await page.getByTestId("record-submit").click();
    await form.waitFor({ state: "detached" });
    const mark = page.locator('[data-testid="article-body"] mark[data-stance="asserts"]');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(PASSAGE);

    const articleId = articleUrl.split("/").pop();
    const stored = await page.evaluate(async (id) => {
      const res = await fetch(`/api/v1/workspaces/demo/assertions?articleId=${id}`);
      return (await res.json()) as {
        items: Array<{ position: { start: number; end: number }; quote: { exact: string } }>;
      };
    }, articleId);
    const start = codePointLength(BODY.slice(0, BODY.indexOf(PASSAGE)));
    expect(stored.items).toHaveLength(1);
    expect(stored.items[0]?.quote.exact).toBe(PASSAGE);
    expect(stored.items[0]?.position).toEqual({ start, end: start + codePointLength(PASSAGE) });
    expect(start).toBe(BODY.indexOf(PASSAGE) - 5);
    await screenshot(page, "reader");
  });

  it("shows the date contradiction on the event matrix and in the queue", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/events`);
    await page.getByRole("link", { name: EVENT_TITLE }).click();
    await page.getByTestId("event-matrix").waitFor();
    await page.getByTestId("event-conflicts").waitFor();
    expect(await page.locator('[data-testid="event-matrix"] th', { hasText: "Uji Pos" }).count()).toBe(1);
    expect(
      await page.locator('[data-testid="event-matrix"] td[data-conflict="true"]').count(),
    ).toBeGreaterThan(0);
    await screenshot(page, "event-matrix");

    await page.goto(`${e.url}/w/demo/review/contradictions`);
    const card = page.getByTestId("contradiction").filter({ hasText: "Uji Pos" }).first();
    await card.waitFor();
    expect(await card.textContent()).toContain(PASSAGE);
    // The rule by its name in the interface language, never its code.
    expect(await card.textContent()).toContain(CATALOGUES.id.rule["date.conflict"]);
    expect(await card.textContent()).not.toContain("date.conflict");
    await screenshot(page, "contradictions");
  });

  it("lets an editor dismiss the contradiction with a note", async () => {
    const admin = await apiSession(e.url, e.admin.email, e.admin.password);
    const res = await admin("/api/v1/workspaces/demo/members", {
      method: "POST",
      body: { email: EDITOR.email, role: "editor" },
    });
    expect(res.status).toBe(201);
    const { acceptPath } = (await res.json()) as { acceptPath: string };
    const joined = await fetch(
      `${e.url}${acceptPath.replace("/invite", "/api/v1/invitations/link/accept")}`,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ password: EDITOR.password, displayName: "Editor Uji" }),
      },
    );
    expect(joined.status).toBe(200);

    const { page } = e;
    await page.goto(`${e.url}/w/demo/articles`);
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Keluar" }).click();
    await page.waitForURL(/\/sign-in/);
    await signIn(page, e.url, EDITOR.email, EDITOR.password);
    await page.goto(`${e.url}/w/demo/review/contradictions`);
    const open = page.getByTestId("contradiction").filter({ hasText: "Uji Pos" });
    await open.first().waitFor();
    const before = await open.count();
    await open.first().getByTestId("dismiss").click();
    await page.getByTestId("decision-note").fill("Uji Pos salah menulis tanggal; sumber lain 16/1.");
    await page.getByTestId("decision-submit").click();
    await expect.poll(() => open.count()).toBe(before - 1);

    await page.getByTestId("contradiction-status").getByText("Ditolak").click();
    const dismissed = page.getByTestId("contradiction").filter({ hasText: "Uji Pos salah menulis tanggal" });
    await dismissed.first().waitFor();
    await screenshot(page, "contradiction-dismissed");
  });

  it("recomputes outlet reliability and exports the CSV with one row per outlet", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/reliability`);
    await page.getByTestId("recompute").click();
    const table = page.getByTestId("reliability-table");
    await table.waitFor({ timeout: 60_000 });
    // The table first shows the last finished snapshot; the recomputed one includes Uji Pos,
    // whose assertion an earlier test recorded.
    await table.getByTestId("reliability-row").filter({ hasText: "Uji Pos" }).waitFor({ timeout: 60_000 });
    const shown = await table.getByTestId("reliability-row").allTextContents();
    expect(shown.length).toBeGreaterThanOrEqual(3);
    await screenshot(page, "reliability");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-csv").click(),
    ]);
    expect(download.suggestedFilename()).toBe("reliability.csv");
    const path = await download.path();
    const [header, ...rows] = parseCsv(readFileSync(path, "utf8").replace(/^\uFEFF/, ""), {
      record_delimiter: "\r\n",
    });
    expect(header?.slice(0, 3)).toEqual(["outlet_id", "outlet_name", "score"]);
    expect(rows).toHaveLength(shown.length);
    const names = rows.map((r) => r[1]);
    expect(names).toEqual(expect.arrayContaining(["Republika", "Himalayapost.id", "Uji Pos"]));
    for (const r of rows) {
      const score = Number(r[2]);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it("drafts and publishes a verdict, and offers a reload when a save is stale (409)", async () => {
    const { page } = e;
    await page.goto(articleUrl);
    await page.locator('[data-testid="assertion-list"] a[href*="/claims/"]').first().click();
    await page.waitForURL(/\/claims\/[0-9a-f-]{36}$/);
    const claimId = page.url().split("/").pop() as string;
    await page.getByTestId("verdict-rating").click();
    await page.getByRole("option").first().click();
    await page.getByTestId("verdict-rationale").fill("Sumber lain menyebut 16 Januari 2024.");
    await page.getByTestId("verdict-save").click();
    await expect.poll(() => page.getByTestId("verdict-status").textContent()).toBe("Draf");
    await page.getByTestId("verdict-publish").click();
    await page.getByTestId("confirm-action").click();
    await expect.poll(() => page.getByTestId("verdict-status").textContent()).toBe("Terbit");
    await page.getByTestId("claim-audit").getByText(dictionary.auditActions.verdict_publish).waitFor();

    // Someone else redrafts meanwhile: the page still holds the old version.
    const editor = await apiSession(e.url, EDITOR.email, EDITOR.password);
    const current = (await (await editor(`/api/v1/workspaces/demo/claims/${claimId}/verdict`)).json()) as {
      ratingKey: string;
      version: number;
    };
    const put = await editor(`/api/v1/workspaces/demo/claims/${claimId}/verdict`, {
      method: "PUT",
      body: { ratingKey: current.ratingKey, rationale: "Diubah di tab lain.", version: current.version },
    });
    expect(put.status).toBe(200);
    await page.getByTestId("verdict-rationale").fill("Perubahan yang basi.");
    await page.getByTestId("verdict-save").click();
    const alert = page.getByTestId("error-alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("ID permintaan");
    await screenshot(page, "verdict-conflict");
    await alert.getByRole("button", { name: "Muat ulang" }).click();
    await expect.poll(() => page.getByTestId("verdict-rationale").inputValue()).toBe("Diubah di tab lain.");
    await screenshot(page, "claim-verdict");
  });

  it("lists an article's suggestions, points at them in the text and accepts one as an assertion", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/articles`);
    await page.getByRole("link", { name: REPUBLIKA_TITLE }).click();
    await page.waitForURL(/\/w\/demo\/articles\/[0-9a-f-]{36}$/);
    const articleId = page.url().split("/").pop() as string;
    const panel = page.getByTestId("suggestion-panel");
    await panel.getByTestId("suggestion").first().waitFor();
    const stored = await page.evaluate(async (id) => {
      const res = await fetch(`/api/v1/workspaces/demo/articles/${id}/suggestions`);
      return (await res.json()) as ArticleSuggestions;
    }, articleId);
    const assertionsOf = () =>
      page.evaluate(async (id) => {
        const res = await fetch(`/api/v1/workspaces/demo/assertions?articleId=${id}&limit=200`);
        return ((await res.json()) as { items: Assertion[] }).items;
      }, articleId);

    // Counts per kind, candidate claims first.
    const claimCount = stored.counts.claim ?? 0;
    expect(claimCount).toBeGreaterThan(0);
    expect(await panel.getByTestId("suggestion-kind-claim").textContent()).toBe(
      `${dictionary.suggestions.kinds.claim} (${claimCount})`,
    );
    expect(await panel.getByTestId("suggestion").first().getAttribute("data-kind")).toBe("claim");

    // The list is virtualised: only the cards in view are in the page; scrolling brings the rest,
    // down to the page furniture listed last.
    expect(await panel.getByTestId("suggestion").count()).toBeLessThan(stored.items.length);
    const furniture = stored.items.filter((i) => i.kind === "furniture");
    const lastFurniture = furniture[furniture.length - 1];
    if (!lastFurniture) throw new Error("the demo article has no page furniture");
    const furnitureCard = panel.locator(`[data-suggestion-id="${lastFurniture.id}"]`);
    await expect
      .poll(async () => {
        await panel.getByTestId("suggestion-list").evaluate((el) => el.scrollTo(0, el.scrollHeight));
        return furnitureCard.count();
      })
      .toBe(1);
    const reason = lastFurniture.details.reason as keyof typeof dictionary.suggestions.furnitureReasons;
    expect(await furnitureCard.getByTestId("suggestion-details").textContent()).toContain(
      dictionary.suggestions.furnitureReasons[reason],
    );

    // A date the extractor resolved, shown as the day it names in the article's time zone.
    await panel.getByTestId("suggestion-kind-date").click();
    await expect.poll(() => panel.getByTestId("suggestion").first().getAttribute("data-kind")).toBe("date");
    const tuesday = stored.items.find((i) => i.kind === "date" && i.quote === REPUBLIKA_TUESDAY);
    expect(tuesday?.details).toMatchObject({ status: "resolved" });
    const dateCard = panel.locator(`[data-suggestion-id="${tuesday?.id}"]`);
    await dateCard.waitFor();
    expect(await dateCard.getByTestId("suggestion-interval").textContent()).toBe(
      `16 Januari 2024 (${dictionary.claimValue.precisions.day})`,
    );
    expect(await dateCard.getByTestId("suggestion-details").textContent()).toContain(
      `“${REPUBLIKA_TUESDAY}”`,
    );
    await dateCard.getByTestId("suggestion-show").click();
    const focused = page.locator('[data-testid="article-body"] mark[data-suggestion-focus]');
    await focused.first().waitFor();
    expect((await focused.allTextContents()).join("")).toBe(REPUBLIKA_TUESDAY);
    await expect.poll(() => inViewport(focused.first())).toBe(true);
    await screenshot(page, "suggestions");

    // Accept the candidate claim dated that Tuesday into the demo event's date claim.
    await panel.getByTestId("suggestion-kind-claim").click();
    const claim = stored.items.find(
      (i): i is SuggestionOf<"claim"> =>
        i.kind === "claim" &&
        i.status === "open" &&
        (i.details.date as { text?: string } | null)?.text === REPUBLIKA_TUESDAY,
    );
    if (!claim) throw new Error("the demo article has no open candidate claim dated Tuesday");
    const claimCard = panel.locator(`[data-suggestion-id="${claim.id}"]`);
    await claimCard.waitFor();
    expect(await claimCard.getByTestId("suggestion-quote").textContent()).toBe(`“${claim.quote}”`);
    const before = await assertionsOf();
    await claimCard.getByTestId("suggestion-accept").click();
    // A candidate claim opens on "whole sentence into an event"; this test links it to one claim.
    await page.getByTestId("accept-mode").getByText(dictionary.sentenceAccept.modeClaim).click();
    const form = page.getByTestId("accept-form");
    await form.waitFor();
    expect(await form.getByTestId("accept-quote").textContent()).toBe(claim.quote);
    expect(await form.getByTestId("record-stance").inputValue()).toBe(dictionary.stance.asserts);
    const suggestedKind = (
      claim.details.attribution as { attributionKind: keyof typeof dictionary.attribution.kinds }
    ).attributionKind;
    expect(await form.getByTestId("record-attribution").inputValue()).toBe(
      dictionary.attribution.kinds[suggestedKind],
    );
    await form.getByTestId("record-event").click();
    await form.getByTestId("record-event").fill("Choe");
    await page.getByRole("option", { name: EVENT_TITLE }).click();
    // The event's date claim that names the day the suggestion resolved.
    const suggestedDay = (claim.details.date as { interval: { start: string } }).interval.start;
    const dateClaim = await page.evaluate(
      async ({ title, start }) => {
        const get = async <T>(path: string) =>
          ((await (await fetch(`/api/v1/workspaces/demo${path}`)).json()) as { items: T[] }).items;
        const event = (await get<Event>(`/events?q=${encodeURIComponent(title)}`)).find(
          (e) => e.title === title,
        );
        const claims = await get<Claim>(`/claims?eventId=${event?.id}&limit=200`);
        return claims.find((c) => c.value.slot === "date" && c.value.interval.start === start);
      },
      { title: EVENT_TITLE, start: suggestedDay },
    );
    if (!dateClaim) throw new Error("the demo event has no claim of the suggested day");
    republika = { url: page.url(), dateClaimId: dateClaim.id };
    await form.getByTestId("record-claim").click();
    await page
      .getByRole("option", {
        name: `${dictionary.slots.date}: ${claimValueText(dateClaim, "id")}`,
        exact: true,
      })
      .click();
    await screenshot(page, "suggestion-accept");
    await form.getByTestId("accept-submit").click();
    await form.waitFor({ state: "detached" });
    await page.getByRole("dialog").waitFor({ state: "detached" });

    // The suggestion is accepted and the reader shows the new assertion.
    await claimCard.getByTestId("suggestion-accepted").waitFor();
    const after = await assertionsOf();
    expect(after).toHaveLength(before.length + 1);
    const added = after.find((a) => !before.some((b) => b.id === a.id)) as Assertion;
    expect(added.position).toEqual(claim.position);
    expect(added.quote.exact).toBe(claim.quote);
    expect(added.claimId).toBe(dateClaim.id);
    expect(added.stance).toBe("asserts");
    expect(added.attribution.kind).toBe(suggestedKind);
    const list = page.getByTestId("assertion-list").getByRole("listitem");
    await expect.poll(() => list.count()).toBe(before.length + 1);
    await list.filter({ hasText: claim.quote }).first().waitFor();
    const mark = page.locator(`[data-testid="article-body"] mark[data-assertion-ids~="${added.id}"]`);
    await mark.first().waitFor();
    await expect.poll(() => inViewport(mark.first())).toBe(true);
    await screenshot(page, "suggestion-accepted");
  });

  it("offers a reload when someone else accepted the suggestion first (409)", async () => {
    const { page } = e;
    await page.goto(republika.url);
    const articleId = republika.url.split("/").pop() as string;
    const panel = page.getByTestId("suggestion-panel");
    await panel.getByTestId("suggestion-kind-date").click();
    const card = panel
      .locator(`[data-kind="date"][data-status="open"]`)
      .filter({ hasText: REPUBLIKA_TUESDAY });
    await card.first().waitFor();
    const suggestionId = (await card.first().getAttribute("data-suggestion-id")) as string;
    await card.first().getByTestId("suggestion-accept").click();
    const form = page.getByTestId("accept-form");
    await form.waitFor();

    // Meanwhile a colleague accepts the same suggestion.
    const colleague = await apiSession(e.url, e.admin.email, e.admin.password);
    const res = await colleague(
      `/api/v1/workspaces/demo/articles/${articleId}/suggestions/${suggestionId}/accept`,
      { method: "POST", body: { claimId: republika.dateClaimId } },
    );
    expect(res.status).toBe(201);

    await form.getByTestId("record-event").click();
    await form.getByTestId("record-event").fill("Choe");
    await page.getByRole("option", { name: EVENT_TITLE }).click();
    await form.getByTestId("record-claim").click();
    await page.getByRole("option").first().click();
    await form.getByTestId("accept-submit").click();
    const alert = form.getByTestId("error-alert");
    await alert.waitFor();
    // Said in the interface language, not with the API's English sentence.
    expect(await alert.textContent()).not.toContain("already accepted");
    expect(await alert.textContent()).toContain(dictionary.errors.conflict);
    await alert.scrollIntoViewIfNeeded();
    await screenshot(page, "suggestion-conflict");
    await alert.getByRole("button", { name: dictionary.errors.reload }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await panel
      .locator(`[data-suggestion-id="${suggestionId}"]`)
      .getByTestId("suggestion-accepted")
      .waitFor();
  });

  it("switches the interface language to English and remembers it", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/articles`);
    await page.getByRole("heading", { name: "Artikel", exact: true }).waitFor();
    await page.getByTestId("language-switch").getByText("EN").click();
    await page.getByRole("heading", { name: "Articles", exact: true }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.reload();
    await page.getByRole("heading", { name: "Articles", exact: true }).waitFor();
    expect(await page.getByRole("navigation").getByText("Contradictions").isVisible()).toBe(true);
    await screenshot(page, "language-english");

    // Tablet width: navigation collapses behind a button and nothing scrolls sideways.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(articleUrl);
    await page.getByTestId("article-body").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    await screenshot(page, "tablet-reader");
    await page.getByRole("button", { name: "Toggle navigation" }).click();
    await page.getByRole("navigation").getByText("Events", { exact: true }).waitFor();
    await page.waitForTimeout(400); // let the navigation finish sliding in
    await screenshot(page, "tablet-navigation");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("renders markup in an article body as literal text and never runs it", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/articles/import`);
    await page.getByTestId("import-title").fill("<b>Judul</b> dengan markup");
    await page.getByTestId("import-body").fill(XSS_BODY);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.waitForURL(/\/w\/demo\/articles\/[0-9a-f-]{36}$/);
    const body = page.getByTestId("article-body");
    await body.waitFor();
    expect(await body.textContent()).toBe(XSS_BODY);
    expect(await body.locator("img, script, b").count()).toBe(0);
    expect(await page.getByRole("heading", { name: "<b>Judul</b> dengan markup" }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await screenshot(page, "xss-literal");
  });

  it("runs the whole UI under the server's strict CSP: every page above, without one refusal", async () => {
    const res = await fetch(`${e.url}/w/demo/articles`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(e.cspViolations).toEqual([]);
  });

  it("renders the API docs page under its CSP", async () => {
    const { page } = e;
    await page.goto(`${e.url}/api/docs`);
    await page.locator(".swagger-ui .info .title").waitFor();
    expect(await page.locator(".swagger-ui .opblock").count()).toBeGreaterThan(10);
    expect(e.cspViolations).toEqual([]);
    await screenshot(page, "api-docs");
  });
});
