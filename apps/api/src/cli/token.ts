import { parseArgs } from "node:util";
import { ROLES, type Role } from "@kroscek/schema";
import type { Env } from "../env";
import { openConfiguredDatabase } from "../server";
import { systemActor } from "../services/actor";
import { createApiToken } from "../services/tokens";
import { findWorkspace } from "../services/workspaces";
import { CliError } from "./cli-error";

export async function runToken(env: Env, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== "create")
    throw new CliError("usage: kroscek token create --workspace <slug> --role <role> [--name <name>]");
  let values: { workspace?: string | undefined; role?: string | undefined; name?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { workspace: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
    }));
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  if (!values.workspace) throw new CliError("--workspace <slug> is required");
  if (!values.role || !(ROLES as readonly string[]).includes(values.role))
    throw new CliError(`--role must be one of ${ROLES.join(", ")}`);
  const handle = await openConfiguredDatabase(env, "token create");
  try {
    const workspace = await findWorkspace(handle.db, values.workspace);
    if (!workspace) throw new CliError(`unknown workspace '${values.workspace}'`);
    const role = values.role as Role;
    const created = await handle.db.transaction((tx) =>
      createApiToken(tx, systemActor(workspace.id), { name: values.name ?? `cli ${role} token`, role }),
    );
    console.log(
      `Created ${role} token ${created.id} for workspace '${workspace.slug}'. It is shown only now:`,
    );
    console.log(created.token);
  } finally {
    await handle.close();
  }
}
