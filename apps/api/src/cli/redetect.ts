import { parseArgs } from "node:util";
import { workspaces } from "@kroscek/schema/tables";
import { eq } from "drizzle-orm";
import type { Env } from "../env";
import { openConfiguredDatabase } from "../server";
import { redetectWorkspace } from "../services/detection";
import { CliError } from "./cli-error";

const USAGE = "usage: kroscek redetect [--workspace <slug>]";

/**
 * Runs every rule again over a workspace (default: all), rewriting each finding's code and
 * parameters. Review decisions are kept; a dismissed finding stays dismissed.
 */
export async function runRedetect(env: Env, args: string[]): Promise<void> {
  let slug: string | undefined;
  try {
    slug = parseArgs({ args, options: { workspace: { type: "string" } } }).values.workspace;
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`);
  }
  const handle = await openConfiguredDatabase(env, "redetect");
  try {
    const rows = await handle.db
      .select({ id: workspaces.id, slug: workspaces.slug })
      .from(workspaces)
      .where(slug ? eq(workspaces.slug, slug) : undefined);
    if (slug && rows.length === 0) throw new CliError(`unknown workspace '${slug}'`);
    for (const ws of rows) {
      const done = await handle.db.transaction((tx) => redetectWorkspace(tx, ws.id));
      console.log(`Re-detected '${ws.slug}': ${done.events} events, ${done.articles} articles.`);
    }
  } finally {
    await handle.close();
  }
}
