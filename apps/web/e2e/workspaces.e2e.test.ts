import type { Workspace } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { id as dictionary } from "../src/i18n/id";
import { ADMIN, choose, FIRST, SECOND } from "./actions";
import { chromiumExecutable } from "./chromium";
import { apiSession, type FreshE2E, screenshot, startFreshE2E } from "./harness";

describe.skipIf(!chromiumExecutable())(
  "first start without the demo: setup link, new workspaces and their settings",
  () => {
    let e: FreshE2E;

    beforeAll(async () => {
      e = await startFreshE2E();
    });
    afterAll(async () => {
      await e?.close();
    });

    it("explains a missing or unknown setup link instead of showing the form", async () => {
      const { page } = e;
      await page.goto(`${e.url}/setup`);
      await page.getByTestId("setup-closed").waitFor();
      expect(await page.getByTestId("setup-closed").textContent()).toContain(dictionary.setup.invalidTitle);
      await page.goto(`${e.url}/setup?token=not-a-real-token`);
      await page.getByTestId("setup-closed").waitFor();
      expect(await page.getByTestId("setup-closed").textContent()).toContain(dictionary.setup.invalid);
    });

    it("sets up the first account and workspace, signed in and inside it; the link then says it is used", async () => {
      const { page } = e;
      await page.goto(`${e.url}${e.setupPath}`);
      await page.getByTestId("setup-form").waitFor();
      await page.getByTestId("setup-name").fill(ADMIN.name);
      await page.getByTestId("setup-email").fill(ADMIN.email);
      await page.getByTestId("setup-password").fill("pendek");
      await page.getByTestId("workspace-name").fill(FIRST.name);
      await page.getByTestId("workspace-slug").fill(FIRST.slug);
      await page.getByTestId("setup-submit").click();
      // Too short: refused in the page, in Indonesian, before anything is sent.
      await page.getByText(dictionary.account.tooShort, { exact: true }).waitFor();
      expect(page.url()).toContain("/setup");
      await page.getByTestId("setup-password").fill(ADMIN.password);
      await screenshot(page, "setup");
      await page.getByTestId("setup-submit").click();
      await page.waitForURL(new RegExp(`/w/${FIRST.slug}/articles$`));
      await expect
        .poll(() => page.getByTestId("workspace-switcher").inputValue())
        .toBe(`${FIRST.name} · ${dictionary.auth.role.admin}`);

      await page.goto(`${e.url}${e.setupPath}`);
      await page.getByTestId("setup-closed").waitFor();
      expect(await page.getByTestId("setup-closed").textContent()).toContain(dictionary.setup.done);
      expect(await page.getByTestId("setup-form").count()).toBe(0);
    });

    it("creates a workspace from the switcher, checking the slug first, and opens it", async () => {
      const { page } = e;
      await page.goto(`${e.url}/w/${FIRST.slug}/articles`);
      await choose(page, "workspace-switcher", `+ ${dictionary.workspace.new}`);
      const form = page.getByTestId("create-workspace-form");
      await form.waitFor();
      await form.getByTestId("workspace-name").fill(SECOND.name);
      // The slug is proposed from the name, diacritics and dashes folded.
      expect(await form.getByTestId("workspace-slug").inputValue()).toBe(SECOND.slug);
      await form.getByTestId("workspace-slug").fill("setup");
      await form.getByTestId("create-workspace-submit").click();
      await form.getByText(dictionary.workspace.slugReserved).waitFor();
      await form.getByTestId("workspace-slug").fill(FIRST.slug);
      await form.getByTestId("create-workspace-submit").click();
      // Taken: the API's 409, explained in the interface language and without "reload".
      const alert = form.getByTestId("error-alert");
      await alert.waitFor();
      expect(await alert.textContent()).toContain(dictionary.workspace.slugTaken);
      expect(await alert.getByRole("button", { name: dictionary.errors.reload }).count()).toBe(0);
      await form.getByTestId("workspace-slug").fill(SECOND.slug);
      await choose(page, "workspace-language", dictionary.lang.en, form);
      await form.getByTestId("create-workspace-submit").click();
      await page.waitForURL(new RegExp(`/w/${SECOND.slug}/articles$`));
      await expect
        .poll(() => page.getByTestId("workspace-switcher").inputValue())
        .toBe(`${SECOND.name} · ${dictionary.auth.role.admin}`);
      const api = await apiSession(e.url, ADMIN.email, ADMIN.password);
      const ws = (await (await api(`/api/v1/workspaces/${SECOND.slug}`)).json()) as Workspace;
      expect(ws).toMatchObject({ name: SECOND.name, language: "en", role: "admin", archived: false });
    });

    it("edits the settings, refuses a stale save with a reload, archives and restores after confirming", async () => {
      const { page } = e;
      await page.goto(`${e.url}/w/${FIRST.slug}/settings`);
      const form = page.getByTestId("settings-form");
      await form.waitFor();
      await form.getByTestId("settings-publisher-name").fill("Cek Fakta Nusantara Media");
      await form.getByTestId("settings-publisher-url").fill("javascript:alert(1)");
      expect(await form.getByTestId("settings-save").isDisabled()).toBe(true);
      await form.getByTestId("settings-publisher-url").fill("https://cekfakta.test");
      await form.getByTestId("settings-timezone").fill("Makassar");
      await page.getByRole("option", { name: "Asia/Makassar", exact: true }).click();
      await form.getByTestId("settings-save").click();
      await page.getByText(dictionary.settings.saved).waitFor();
      const api = await apiSession(e.url, ADMIN.email, ADMIN.password);
      const read = async () => (await (await api(`/api/v1/workspaces/${FIRST.slug}`)).json()) as Workspace;
      expect(await read()).toMatchObject({
        timeZone: "Asia/Makassar",
        publisher: { name: "Cek Fakta Nusantara Media", url: "https://cekfakta.test", logoUrl: null },
      });

      // Another admin saves first: this page's version is stale.
      const current = await read();
      await api(`/api/v1/workspaces/${FIRST.slug}`, {
        method: "PATCH",
        body: { version: current.version, name: "Cek Fakta (diubah)" },
      });
      await form.getByTestId("settings-name").fill("Cek Fakta Saya");
      await form.getByTestId("settings-save").click();
      const alert = form.getByTestId("error-alert");
      await alert.waitFor();
      expect(await alert.textContent()).toContain(dictionary.settings.stale);
      await alert.getByRole("button", { name: dictionary.errors.reload }).click();
      await expect.poll(() => form.getByTestId("settings-name").inputValue()).toBe("Cek Fakta (diubah)");
      expect((await read()).name).toBe("Cek Fakta (diubah)");

      await page.getByTestId("archive-workspace").click();
      await page.getByRole("dialog").getByText("Cek Fakta (diubah)", { exact: false }).waitFor();
      await page.getByTestId("confirm-action").click();
      await page.getByTestId("archived-banner").waitFor();
      expect((await read()).archived).toBe(true);
      // Read-only everywhere: no invitation form on the people page, the banner stays.
      await page.goto(`${e.url}/w/${FIRST.slug}/settings/people`);
      await page.getByTestId("member-row").first().waitFor();
      expect(await page.getByTestId("invite-email").count()).toBe(0);
      expect(await page.getByTestId("archived-banner").isVisible()).toBe(true);
      await page.goto(`${e.url}/w/${FIRST.slug}/settings`);
      await page.getByTestId("restore-workspace").click();
      await page.getByTestId("confirm-action").click();
      await page.getByTestId("archive-workspace").waitFor();
      expect(await page.getByTestId("archived-banner").count()).toBe(0);
      expect((await read()).archived).toBe(false);
    });
  },
);
