import type { Member } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { id as dictionary } from "../src/i18n/id";
import { choose, FIRST, ADMIN as OWNER, SECOND, signInAs } from "./actions";
import { chromiumExecutable } from "./chromium";
import { apiSession, type FreshE2E, launchBrowser, screenshot, startFreshE2E } from "./harness";

// A copy: the password-change test replaces the password for the tests after it.
const ADMIN = { ...OWNER };
const NEW_ADMIN_PASSWORD = "kata-sandi-kedua-4567";
const INVITEE = { email: "budi@cekfakta.test", name: "Budi Pemeriksa", password: "sandi-budi-1234567" };

describe.skipIf(!chromiumExecutable())(
  "people and accounts in the browser: invitations, roles, passwords",
  () => {
    let e: FreshE2E;
    let other: Awaited<ReturnType<typeof launchBrowser>>;
    let inviteUrl = "";

    beforeAll(async () => {
      e = await startFreshE2E();
      other = await launchBrowser();
      // The installation is set up over HTTP (the setup page has its own test) with two workspaces.
      const token = new URL(e.setupPath, e.url).searchParams.get("token");
      const setup = await fetch(`${e.url}/api/v1/setup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          token,
          email: ADMIN.email,
          displayName: ADMIN.name,
          password: ADMIN.password,
          workspace: FIRST,
        }),
      });
      if (setup.status !== 201) throw new Error(`setup failed: ${setup.status} ${await setup.text()}`);
      const admin = await apiSession(e.url, ADMIN.email, ADMIN.password);
      const second = await admin("/api/v1/workspaces", { method: "POST", body: SECOND });
      if (second.status !== 201) throw new Error(`workspace failed: ${second.status}`);
      await signInAs(e.page, e.url, ADMIN.email, ADMIN.password);
      await e.page.waitForURL(new RegExp(`/w/${FIRST.slug}/articles$`));
    });
    afterAll(async () => {
      await other?.close();
      await e?.close();
    });

    it("invites a person by e-mail and shows the full link once, with a copy button", async () => {
      const { page, context } = e;
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: e.url });
      await page.goto(`${e.url}/w/${FIRST.slug}/settings/people`);
      await page.getByTestId("member-row").first().waitFor();
      await page.getByTestId("invite-email").fill(INVITEE.email);
      await choose(page, "invite-role", dictionary.auth.role.editor);
      await page.getByTestId("invite-submit").click();
      const link = page.getByTestId("invite-link-value");
      await link.waitFor();
      inviteUrl = (await link.textContent()) ?? "";
      expect(inviteUrl).toMatch(new RegExp(`^${e.url}/invite\\?token=inv_[A-Za-z0-9_-]+$`));
      await page.getByTestId("invite-link-copy").click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(inviteUrl);
      const pending = page.getByTestId("invitation-row").filter({ hasText: INVITEE.email });
      await pending.waitFor();
      expect(await pending.textContent()).toContain(dictionary.auth.role.editor);
      await screenshot(page, "people");
      // Inviting an existing member is refused with a plain explanation.
      await page.getByTestId("invite-email").fill(ADMIN.email);
      await page.getByTestId("invite-submit").click();
      await page.getByText(dictionary.people.alreadyMember).waitFor();
    });

    it("lets the invited person join through the link in a second browser, creating their account", async () => {
      const { page } = other;
      await page.goto(inviteUrl);
      await page.getByTestId("invite-form").waitFor();
      const summary = (await page.getByTestId("invite-summary").textContent()) ?? "";
      expect(summary).toContain(FIRST.name);
      expect(summary).toContain(dictionary.auth.role.editor);
      expect(summary).toContain(INVITEE.email);
      // Without a name the API learns this is a new account and asks for one.
      await page.getByTestId("invite-password").fill(INVITEE.password);
      await page.getByTestId("invite-submit").click();
      await page.getByText(dictionary.invite.needName).waitFor();
      expect(await page.getByTestId("error-alert").count()).toBe(0);
      await screenshot(page, "invite");
      await page.getByTestId("invite-name").fill(INVITEE.name);
      await page.getByTestId("invite-submit").click();
      await page.waitForURL(new RegExp(`/w/${FIRST.slug}/articles$`));
      await expect
        .poll(() => page.getByTestId("workspace-switcher").inputValue())
        .toBe(`${FIRST.name} · ${dictionary.auth.role.editor}`);
      // The link worked once.
      await page.goto(inviteUrl);
      await page.getByTestId("invite-closed").waitFor();
      expect(await page.getByTestId("invite-closed").textContent()).toContain(dictionary.invite.gone);
    });

    it("changes a member's role, and a stale version says to reload", async () => {
      const { page } = e;
      await page.goto(`${e.url}/w/${FIRST.slug}/settings/people`);
      const row = page.getByTestId("member-row").filter({ hasText: INVITEE.email });
      await row.waitFor();
      await page.getByText(dictionary.people.noInvitations).waitFor();
      await choose(page, "member-role", dictionary.auth.role.factchecker, row);
      await page.getByText(`${INVITEE.name} kini ${dictionary.auth.role.factchecker}.`).waitFor();
      const api = await apiSession(e.url, ADMIN.email, ADMIN.password);
      const members = async () =>
        ((await (await api(`/api/v1/workspaces/${FIRST.slug}/members`)).json()) as { items: Member[] }).items;
      const budi = (await members()).find((m) => m.email === INVITEE.email);
      expect(budi?.role).toBe("factchecker");

      // Someone else changes the role meanwhile; the page still holds the old version.
      if (!budi) throw new Error("no member");
      const meanwhile = await api(`/api/v1/workspaces/${FIRST.slug}/members/${budi.userId}`, {
        method: "PATCH",
        body: { role: "viewer", version: budi.version },
      });
      expect(meanwhile.status).toBe(200);
      await choose(page, "member-role", dictionary.auth.role.editor, row);
      const alert = page.getByTestId("error-alert");
      await alert.waitFor();
      expect(await alert.textContent()).toContain(dictionary.people.stale);
      await alert.getByRole("button", { name: dictionary.errors.reload }).click();
      await expect
        .poll(async () => row.getByTestId("member-role").inputValue())
        .toBe(dictionary.auth.role.viewer);
      expect(await alert.count()).toBe(0);
      expect((await members()).find((m) => m.email === INVITEE.email)?.role).toBe("viewer");
    });

    it("resets a member's password and shows the new one once", async () => {
      const { page } = e;
      const row = page.getByTestId("member-row").filter({ hasText: INVITEE.email });
      await row.getByTestId("member-reset").click();
      await page.getByTestId("confirm-action").click();
      const secret = page.getByTestId("reset-password-value");
      await secret.waitFor();
      const password = (await secret.textContent()) ?? "";
      expect(password.length).toBeGreaterThanOrEqual(12);
      // The new password signs in; the member's old one no longer does.
      const ok = await fetch(`${e.url}/api/v1/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: INVITEE.email, password }),
      });
      expect(ok.status).toBe(200);
      INVITEE.password = password;
    });

    it("changes one's own password from the user menu; the old one stops working", async () => {
      const { page } = e;
      await page.goto(`${e.url}/w/${FIRST.slug}/articles`);
      await page.getByTestId("user-menu").click();
      await page.getByTestId("menu-change-password").click();
      const form = page.getByTestId("change-password-form");
      await form.waitFor();
      await form.getByTestId("current-password").fill("not-my-password");
      await form.getByTestId("new-password").fill(NEW_ADMIN_PASSWORD);
      await form.getByTestId("repeat-password").fill(NEW_ADMIN_PASSWORD);
      await form.getByTestId("change-password-submit").click();
      await form.getByText(dictionary.account.wrongCurrent).waitFor();
      await form.getByTestId("current-password").fill(ADMIN.password);
      await form.getByTestId("change-password-submit").click();
      await page.getByText(dictionary.account.changed).waitFor();
      await form.waitFor({ state: "detached" });

      const signInWith = (password: string) =>
        fetch(`${e.url}/api/v1/auth/sign-in`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: ADMIN.email, password }),
        }).then((r) => r.status);
      expect(await signInWith(ADMIN.password)).toBe(401);
      expect(await signInWith(NEW_ADMIN_PASSWORD)).toBe(200);
      // This browser's session stays signed in.
      await page.reload();
      await page.getByTestId("workspace-switcher").waitFor();
      ADMIN.password = NEW_ADMIN_PASSWORD;
    });

    it("shows a person without any workspace their invitations and the new-workspace form", async () => {
      const { page } = e;
      await page.goto(`${e.url}/w/${FIRST.slug}/settings/people`);
      const row = page.getByTestId("member-row").filter({ hasText: INVITEE.email });
      await row.getByTestId("member-remove").click();
      await page.getByTestId("confirm-action").click();
      await row.waitFor({ state: "detached" });
      await page.getByTestId("invite-email").fill(INVITEE.email);
      await page.getByTestId("invite-submit").click();
      await page.getByTestId("invite-link-value").waitFor();

      // Budi was signed out by the reset; he signs in with the password the admin handed over.
      const b = other.page;
      await signInAs(b, e.url, INVITEE.email, INVITEE.password);
      const welcome = b.getByTestId("welcome");
      await welcome.waitFor();
      expect(await welcome.textContent()).toContain(dictionary.app.noWorkspace);
      expect(await welcome.textContent()).not.toContain("Minta administrator menambahkan Anda");
      expect(await welcome.getByTestId("create-workspace-form").isVisible()).toBe(true);
      const invitation = welcome.getByTestId("my-invitation");
      await invitation.waitFor();
      expect(await invitation.textContent()).toContain(FIRST.name);
      await screenshot(b, "welcome");
      await invitation.getByTestId("accept-invitation").click();
      await b.waitForURL(new RegExp(`/w/${FIRST.slug}/articles$`));
      await expect
        .poll(() => b.getByTestId("workspace-switcher").inputValue())
        .toBe(`${FIRST.name} · ${dictionary.auth.role.factchecker}`);
    });

    it("refuses to reset the password of someone who also belongs to a workspace one does not administer", async () => {
      const budi = await apiSession(e.url, INVITEE.email, INVITEE.password);
      const own = await budi("/api/v1/workspaces", {
        method: "POST",
        body: { slug: "budi-sendiri", name: "Milik Budi" },
      });
      expect(own.status).toBe(201);
      const { page } = e;
      await page.goto(`${e.url}/w/${FIRST.slug}/settings/people`);
      const row = page.getByTestId("member-row").filter({ hasText: INVITEE.email });
      await row.getByTestId("member-reset").click();
      await page.getByTestId("confirm-action").click();
      await page.getByRole("dialog").getByText(dictionary.people.resetRefused).waitFor();
      expect(await page.getByTestId("reset-password-value").count()).toBe(0);
      // His password and session still work.
      expect((await budi("/api/v1/auth/session")).status).toBe(200);
    });

    it("lets an existing account join another workspace by link with its own password", async () => {
      const admin = await apiSession(e.url, ADMIN.email, ADMIN.password);
      const res = await admin(`/api/v1/workspaces/${SECOND.slug}/members`, {
        method: "POST",
        body: { email: INVITEE.email, role: "viewer" },
      });
      expect(res.status).toBe(201);
      const { acceptPath } = (await res.json()) as { acceptPath: string };
      const { page } = other;
      await page.goto(`${e.url}${acceptPath}`);
      await page.getByTestId("invite-password").fill("bukan-kata-sandinya");
      await page.getByTestId("invite-submit").click();
      const alert = page.getByTestId("error-alert");
      await alert.waitFor();
      expect(await alert.textContent()).toContain(`Kata sandi salah untuk akun ${INVITEE.email}.`);
      await page.getByTestId("invite-password").fill(INVITEE.password);
      await page.getByTestId("invite-submit").click();
      await page.waitForURL(new RegExp(`/w/${SECOND.slug}/articles$`));
      await expect
        .poll(() => page.getByTestId("workspace-switcher").inputValue())
        .toBe(`${SECOND.name} · ${dictionary.auth.role.viewer}`);
      // A viewer sees neither settings nor people in the navigation.
      expect(await page.getByRole("navigation").getByText(dictionary.nav.people).count()).toBe(0);
    });

    it("keeps the people page within a tablet's width", async () => {
      const { page } = e;
      await page.setViewportSize({ width: 768, height: 1024 });
      await page.goto(`${e.url}/w/${FIRST.slug}/settings/people`);
      await page.getByTestId("member-row").first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
      await screenshot(page, "people-tablet");
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    it("lists invitations to one's e-mail in the user menu and joins from there", async () => {
      const admin = await apiSession(e.url, ADMIN.email, ADMIN.password);
      expect(
        (
          await admin("/api/v1/workspaces", {
            method: "POST",
            body: { slug: "arsip-lama", name: "Arsip Lama" },
          })
        ).status,
      ).toBe(201);
      const res = await admin("/api/v1/workspaces/arsip-lama/members", {
        method: "POST",
        body: { email: INVITEE.email, role: "editor" },
      });
      expect(res.status).toBe(201);
      const { page } = other;
      await page.goto(`${e.url}/w/${FIRST.slug}/articles`);
      await page.getByTestId("user-menu").click();
      await page.getByTestId("menu-invitations").click();
      const invitation = page.getByRole("dialog").getByTestId("my-invitation");
      await invitation.waitFor();
      expect(await invitation.textContent()).toContain("Arsip Lama");
      await invitation.getByTestId("accept-invitation").click();
      await page.waitForURL(/\/w\/arsip-lama\/articles$/);
      await expect
        .poll(() => page.getByTestId("workspace-switcher").inputValue())
        .toBe(`Arsip Lama · ${dictionary.auth.role.editor}`);
    });
  },
);
