import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiSession, type E2E, screenshot, signIn, startE2E } from "./harness";

describe("the jobs screen", () => {
  let e: E2E;

  beforeAll(async () => {
    e = await startE2E({ fetchAllow: "127.0.0.1" });
    await signIn(e.page, e.url, e.admin.email, e.admin.password);
  }, 180_000);
  afterAll(async () => {
    await e?.close();
  });

  it("lists a completed snapshot and a failing delivery with its error, and filters by state", async () => {
    // A receiver that refuses every delivery: its job keeps failing with the answer's status.
    const receiver = createServer((_req, res) => {
      res.writeHead(500);
      res.end("down");
    });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
    try {
      const call = await apiSession(e.url, e.admin.email, e.admin.password);
      const snapshot = await call("/api/v1/workspaces/demo/reliability/snapshots", {
        method: "POST",
        body: {},
      });
      expect(snapshot.status).toBe(202);
      const hook = await call("/api/v1/workspaces/demo/webhooks", {
        method: "POST",
        body: {
          url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/down`,
          events: ["flag.raised"],
        },
      });
      expect(hook.status).toBe(201);
      const { id } = (await hook.json()) as { id: string };
      expect((await call(`/api/v1/workspaces/demo/webhooks/${id}/test`, { method: "POST" })).status).toBe(
        202,
      );

      const { page } = e;
      await page.goto(`${e.url}/w/demo/settings/jobs`);
      await page.getByRole("link", { name: "Pekerjaan" }).waitFor();
      const list = page.getByTestId("job-list");
      // The delivery waits to retry with the receiver's answer; the snapshot finishes.
      await expect
        .poll(
          async () => {
            const text = (await list.textContent().catch(() => "")) ?? "";
            return (
              /Pengiriman webhook.*webhook\.deliver.*HTTP 500/s.test(text) &&
              /Snapshot keandalan.*reliability\.snapshot.*selesai/s.test(text)
            );
          },
          { timeout: 60_000 },
        )
        .toBe(true);
      await screenshot(page, "jobs");

      // Only completed jobs: the snapshots stay, the failing delivery goes.
      await page.getByTestId("job-state-filter").click();
      await page.getByRole("option", { name: "selesai" }).click();
      await expect
        .poll(async () => (await list.textContent().catch(() => "")) ?? "", { timeout: 10_000 })
        .not.toContain("webhook.deliver");
      const rows = page.getByTestId("job-row");
      expect(await rows.count()).toBeGreaterThan(0);
      for (const text of await rows.allTextContents()) expect(text).toContain("selesai");
      expect((await list.textContent()) ?? "").toContain("reliability.snapshot");
    } finally {
      await new Promise<void>((r) => receiver.close(() => r()));
    }
  }, 90_000);
});
