import type { Claim, Verdict } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { id as dictionary } from "../src/i18n/id";
import { chromiumExecutable } from "./chromium";
import { apiSession, type E2E, screenshot, signIn, startE2E } from "./harness";

const EDITOR = { email: "editor@demo.kroscek.local", password: "editor-password-123" };
type Review = { url?: string; "@id": string; reviewBody: string; reviewRating: { alternateName: string } };

describe.skipIf(!chromiumExecutable())("publishing a verdict in the review UI", () => {
  let e: E2E;
  let api: Awaited<ReturnType<typeof apiSession>>;
  let claim: Claim;
  const feed = async (): Promise<Review[]> =>
    (
      (await (await api("/api/v1/workspaces/demo/exports/claimreview.jsonld")).json()) as {
        "@graph": Review[];
      }
    )["@graph"];
  const verdict = async () =>
    (await (await api(`/api/v1/workspaces/demo/claims/${claim.id}/verdict`)).json()) as Verdict;

  beforeAll(async () => {
    e = await startE2E();
    // An editor joins the demo workspace through an invitation, as a person would.
    const admin = await apiSession(e.url, e.admin.email, e.admin.password);
    const invited = await admin("/api/v1/workspaces/demo/members", {
      method: "POST",
      body: { email: EDITOR.email, role: "editor" },
    });
    const { acceptPath } = (await invited.json()) as { acceptPath: string };
    const joined = await fetch(
      `${e.url}${acceptPath.replace("/invite", "/api/v1/invitations/link/accept")}`,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ password: EDITOR.password, displayName: "Editor Uji" }),
      },
    );
    if (joined.status !== 200) throw new Error(`joining failed: ${joined.status}`);
    api = await apiSession(e.url, EDITOR.email, EDITOR.password);
    const claims = (await (await api("/api/v1/workspaces/demo/claims?limit=100")).json()) as {
      items: Claim[];
    };
    const dated = claims.items.find((c) => c.slot === "date");
    if (!dated) throw new Error("the demo has no date claim");
    claim = dated;
  });
  afterAll(async () => {
    await e?.close();
  });

  it("heads the claim page with the claim in words and asks before publishing", async () => {
    const { page } = e;
    await signIn(page, e.url, EDITOR.email, EDITOR.password);
    await page.goto(`${e.url}/w/demo/claims/${claim.id}`);
    await expect.poll(() => page.getByTestId("claim-heading").textContent()).toBe(claim.sentence.id);

    await page.getByTestId("verdict-rating").click();
    await page.getByRole("option", { name: "benar", exact: true }).click();
    await page.getByTestId("verdict-rationale").fill("Dua kantor berita memberi tanggal yang sama.");
    await page.getByTestId("verdict-save").click();
    await expect.poll(() => page.getByTestId("verdict-status").textContent()).toBe("Draf");

    // Cancelling the confirmation publishes nothing.
    await page.getByTestId("verdict-publish").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(dictionary.verdict.publishTitle).waitFor();
    await screenshot(page, "verdict-publish-confirm");
    await dialog.getByRole("button", { name: dictionary.common.cancel }).click();
    await dialog.waitFor({ state: "hidden" });
    expect((await verdict()).status).toBe("draft");

    await page.getByTestId("verdict-publish").click();
    await page.getByTestId("confirm-action").click();
    await expect.poll(() => page.getByTestId("verdict-status").textContent()).toBe("Terbit");
    const published = await verdict();
    const before = (await feed()).find(
      (r) => r["@id"].endsWith(published.id) || r.url?.endsWith(published.id),
    );
    expect(before?.reviewBody).toBe("Dua kantor berita memberi tanggal yang sama.");
  });

  it("keeps the published verdict public while a revision is saved, until the revision is published", async () => {
    const { page } = e;
    await page.getByTestId("verdict-rationale").fill("Revisi: jamnya berbeda, harinya sama.");
    await page.getByTestId("verdict-save").click();
    await page.getByTestId("verdict-revision-pending").waitFor();
    expect(await page.getByTestId("verdict-status").textContent()).toBe("Terbit");
    const current = await verdict();
    expect(current.draft?.rationale).toBe("Revisi: jamnya berbeda, harinya sama.");
    expect((await feed()).map((r) => r.reviewBody)).toContain("Dua kantor berita memberi tanggal yang sama.");

    await page.getByTestId("verdict-publish").click();
    await page.getByRole("dialog").getByText(dictionary.verdict.publishRevisionTitle).waitFor();
    await page.getByTestId("confirm-action").click();
    await page.getByTestId("verdict-revision-pending").waitFor({ state: "detached" });
    const bodies = (await feed()).map((r) => r.reviewBody);
    expect(bodies).toContain("Revisi: jamnya berbeda, harinya sama.");
    expect(bodies).not.toContain("Dua kantor berita memberi tanggal yang sama.");
    await page.getByTestId("verdict-history").locator("summary").click();
    await expect.poll(() => page.getByTestId("verdict-history").getByRole("listitem").count()).toBe(2);
    await screenshot(page, "verdict-revision-published");
  });

  it("retracts only with a reason, after confirmation", async () => {
    const { page } = e;
    await page.getByTestId("verdict-retract").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(dictionary.verdict.retractTitle).waitFor();
    await page.getByTestId("confirm-action").click();
    expect((await verdict()).status).toBe("published");
    await page.getByTestId("verdict-retract-reason").fill("Kremlin meralat tanggal pertemuan.");
    await page.getByTestId("confirm-action").click();
    await expect.poll(() => page.getByTestId("verdict-status").textContent()).toBe("Ditarik");
    await page.getByTestId("verdict-retraction").waitFor();
    const review = (await feed()).find(
      (r) => r.reviewBody === "Revisi: jamnya berbeda, harinya sama.",
    ) as Review & {
      correction?: { text: string };
    };
    expect(review.correction?.text).toBe("Kremlin meralat tanggal pertemuan.");
    await screenshot(page, "verdict-retracted");
  });

  it("rates an event as a whole from the event page, after confirmation", async () => {
    const { page } = e;
    const all = (await (await api("/api/v1/workspaces/demo/claims?limit=200")).json()) as { items: Claim[] };
    // An event with claims of two slots: its date and one other value rated together.
    const byEvent = new Map<string, Claim[]>();
    for (const c of all.items) byEvent.set(c.eventId, [...(byEvent.get(c.eventId) ?? []), c]);
    const [eventId, claims] =
      [...byEvent].find(([, cs]) => new Set(cs.map((c) => c.slot)).size >= 2) ?? [...byEvent][0] ?? [];
    if (!eventId || !claims) throw new Error("the demo has no event with claims");
    const pair = [...new Map(claims.map((c) => [c.slot, c])).values()].slice(0, 2);
    await page.goto(`${e.url}/w/demo/events/${eventId}`);
    const form = page.getByTestId("event-verdict-form");
    await form.waitFor();
    for (const c of pair) await form.getByText(c.sentence.id, { exact: false }).first().click();
    await form.getByTestId("event-verdict-rating").click();
    await page.getByRole("option", { name: "benar", exact: true }).click();
    await form
      .getByRole("textbox", { name: dictionary.verdict.rationale })
      .fill("Tanggal dan tempatnya benar.");
    await form.getByRole("button", { name: dictionary.verdict.saveDraft }).click();
    const item = page.getByTestId("event-verdict");
    await item.waitFor();
    await item.getByTestId("verdict-publish").click();
    await page.getByRole("dialog").getByText(dictionary.verdict.publishTitle).waitFor();
    await page.getByTestId("confirm-action").click();
    await expect.poll(() => item.locator(".mantine-Badge-root").first().textContent()).toBe("Terbit");
    const listed = (await (await api(`/api/v1/workspaces/demo/events/${eventId}/verdicts`)).json()) as {
      items: Verdict[];
    };
    expect(listed.items[0]?.status).toBe("published");
    expect(new Set(listed.items[0]?.claimIds)).toEqual(new Set(pair.map((c) => c.id)));
    await screenshot(page, "event-verdict");
    // The claim page says the claim is also rated with its event.
    await page.goto(`${e.url}/w/demo/claims/${pair[0]?.id}`);
    await page.getByTestId("claim-event-verdicts").getByText("benar (Terbit)", { exact: false }).waitFor();
  });
});
