import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NewsSite, startNewsSite } from "../../api/src/test/news-site";
import { type E2E, screenshot, signIn, startE2E } from "./harness";

describe("importing articles from URLs in the browser", () => {
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
});
