import {
  type FindingMessage,
  type FlagView,
  type ReliabilitySnapshotDetailSchema,
  renderFinding,
} from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en";
import { id as dictionary } from "../src/i18n/id";
import { chromiumExecutable } from "./chromium";
import { apiSession, computeSnapshot, type E2E, screenshot, signIn, startE2E } from "./harness";

type Detail = ReturnType<typeof ReliabilitySnapshotDetailSchema.parse>;
const r = dictionary.reliability;

describe.skipIf(!chromiumExecutable())("reliability chart and outlet page in the browser", () => {
  let e: E2E;
  let lenient: Detail;

  beforeAll(async () => {
    e = await startE2E();
    const api = await apiSession(e.url, e.admin.email, e.admin.password);
    // Two snapshots: a minimum of 6 event slots (Republika's 5 are too few for a score), then a
    // minimum of one, so every outlet with a value is charted and Republika's history has one point.
    const compute = (body: unknown) => computeSnapshot(api, body);
    await compute({ minEvidence: 6 });
    lenient = await compute({ minEvidence: 1 });
    await signIn(e.page, e.url, e.admin.email, e.admin.password);
  });
  afterAll(async () => {
    await e?.close();
  });

  it("charts each scored outlet as a point with its interval, with a tooltip and the score-versus-accuracy sentence", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/reliability`);
    await page.getByTestId("reliability-table").waitFor();
    expect(await page.getByTestId("score-vs-accuracy").textContent()).toBe(r.scoreVsAccuracy);
    const chart = page.getByTestId("score-chart-outlets");
    await chart.waitFor();
    const scored = lenient.scores.filter((s) => s.status === "scored");
    expect(scored.length).toBeGreaterThan(0);
    await expect.poll(() => chart.locator(".recharts-line-dots circle").count()).toBe(scored.length);
    expect(await chart.locator(".recharts-bar-rectangle").count()).toBe(scored.length);
    const first = scored[0];
    await chart.locator(".recharts-bar-rectangle").first().hover();
    const tip = page.getByTestId("chart-tooltip");
    await tip.waitFor();
    const text = (await tip.textContent()) ?? "";
    expect(text).toContain(first?.outletName);
    expect(text).toContain(r.score);
    expect(text).toContain(r.interval);
    // Indonesian percentages: a decimal comma.
    expect(text).toMatch(/\d+,\d\s?%/);
    await screenshot(page, "reliability-chart-tooltip");

    // The articles with no printed outlet are one row without a score, with their counts.
    const unknown = page.locator('[data-testid="reliability-row"][data-status="no_outlet"]');
    expect(await unknown.count()).toBe(1);
    expect(await unknown.textContent()).toContain(r.statuses.no_outlet);
    expect(await page.getByTestId("reliability-row").last().getAttribute("data-status")).toBe("no_outlet");
  });

  it("opens an outlet's page: score history chart, assertions, flags and copy groups", async () => {
    const { page } = e;
    const republika = lenient.scores.find((s) => s.outletName === "Republika");
    expect(republika?.status).toBe("scored");
    await page.getByRole("link", { name: "Republika", exact: true }).click();
    await page.waitForURL(new RegExp(`/w/demo/outlets/${republika?.outletId}$`));
    expect(await page.getByTestId("outlet-name").textContent()).toBe("Republika");
    const history = page.getByTestId("score-chart-history");
    await history.waitFor();
    // One point for the lenient snapshot; the strict one gave no score.
    await expect.poll(() => history.locator(".recharts-line-dots circle").count()).toBe(1);
    expect(await page.getByTestId("outlet-history").textContent()).toContain(
      dictionary.outletPage.unscoredSnapshots.replace("{{count}}", "1"),
    );
    await history.locator(".recharts-bar-rectangle").first().hover();
    const tip = page.getByTestId("chart-tooltip");
    await tip.waitFor();
    expect(await tip.textContent()).toContain(r.accuracy);
    const assertions = page.getByTestId("outlet-assertions");
    await assertions.locator("tbody tr").first().waitFor();
    expect(await assertions.locator("tbody tr").count()).toBe(republika?.assertionCount);
    await page.getByTestId("outlet-flags").locator("tbody tr, p").first().waitFor();
    // Each flag on the outlet's articles with its explanation, rendered in Indonesian.
    const flags = (await (
      await (
        await apiSession(e.url, e.admin.email, e.admin.password)
      )(`/api/v1/workspaces/demo/flags?outletId=${republika?.outletId}&limit=50`)
    ).json()) as { items: FlagView[] };
    expect(flags.items.length).toBeGreaterThan(0);
    expect(await page.getByTestId("outlet-flag-explanation").allTextContents()).toEqual(
      flags.items.map((f) => renderFinding(f.message as FindingMessage, "id")),
    );
    await page.getByTestId("outlet-copy-groups").locator('[data-testid="copy-group"], p').first().waitFor();
    await screenshot(page, "outlet-page");
  });

  it("says a wire's score rests only on copies when it has no article of its own", async () => {
    const { page } = e;
    const reuters = lenient.scores.find((s) => s.outletName === "Reuters");
    expect(reuters).toMatchObject({ basis: "copies_only", assertionCount: 0 });
    await page.goto(`${e.url}/w/demo/outlets/${reuters?.outletId}`);
    const note = page.getByTestId("outlet-score-note");
    await note.waitFor();
    expect(await note.textContent()).toContain(r.copiesOnly.split(":")[0]);
  });

  it("says the same in English, with English number formatting", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/reliability`);
    await page.getByTestId("reliability-table").waitFor();
    await page.getByTestId("language-switch").getByText("EN", { exact: true }).click();
    await expect
      .poll(() => page.getByTestId("score-vs-accuracy").textContent())
      .toBe(en.reliability.scoreVsAccuracy);
    const unknown = page.locator('[data-testid="reliability-row"][data-status="no_outlet"]');
    expect(await unknown.textContent()).toContain(en.reliability.statuses.no_outlet);
    await page.getByTestId("score-chart-outlets").locator(".recharts-bar-rectangle").first().hover();
    const tip = page.getByTestId("chart-tooltip");
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/Score: \d+\.\d%/);
    await page.getByTestId("language-switch").getByText("ID", { exact: true }).click();
  });
});
