// The NDJSON bulk import: one transaction per line, a report line per input line.
import { type Db, loggableError, pgErrorOf } from "@kroscek/db";
import { ArticleInputSchema, type BulkImportReport, type BulkLineResult } from "@kroscek/schema";
import { ZodError } from "zod";
import { ApiError } from "../lib/api-error";
import { yieldToEventLoop } from "../lib/yield";
import type { Actor } from "./actor";
import { importArticle } from "./article-import";
import { requireOutletField } from "./article-store";
import { recomputeEventSuggestions } from "./event-suggestion-store";

/** Splits NDJSON bytes into numbered lines (1-based, blank lines counted but not returned). */
function* ndjsonLines(bytes: Uint8Array): Generator<{ line: number; bytes: Uint8Array }> {
  let start = 0;
  let line = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    line++;
    let stop = end;
    if (stop > start && bytes[stop - 1] === 0x0d) stop--;
    const slice = bytes.subarray(start, stop);
    if (slice.some((b) => b !== 0x20 && b !== 0x09)) yield { line, bytes: slice };
    start = end + 1;
  }
}

/** Why one line could not be imported, with field paths where there are some. */
function rejection(line: number, error: unknown, requestId: string | null): BulkLineResult {
  if (error instanceof ApiError) {
    const details = error.details as { issues?: Array<{ path: string; message: string }> } | undefined;
    return {
      line,
      status: "rejected",
      reason: error.message,
      ...(details?.issues ? { issues: details.issues } : {}),
    };
  }
  const pg = pgErrorOf(error);
  // Integrity (23), data (22) and size (54000: e.g. too many words to index) errors are the
  // line's fault; the constraint's name stays out.
  if (pg?.code && (/^2[23]/.test(pg.code) || pg.code === "54000"))
    return { line, status: "rejected", reason: `the database refused the article (SQLSTATE ${pg.code})` };
  if (error instanceof ZodError)
    return {
      line,
      status: "rejected",
      reason: "the article is not valid",
      issues: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    };
  // Anything else is the server's fault, but it concerns this line only: the report still answers
  // and the lines after it are still imported.
  console.error(`[${requestId}] bulk import line ${line}: ${loggableError(error)}`);
  return {
    line,
    status: "rejected",
    reason: `the server could not store this line; request id ${requestId} identifies it in the server log`,
  };
}

/**
 * Imports each line in its own transaction, so a bad line (malformed JSON, invalid fields, unknown
 * outlet) is reported and skipped while every other line is kept.
 */
export async function importNdjson(
  db: Db,
  actor: Actor,
  bytes: Uint8Array,
  yieldToOthers: () => Promise<void> = yieldToEventLoop,
): Promise<BulkImportReport> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const lines: BulkLineResult[] = [];
  for (const { line, bytes: raw } of ndjsonLines(bytes)) {
    // Between lines, not inside a line's transaction: other requests get the database here (on
    // the embedded database a request would otherwise wait one whole line per query it runs).
    await yieldToOthers();
    let value: unknown;
    try {
      value = JSON.parse(decoder.decode(raw));
    } catch (error) {
      const why = error instanceof SyntaxError ? error.message : "the line is not valid UTF-8";
      lines.push({ line, status: "rejected", reason: `malformed JSON: ${why}` });
      continue;
    }
    const parsed = ArticleInputSchema.safeParse(value);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      lines.push({ line, status: "rejected", reason: "the article is not valid", issues });
      continue;
    }
    try {
      const result = await db.transaction(async (tx) => {
        await requireOutletField(tx, actor.workspaceId, parsed.data.outletId);
        return importArticle(tx, actor, parsed.data, { groupEvents: false });
      });
      lines.push({ line, status: result.status, articleId: result.article.id });
    } catch (error) {
      lines.push(rejection(line, error, actor.requestId));
    }
  }
  // Same-event suggestions once for the whole batch, not once per line.
  if (lines.some((l) => l.status === "created"))
    await db.transaction((tx) => recomputeEventSuggestions(tx, actor.workspaceId));
  const count = (s: BulkLineResult["status"]) => lines.filter((l) => l.status === s).length;
  return {
    lines,
    totals: { created: count("created"), duplicate: count("duplicate"), rejected: count("rejected") },
  };
}
