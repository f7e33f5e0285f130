import { parseArgs } from "node:util";
import { EmailSchema, ROLES, type Role } from "@kroscek/schema";
import { users } from "@kroscek/schema/tables";
import { eq } from "drizzle-orm";
import type { Env } from "../env";
import { openConfiguredDatabase } from "../server";
import { systemActor } from "../services/actor";
import { addMember, createAccount, generatePassword } from "../services/users";
import { findWorkspace } from "../services/workspaces";
import { CliError } from "./cli-error";

const USAGE = "usage: kroscek user create --email <e-mail> --name <name> [--workspace <slug> --role <role>]";

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        workspace: { type: "string" },
        role: { type: "string" },
      },
    }).values;
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`);
  }
}

/** Creates an account with a generated password, printed once alone on the last line. */
export async function runUser(env: Env, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== "create") throw new CliError(USAGE);
  const values = parse(rest);
  const email = EmailSchema.safeParse(values.email ?? "");
  if (!email.success) throw new CliError(`--email must be an e-mail address\n${USAGE}`);
  const name = values.name?.trim();
  if (!name) throw new CliError(`--name is required\n${USAGE}`);
  if (Boolean(values.workspace) !== Boolean(values.role))
    throw new CliError(`--workspace and --role go together\n${USAGE}`);
  if (values.role && !(ROLES as readonly string[]).includes(values.role))
    throw new CliError(`--role must be one of ${ROLES.join(", ")}`);
  const handle = await openConfiguredDatabase(env, "user create");
  try {
    const password = generatePassword();
    const workspaceSlug = await handle.db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email.data));
      if (existing) throw new CliError(`an account with the e-mail ${email.data} already exists`);
      const workspace = values.workspace ? await findWorkspace(tx, values.workspace) : undefined;
      if (values.workspace && !workspace) throw new CliError(`unknown workspace '${values.workspace}'`);
      if (workspace) {
        await addMember(tx, systemActor(workspace.id), {
          email: email.data,
          displayName: name,
          role: values.role as Role,
          password,
        });
      } else {
        await createAccount(tx, email.data, name, password);
      }
      return workspace?.slug ?? null;
    });
    console.log(
      `Created the account ${email.data}${workspaceSlug ? ` as ${values.role} of '${workspaceSlug}'` : ""}. Its password is shown only now:`,
    );
    console.log(password);
  } finally {
    await handle.close();
  }
}
