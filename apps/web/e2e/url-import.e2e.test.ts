import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type NewsSite, startNewsSite } from "@kroscek/api/testing";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { id as dictionary } from "../src/i18n/id";
import { type E2E, screenshot, signIn, startE2E } from "./harness";

describe("importing articles from URLs and feeds in the browser", () => {
  let e: E2E;
  let site: NewsSite;

  beforeAll(async () => {
    site = await startNewsSite();
    e = await startE2E({ fetchAllow: "127.0.0.1" });
    await signIn(e.page, e.url, e.admin.email, e.admin.password);
  }, 180_000);
  afterAll(async () => {
    await e?.close();
    await site?.close();
  });

  it("archives several URLs at once, reporting created, duplicate and why one failed", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/articles/import`);
    await page.getByRole("tab", { name: "Dari URL" }).click();
    await page
      .getByTestId("import-urls")
      .fill(
        [`${site.url}/r/2`, `${site.url}/berita/banjir-bekasi`, `${site.url}/masuk`, "http://10.0.0.1/"].join(
          "\n",
        ),
      );
    await page.getByRole("button", { name: /Arsipkan 4 URL/ }).click();
    const results = page.getByTestId("import-url-results");
    await expect
      .poll(async () => (await results.textContent()) ?? "", { timeout: 20_000 })
      .toMatch(
        /r\/2.*dibuat.*banjir-bekasi.*duplikat.*masuk.*ditolak.*tidak ada teks artikel.*10\.0\.0\.1.*alamat tidak diizinkan/s,
      );
    await screenshot(page, "import-urls");
    await results.getByRole("link", { name: "Buka artikel" }).first().click();
    await expect
      .poll(async () => (await page.getByTestId("article-body").textContent()) ?? "", { timeout: 10_000 })
      .toContain("Banjir melanda Bekasi");
  });

  it("follows an Atom feed and shows its state: items archived, then paused", async () => {
    const { page } = e;
    await page.goto(`${e.url}/w/demo/feeds`);
    await page.getByTestId("feed-url").fill(`${site.url}/feed/atom.xml`);
    await page.getByRole("button", { name: "Ikuti" }).click();
    const list = page.getByTestId("feed-list");
    await expect
      .poll(
        async () => {
          await page.reload();
          await list.waitFor();
          return (await list.textContent()) ?? "";
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toMatch(/Warta Contoh — Daerah.*terbaca.*1 butir diarsipkan/s);
    await screenshot(page, "feeds");
    await list.getByRole("button", { name: "Jeda" }).click();
    await expect.poll(async () => (await list.textContent()) ?? "").toContain("dijeda");
  });

  it("registers a webhook, shows its secret once and sends a test event the receiver verifies", async () => {
    const verified: boolean[] = [];
    let secret = "";
    const receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        try {
          new Webhook(secret).verify(
            Buffer.concat(chunks).toString("utf8"),
            req.headers as Record<string, string>,
          );
          verified.push(true);
        } catch {
          verified.push(false);
        }
        res.writeHead(200);
        res.end("ok");
      });
    });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
    try {
      const { page } = e;
      await page.goto(`${e.url}/w/demo/settings/webhooks`);
      await page
        .getByTestId("webhook-url")
        .fill(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/kroscek`);
      await page.getByLabel(dictionary.webhooks.eventNames.verdict_published).check();
      await page.getByRole("button", { name: "Tambah endpoint" }).click();
      secret = ((await page.getByTestId("webhook-secret-value").textContent()) ?? "").trim();
      expect(secret).toMatch(/^whsec_/);
      await page.getByRole("button", { name: "Kirim peristiwa uji" }).click();
      const log = page.getByTestId("webhook-deliveries");
      await expect
        .poll(async () => (await log.textContent().catch(() => "")) ?? "", { timeout: 30_000 })
        .toMatch(new RegExp(`${dictionary.webhooks.eventNames.webhook_test}.*terkirim.*200`, "s"));
      expect(verified).toEqual([true]);
      await screenshot(page, "webhooks");
    } finally {
      await new Promise<void>((r) => receiver.close(() => r()));
    }
  });
});
