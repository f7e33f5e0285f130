import { parseArgs } from "node:util";
import { EmailSchema, WorkspaceCreateSchema } from "@kroscek/schema";
import { users } from "@kroscek/schema/tables";
import { eq } from "drizzle-orm";
import type { Env } from "../env";
import { ApiError } from "../lib/api-error";
import { openConfiguredDatabase } from "../server";
import { createWorkspace } from "../services/workspaces";
import { CliError } from "./cli-error";

const USAGE =
  "usage: kroscek workspace create <slug> --name <name> [--admin <e-mail>] [--language id|en] [--time-zone <IANA zone>]";

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        name: { type: "string" },
        admin: { type: "string" },
        language: { type: "string" },
        "time-zone": { type: "string" },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`);
  }
}

/** Creates a workspace, optionally with an existing account as its admin. */
export async function runWorkspace(env: Env, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== "create") throw new CliError(USAGE);
  const { values, positionals } = parse(rest);
  if (positionals.length !== 1) throw new CliError(`name exactly one workspace slug\n${USAGE}`);
  const input = WorkspaceCreateSchema.safeParse({
    slug: positionals[0],
    name: values.name ?? "",
    language: values.language,
    timeZone: values["time-zone"],
  });
  if (!input.success) {
    const problems = input.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`);
    throw new CliError(`${problems.join("; ")}\n${USAGE}`);
  }
  const admin = values.admin === undefined ? null : EmailSchema.safeParse(values.admin);
  if (admin && !admin.success) throw new CliError("--admin must be an e-mail address");
  const handle = await openConfiguredDatabase(env, "workspace create");
  try {
    const row = await handle.db.transaction(async (tx) => {
      let adminId: string | null = null;
      if (admin?.success) {
        const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, admin.data));
        if (!user)
          throw new CliError(
            `no account has the e-mail ${admin.data}; create it first: kroscek user create --email ${admin.data} --name N`,
          );
        adminId = user.id;
      }
      try {
        return await createWorkspace(tx, input.data, adminId);
      } catch (error) {
        if (error instanceof ApiError) throw new CliError(error.message);
        throw error;
      }
    });
    console.log(
      `Created workspace '${row.slug}' (${row.name})${admin?.success ? ` with ${admin.data} as its admin` : ""}.`,
    );
  } finally {
    await handle.close();
  }
}
