import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SessionSchema } from "@kroscek/schema";
import { afterAll, describe, expect, it } from "vitest";
import { embeddedEnv, runCli, startCliServer } from "../test/cli";

const scratch = mkdtempSync(join(tmpdir(), "kroscek-accounts-cli-"));
const env = embeddedEnv(join(scratch, "data"), { KROSCEK_DEMO: "off" });
const lastLine = (out: string) => out.trimEnd().split("\n").at(-1) ?? "";

describe("a first start without the demo", () => {
  afterAll(() => undefined);

  it("prints a one-time setup link that creates the first account and workspace", async () => {
    const server = await startCliServer(["--port", "0"], env);
    try {
      const link = /(http:\/\/\S+\/setup\?token=(\S+))/.exec(server.output());
      expect(link, server.output()).not.toBeNull();
      const token = decodeURIComponent(link?.[2] ?? "");
      const res = await fetch(`${server.url}/api/v1/setup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          token,
          email: "chief@newsroom.test",
          displayName: "Chief",
          password: "a-long-first-password",
          workspace: { slug: "first-case", name: "First case" },
        }),
      });
      expect(res.status).toBe(201);
      expect(SessionSchema.parse(await res.json()).workspaces.map((w) => w.slug)).toEqual(["first-case"]);
      const again = await fetch(`${server.url}/api/v1/setup?token=${encodeURIComponent(token)}`);
      expect(again.status).toBe(410);
    } finally {
      const code = await server.stop();
      expect(code, server.output()).toBe(0);
    }
    // Accounts exist now: the next start prints no link.
    const next = await startCliServer(["--port", "0"], env);
    try {
      expect(next.output()).not.toMatch(/setup\?token=/);
    } finally {
      await next.stop();
    }
  });
});

describe("kroscek user create and workspace create", () => {
  it("creates a workspace with an admin and an account whose password is printed alone on the last line", async () => {
    const user = await runCli(
      ["user", "create", "--email", "Reporter@Newsroom.test", "--name", "Reporter"],
      env,
    );
    expect(user.code, user.stderr).toBe(0);
    const password = lastLine(user.stdout);
    expect(password).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const ws = await runCli(
      [
        "workspace",
        "create",
        "putin-kim-2023",
        "--name",
        "Putin–Kim 2023",
        "--admin",
        "reporter@newsroom.test",
        "--time-zone",
        "Asia/Vladivostok",
      ],
      env,
    );
    expect(ws.code, ws.stderr).toBe(0);
    expect(ws.stdout).toMatch(/Created workspace 'putin-kim-2023'/);
    const member = await runCli(
      [
        "user",
        "create",
        "--email",
        "viewer@newsroom.test",
        "--name",
        "Viewer",
        "--workspace",
        "putin-kim-2023",
        "--role",
        "viewer",
      ],
      env,
    );
    expect(member.code, member.stderr).toBe(0);
    const token = await runCli(
      ["token", "create", "--workspace", "putin-kim-2023", "--role", "factchecker"],
      env,
    );
    expect(token.code).toBe(0);
    const imported = await runCli(
      ["import", join(__dirname, "../../../../db/demo/articles"), "--workspace", "putin-kim-2023"],
      env,
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout.match(/^created/gm)).toHaveLength(5);

    const server = await startCliServer(["--port", "0"], env);
    try {
      const signIn = await fetch(`${server.url}/api/v1/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "reporter@newsroom.test", password }),
      });
      expect(signIn.status).toBe(200);
      const session = SessionSchema.parse(await signIn.json());
      expect(session.workspaces.find((w) => w.slug === "putin-kim-2023")).toMatchObject({
        role: "admin",
        timeZone: "Asia/Vladivostok",
      });
    } finally {
      await server.stop();
    }
  });

  it("exits 2 with a message for each bad input", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["user", "create", "--email", "reporter@newsroom.test", "--name", "Again"], /already exists/],
      [["user", "create", "--email", "not-an-email", "--name", "X"], /--email must be an e-mail/],
      [["user", "create", "--email", "x@y.test"], /--name is required/],
      [
        ["user", "create", "--email", "x@y.test", "--name", "X", "--workspace", "putin-kim-2023"],
        /go together/,
      ],
      [
        ["user", "create", "--email", "x@y.test", "--name", "X", "--workspace", "nope", "--role", "viewer"],
        /unknown workspace 'nope'/,
      ],
      [
        [
          "user",
          "create",
          "--email",
          "x@y.test",
          "--name",
          "X",
          "--workspace",
          "putin-kim-2023",
          "--role",
          "boss",
        ],
        /--role must be one of/,
      ],
      [["workspace", "create", "Bad Slug", "--name", "X"], /slug:/],
      [["workspace", "create", "setup", "--name", "X"], /reserved/],
      [["workspace", "create", "putin-kim-2023", "--name", "Again"], /taken/],
      [["workspace", "create", "other-case"], /name:/],
      [
        ["workspace", "create", "other-case", "--name", "X", "--admin", "ghost@newsroom.test"],
        /no account has the e-mail/,
      ],
      [["workspace", "create", "other-case", "--name", "X", "--time-zone", "Mars/Base"], /timeZone:/],
      [["workspace", "list"], /usage: kroscek workspace create/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args, env);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(message);
    }
    // Nothing half-made: the failed workspace does not exist.
    const r = await runCli(["token", "create", "--workspace", "other-case", "--role", "viewer"], env);
    expect(r.stderr).toMatch(/unknown workspace 'other-case'/);
  });
});
