import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parseArgs } from "node:util";
import { safeMessage } from "@kroscek/db";
import { ZodError } from "zod";
import type { Env } from "../env";
import { ApiError } from "../lib/api-error";
import { openConfiguredDatabase } from "../server";
import { systemActor } from "../services/actor";
import { ArticleFileError, parseArticleFile } from "../services/article-file";
import { importArticle } from "../services/article-import";
import { recomputeEventSuggestions } from "../services/event-suggestion-store";
import { findWorkspace } from "../services/workspaces";
import { CliError } from "./cli-error";

const ARTICLE_EXTENSIONS = new Set([".txt", ".md"]);

/** Expands folders into their .txt/.md files (sorted); a missing path is an error before any write. */
export function collectArticleFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      throw new CliError(`no such file or folder: ${path}`);
    }
    if (stat.isDirectory()) {
      const inside = readdirSync(path)
        .filter(
          (name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && name.toLowerCase() !== "readme.md",
        )
        .sort()
        .map((name) => join(path, name));
      if (inside.length === 0) throw new CliError(`no .txt or .md articles in folder ${path}`);
      files.push(...inside);
    } else if (ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) {
      files.push(path);
    } else {
      throw new CliError(`not an article file (.txt or .md): ${path}`);
    }
  }
  return files;
}

function reason(error: unknown): string {
  if (error instanceof ZodError)
    return error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  if (error instanceof ApiError || error instanceof ArticleFileError) return error.message;
  // Never the message of a failed query: drizzle puts the statement's parameters (the body) in it.
  return safeMessage(error);
}

export async function runImport(env: Env, args: string[]): Promise<void> {
  let parsed: ReturnType<
    typeof parseArgs<{
      options: { workspace: { type: "string" }; outlet: { type: "string" } };
      allowPositionals: true;
    }>
  >;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { workspace: { type: "string" }, outlet: { type: "string" } },
    });
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  if (parsed.positionals.length === 0) throw new CliError("name at least one file or folder to import");
  const files = collectArticleFiles(parsed.positionals);
  const slug = parsed.values.workspace ?? "demo";

  const handle = await openConfiguredDatabase(env, "import");
  let rejected = 0;
  try {
    const workspace = await findWorkspace(handle.db, slug);
    if (!workspace) throw new CliError(`unknown workspace '${slug}'`);
    const actor = systemActor(workspace.id);
    for (const file of files) {
      try {
        const { body, meta } = parseArticleFile(readFileSync(file, "utf8"));
        if (body.trim() === "") throw new ArticleFileError("the article body is empty");
        const result = await handle.db.transaction((tx) =>
          importArticle(
            tx,
            actor,
            {
              body,
              outlet: parsed.values.outlet ?? meta.outlet,
              url: meta.url,
              title: meta.title ?? null,
              byline: meta.byline ?? null,
              publishedAt: meta.publishedAt ?? null,
              ...(meta.timeZone ? { timeZone: meta.timeZone } : {}),
              language: meta.language,
              wireCredit: meta.wireCredit ?? null,
            },
            { groupEvents: false },
          ),
        );
        const label = basename(file);
        if (result.status === "created") console.log(`created    ${label} -> article ${result.article.id}`);
        else
          console.log(
            `duplicate  ${label}: the same text is already stored as article ${result.article.id}; nothing imported`,
          );
      } catch (error) {
        rejected++;
        console.error(`rejected   ${basename(file)}: ${reason(error)}`);
      }
    }
    // Same-event suggestions once for all the files, not once per file.
    await handle.db.transaction((tx) => recomputeEventSuggestions(tx, actor.workspaceId));
  } finally {
    await handle.close();
  }
  if (rejected > 0) throw new CliError(`${rejected} of ${files.length} file(s) rejected`, 1);
}
