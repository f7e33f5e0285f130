import type { ArticleSuggestions, Assertion, ContradictionView, EventSuggestion } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { id as dictionary } from "../src/i18n/id";
import { chromiumExecutable } from "./chromium";
import { apiSession, type E2E, screenshot, signIn, startE2E } from "./harness";

// Two outlets on one meeting with different days (written for this test), and a third sentence to
// accept on its own.
const UJI_A = "Presiden Vladimir Putin bertemu Kim Jong Un di Pyongyang pada Rabu (19/6/2024).";
const UJI_B =
  "Kim Jong Un bertemu Vladimir Putin di Pyongyang pada Kamis (20/6/2024), menurut kantor berita KCNA.";
const UJI_C = "Sergei Lavrov bertemu Choe Son Hui di Moskow pada Jumat (18/10/2024).";
// An event no other outlet reports: proposed as an event of its own.
const UJI_D = "Vladimir Putin menerima Xi Jinping di Kremlin pada Selasa (21/3/2023).";

describe.skipIf(!chromiumExecutable())("the fact-checker's loop in the review UI", () => {
  let e: E2E;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    e = await startE2E();
    const admin = await apiSession(e.url, e.admin.email, e.admin.password);
    for (const [key, outlet, body, publishedAt] of [
      ["a", "Uji Satu", UJI_A, "2024-06-20T09:00:00+07:00"],
      ["b", "Uji Dua", UJI_B, "2024-06-21T09:00:00+07:00"],
      ["c", "Uji Tiga", UJI_C, "2024-10-19T09:00:00+07:00"],
      ["d", "Uji Empat", UJI_D, "2023-03-22T09:00:00+07:00"],
    ] as const) {
      const res = await admin("/api/v1/workspaces/demo/articles", {
        method: "POST",
        body: { outlet, body, publishedAt, language: "id", title: `${outlet}: uji` },
      });
      if (res.status !== 201) throw new Error(`import answered ${res.status}: ${await res.text()}`);
      ids[key] = ((await res.json()) as { article: { id: string } }).article.id;
    }
    await signIn(e.page, e.url, e.admin.email, e.admin.password);
  });
  afterAll(async () => {
    await e?.close();
  });

  it("accepts an event to review: members side by side, kind and title prefilled, one button", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/review/events`);
    const card = page.locator('[data-testid="event-suggestion"]', {
      has: page.locator('[data-outlet="Uji Satu"]'),
    });
    await card.waitFor();
    const group = await page.evaluate(async () => {
      const res = await fetch("/api/v1/workspaces/demo/event-suggestions");
      const items = ((await res.json()) as { items: EventSuggestion[] }).items;
      return items.find((g) => g.members.some((m) => m.outletName === "Uji Satu"));
    });
    if (!group) throw new Error("no event suggestion with Uji Satu");
    expect(group.members.map((m) => m.outletName).sort()).toEqual(["Uji Dua", "Uji Satu"]);
    expect(await card.getByTestId("event-member").count()).toBe(2);
    expect(await card.getByTestId("event-title").inputValue()).toBe(group.title);
    expect(await card.getByTestId("event-kind").inputValue()).toBe(dictionary.eventKinds.meeting);
    // The reasons in the interface language (Indonesian by default).
    const reasons = await card.getByTestId("event-reasons").textContent();
    for (const r of group.reasons) expect(reasons).toContain(r.text.id);
    await screenshot(page, "events-to-review");

    await card.getByTestId("event-accept").click();
    await page.waitForURL(/\/w\/demo\/events\/[0-9a-f-]{36}$/);
    const eventId = page.url().split("/").pop() as string;
    const contradictions = await page.evaluate(async (id) => {
      const res = await fetch(`/api/v1/workspaces/demo/contradictions?eventId=${id}`);
      return ((await res.json()) as { items: ContradictionView[] }).items;
    }, eventId);
    // Wednesday 19 June against Thursday 20 June: the conflict surfaced with no claim typed by hand.
    expect(contradictions.map((c) => c.ruleId)).toContain("date.conflict");
    await page.goto(`${e.url}/w/demo/review/events`);
    await page.getByTestId("event-suggestion-list").waitFor();
    expect(await page.locator('[data-outlet="Uji Satu"]').count()).toBe(0);
  });

  it("accepts a candidate claim's whole sentence into a new event with the form prefilled", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/articles/${ids.c}`);
    const panel = page.getByTestId("suggestion-panel");
    await panel.getByTestId("suggestion").first().waitFor();
    const stored = await page.evaluate(async (id) => {
      const res = await fetch(`/api/v1/workspaces/demo/articles/${id}/suggestions?kind=claim`);
      return (await res.json()) as ArticleSuggestions;
    }, ids.c as string);
    const claim = stored.items[0];
    if (!claim) throw new Error("no candidate claim in Uji Tiga");
    await panel.getByTestId("suggestion-kind-claim").click();
    await panel.locator(`[data-suggestion-id="${claim.id}"]`).getByTestId("suggestion-accept").click();
    const form = page.getByTestId("sentence-accept-form");
    await form.waitFor();
    expect(await form.getByTestId("sentence-kind").inputValue()).toBe(dictionary.eventKinds.meeting);
    expect(await form.getByTestId("sentence-title").inputValue()).toBe(
      "Sergei Lavrov – Choe Son Hui · Moskow · Jumat (18/10/2024)",
    );
    const slots = await form.getByTestId("sentence-slots").textContent();
    expect(slots).toContain("Jumat (18/10/2024)");
    expect(slots).toContain("Moskow");
    await screenshot(page, "sentence-accept");
    await form.getByTestId("sentence-submit").click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    const assertions = await page.evaluate(async (id) => {
      const res = await fetch(`/api/v1/workspaces/demo/assertions?articleId=${id}&limit=50`);
      return ((await res.json()) as { items: Assertion[] }).items;
    }, ids.c as string);
    // Date, place and participants, each an assertion of the one sentence.
    expect(assertions).toHaveLength(3);
    expect(new Set(assertions.map((a) => a.quote.exact))).toEqual(new Set([claim.quote]));
    await expect
      .poll(() =>
        panel.locator(`[data-suggestion-id="${claim.id}"]`).getByTestId("suggestion-accepted").count(),
      )
      .toBe(1);
  });

  it("accepts an event only one outlet reports from the events to review, with one button", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/review/events`);
    const card = page.locator('[data-testid="event-suggestion"]', {
      has: page.locator('[data-outlet="Uji Empat"]'),
    });
    await card.waitFor();
    const group = await page.evaluate(async () => {
      const res = await fetch("/api/v1/workspaces/demo/event-suggestions");
      const items = ((await res.json()) as { items: EventSuggestion[] }).items;
      return items.find((g) => g.members.some((m) => m.outletName === "Uji Empat"));
    });
    if (!group) throw new Error("no event suggestion with Uji Empat");
    expect(group.members).toHaveLength(1);
    expect(await card.getByTestId("event-member").count()).toBe(1);
    // One sentence: nothing to leave out, and the reasons say no other outlet reports it.
    expect(await card.getByTestId("member-include").count()).toBe(0);
    const reasons = await card.getByTestId("event-reasons").textContent();
    expect(reasons).toContain("Hanya satu artikel melaporkan pertemuan ini");
    expect(await card.getByTestId("event-kind").inputValue()).toBe(dictionary.eventKinds.meeting);
    expect(await card.getByTestId("event-title").inputValue()).toBe(group.title);
    expect(await card.getByTestId("event-accept").textContent()).toBe(dictionary.eventSuggestions.acceptOne);
    await card.getByTestId("event-accept").click();
    await page.waitForURL(/\/w\/demo\/events\/[0-9a-f-]{36}$/);
    const assertions = await page.evaluate(async (id) => {
      const res = await fetch(`/api/v1/workspaces/demo/assertions?articleId=${id}&limit=50`);
      return ((await res.json()) as { items: Assertion[] }).items;
    }, ids.d as string);
    // Date, place and participants of the one sentence, with no claim typed by hand.
    expect(assertions.length).toBeGreaterThanOrEqual(2);
    expect(new Set(assertions.map((a) => a.quote.exact))).toEqual(new Set([UJI_D]));
  });
});
