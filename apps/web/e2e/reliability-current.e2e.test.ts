import { readFileSync } from "node:fs";
import type { ReliabilityCurrent, ReliabilitySnapshotDetailSchema } from "@kroscek/schema";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en";
import { id as dictionary } from "../src/i18n/id";
import { chromiumExecutable } from "./chromium";
import { apiSession, computeSnapshot, type E2E, pollUntil, screenshot, signIn, startE2E } from "./harness";

type Detail = ReturnType<typeof ReliabilitySnapshotDetailSchema.parse>;

describe.skipIf(!chromiumExecutable())("reliability page after a write: the refreshed scores", () => {
  let e: E2E;
  let api: Awaited<ReturnType<typeof apiSession>>;
  let snapshot: Detail;
  let current: ReliabilityCurrent;

  beforeAll(async () => {
    // Refreshed incrementally however small the workspace (the demo is otherwise recomputed in full).
    e = await startE2E({ refreshMinClaims: 0 });
    api = await apiSession(e.url, e.admin.email, e.admin.password);
    snapshot = await computeSnapshot(api, { minEvidence: 1 });

    // One write: an assertion of Republika's is deleted, so its events are re-estimated.
    const republika = snapshot.scores.find((s) => s.outletName === "Republika");
    if (!republika) throw new Error("no Republika row");
    const page = (await (
      await api(`/api/v1/workspaces/demo/outlets/${republika.outletId}/assertions?limit=1`)
    ).json()) as { items: { id: string }[] };
    const assertion = page.items[0];
    if (!assertion) throw new Error("Republika has no assertion");
    const del = await api(`/api/v1/workspaces/demo/assertions/${assertion.id}`, { method: "DELETE" });
    if (del.status !== 204) throw new Error(`delete: ${del.status} ${await del.text()}`);
    current = await pollUntil("refresh", async () => {
      const c = (await (
        await api("/api/v1/workspaces/demo/reliability/current")
      ).json()) as ReliabilityCurrent;
      return c.refreshedAt ? c : undefined;
    });
    await signIn(e.page, e.url, e.admin.email, e.admin.password);
  }, 180_000);
  afterAll(async () => {
    await e?.close();
  });

  it("shows the newest snapshot with the refreshed rows in place, marked, in id and en", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/reliability`);
    await page.getByTestId("reliability-table").waitFor();
    const note = page.getByTestId("refreshed-note");
    await note.waitFor();
    const refreshed = current.scores.filter((s) => s.refreshedAt);
    expect(refreshed.length).toBeGreaterThan(0);
    const startsWith = (template: string) => template.split("{{date}}")[0] as string;
    const noteKey = refreshed.length === 1 ? "refreshedNote_one" : "refreshedNote_other";
    const noteText = (await note.textContent()) ?? "";
    expect(noteText.startsWith(startsWith(dictionary.reliability[noteKey]))).toBe(true);
    expect(noteText).toContain(` ${refreshed.length} `);

    // The rows are the current scores, in their order; the refreshed ones carry the mark.
    const rows = page.getByTestId("reliability-row");
    expect(await rows.count()).toBe(current.scores.length);
    const marked = page.locator('[data-testid="reliability-row"][data-refreshed="true"]');
    expect(await marked.count()).toBe(refreshed.length);
    for (const [i, s] of current.scores.entries()) {
      const row = rows.nth(i);
      if (s.status !== "no_outlet") expect(await row.textContent()).toContain(s.outletName);
      expect(await row.getAttribute("data-refreshed")).toBe(s.refreshedAt ? "true" : null);
    }
    expect(await marked.first().textContent()).toContain(dictionary.reliability.refreshedRow);
    await screenshot(page, "reliability-refreshed");

    // Export CSV gives what the table shows: the refreshed rows with their refresh time.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-csv").click(),
    ]);
    const [header = [], ...exported] = parseCsv(
      readFileSync((await download.path()) as string, "utf8").replace(/^\uFEFF/, ""),
      { record_delimiter: "\r\n" },
    ) as string[][];
    const at = header.indexOf("refreshed_at");
    const outletAt = header.indexOf("outlet_id");
    expect(at).toBeGreaterThan(0);
    expect(exported.map((cells) => cells[outletAt])).toEqual(current.scores.map((s) => s.outletId));
    expect(exported.filter((cells) => cells[at] !== "").length).toBe(refreshed.length);

    // The same in English.
    await page.getByTestId("language-switch").getByText("EN", { exact: true }).click();
    await expect
      .poll(async () => (await note.textContent())?.startsWith(startsWith(en.reliability[noteKey])))
      .toBe(true);
    expect(await marked.first().textContent()).toContain(en.reliability.refreshedRow);
    await page.getByTestId("language-switch").getByText("ID", { exact: true }).click();
  });
});
