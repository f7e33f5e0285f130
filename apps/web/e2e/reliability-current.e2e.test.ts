import type { ReliabilityCurrent, ReliabilitySnapshotDetailSchema } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en";
import { id as dictionary } from "../src/i18n/id";
import { chromiumExecutable } from "./chromium";
import { apiSession, type E2E, screenshot, signIn, startE2E } from "./harness";

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
    const res = await api("/api/v1/workspaces/demo/reliability/snapshots", {
      method: "POST",
      body: { minEvidence: 1 },
    });
    if (res.status !== 202) throw new Error(`snapshot: ${res.status} ${await res.text()}`);
    const { id } = (await res.json()) as { id: string };
    for (let i = 0; i < 600; i++) {
      snapshot = (await (await api(`/api/v1/workspaces/demo/reliability/snapshots/${id}`)).json()) as Detail;
      if (snapshot.status === "done") break;
      if (snapshot.status === "failed") throw new Error(snapshot.error ?? "failed");
      await new Promise((ok) => setTimeout(ok, 100));
    }
    if (snapshot.status !== "done") throw new Error("snapshot did not finish");

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
    for (let i = 0; i < 600; i++) {
      current = (await (
        await api("/api/v1/workspaces/demo/reliability/current")
      ).json()) as ReliabilityCurrent;
      if (current.refreshedAt) break;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    if (!current.refreshedAt) throw new Error("no refresh arrived");
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

    // The same in English.
    await page.getByTestId("language-switch").getByText("EN", { exact: true }).click();
    await expect
      .poll(async () => (await note.textContent())?.startsWith(startsWith(en.reliability[noteKey])))
      .toBe(true);
    expect(await marked.first().textContent()).toContain(en.reliability.refreshedRow);
    await page.getByTestId("language-switch").getByText("ID", { exact: true }).click();
  });
});
