import type { Page } from "playwright-core";

/** Picks an option of a Mantine Select (the input carries the test id, the options a portal). */
export async function choose(
  page: Page,
  testId: string,
  option: string | RegExp,
  scope = page.locator("body"),
) {
  await scope.getByTestId(testId).click();
  await page.getByRole("option", { name: option, exact: typeof option === "string" }).click();
}

/** Signs in through the sign-in page (without waiting for where it leads). */
export async function signInAs(page: Page, url: string, email: string, password: string) {
  await page.goto(`${url}/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

export const ADMIN = {
  email: "sari@cekfakta.test",
  name: "Sari Redaktur",
  password: "kata-sandi-pertama-123",
};
export const FIRST = { slug: "cek-fakta", name: "Cek Fakta Nusantara" };
export const SECOND = { name: "Pemilu 2024 – Jawa Barat", slug: "pemilu-2024-jawa-barat" };
