import { once } from "node:events";
import { createWriteStream, renameSync, rmSync } from "node:fs";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import type { Env } from "../env";
import { ApiError } from "../lib/api-error";
import { openConfiguredDatabase } from "../server";
import { EXPORT_FORMATS, EXPORT_KINDS, type ExportKind, planExport } from "../services/exports";
import { findWorkspace } from "../services/workspaces";
import { CliError } from "./cli-error";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const parseOptions = (args: string[]) =>
  parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string" },
      snapshot: { type: "string" },
      workspace: { type: "string" },
      out: { type: "string" },
    },
  });

/** Writes a chunk and waits when the destination's buffer is full, so memory stays flat. */
async function write(out: Writable, chunk: string) {
  if (!out.write(chunk)) await once(out, "drain");
}

/**
 * `kroscek export <kind> [--format F] [--snapshot ID] [--workspace S] [--out FILE]`: the same
 * streams as the HTTP exports. With --out the file is written beside the target and renamed at the
 * end, so a failed export never leaves a truncated file under the requested name.
 */
export async function runExport(env: Env, args: string[]): Promise<void> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const [kind, ...extra] = parsed.positionals;
  if (!kind || !(EXPORT_KINDS as readonly string[]).includes(kind))
    throw new CliError(`name what to export: ${EXPORT_KINDS.join(", ")}${kind ? ` (not '${kind}')` : ""}`);
  if (extra.length) throw new CliError(`unexpected argument '${extra[0]}'`);
  const formats = EXPORT_FORMATS[kind as ExportKind];
  const format = parsed.values.format ?? formats[0] ?? "";
  if (!formats.includes(format))
    throw new CliError(`${kind} can be exported as ${formats.join(" or ")}, not '${format}'`);
  const snapshot = parsed.values.snapshot;
  if (snapshot !== undefined && kind !== "reliability")
    throw new CliError("--snapshot applies to reliability only");
  if (snapshot !== undefined && !UUID.test(snapshot))
    throw new CliError(`--snapshot must be a snapshot id, not '${snapshot}'`);
  const slug = parsed.values.workspace ?? "demo";

  const handle = await openConfiguredDatabase(env, "export");
  const target = parsed.values.out;
  const partial = target ? `${target}.partial` : null;
  try {
    const workspace = await findWorkspace(handle.db, slug);
    if (!workspace) throw new CliError(`unknown workspace '${slug}'`);
    let plan: Awaited<ReturnType<typeof planExport>>;
    try {
      plan = await planExport(handle.db, workspace.id, kind as ExportKind, format, snapshot);
    } catch (error) {
      if (error instanceof ApiError) throw new CliError(error.message, 1);
      throw error;
    }
    const out: Writable = partial ? createWriteStream(partial) : process.stdout;
    try {
      for await (const chunk of plan.body) await write(out, chunk);
      if (partial && target) {
        out.end();
        await once(out, "finish");
        renameSync(partial, target);
      } else {
        // process.exit follows; make sure the last chunk has left for the pipe.
        await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
      }
    } catch (error) {
      if (partial) {
        out.destroy();
        rmSync(partial, { force: true });
      }
      throw error;
    }
  } finally {
    await handle.close();
  }
}
