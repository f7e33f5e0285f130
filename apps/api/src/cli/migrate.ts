import { appliedMigration } from "@kroscek/db";
import type { Env } from "../env";
import { openConfiguredDatabase } from "../server";

export async function runMigrate(env: Env): Promise<void> {
  const handle = await openConfiguredDatabase(env, "migrate");
  try {
    console.log(
      `Database ${handle.kind} (${handle.location}) is at migration ${await appliedMigration(handle)}`,
    );
  } finally {
    await handle.close();
  }
}
