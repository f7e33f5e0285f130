// One entry point for every export, used by the HTTP routes and the CLI alike: it resolves what
// must exist (a finished snapshot) before any byte is written, so failures still get a status
// code, then hands back a lazy stream of text chunks.
import type { Db } from "@kroscek/db";
import { resolveExportSnapshot } from "../snapshots/read";
import { annotationsJsonld, assertionsCsv } from "./assertions";
import { claimReviewJsonld } from "./claimreview";
import { chunked } from "./csv";
import { reliabilityCsv, reliabilityJson } from "./reliability-export";

export const EXPORT_KINDS = ["reliability", "claimreview", "assertions", "annotations"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Formats each kind can be written in; the first is the default. */
export const EXPORT_FORMATS: Record<ExportKind, readonly string[]> = {
  reliability: ["csv", "json"],
  claimreview: ["jsonld"],
  assertions: ["csv"],
  annotations: ["jsonld"],
};

export interface ExportPlan {
  contentType: string;
  filename: string;
  body: AsyncGenerator<string>;
}

const TYPES: Record<string, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
  jsonld: "application/ld+json; charset=utf-8",
};

export async function planExport(
  db: Db,
  workspaceId: string,
  kind: ExportKind,
  format: string,
  snapshotId?: string,
): Promise<ExportPlan> {
  if (!EXPORT_FORMATS[kind].includes(format)) throw new Error(`${kind} cannot be exported as ${format}`);
  let body: AsyncGenerator<string>;
  let filename = `${kind}.${format}`;
  if (kind === "reliability") {
    // Without a snapshot named: the current scores (the newest snapshot with refreshed rows in place).
    const snap = await resolveExportSnapshot(db, workspaceId, snapshotId);
    const current = snapshotId === undefined;
    body = (format === "csv" ? reliabilityCsv : reliabilityJson)(db, workspaceId, snap, current);
    filename = `reliability-${snap.id}${current ? "-current" : ""}.${format}`;
  } else if (kind === "claimreview") body = claimReviewJsonld(db, workspaceId);
  else if (kind === "assertions") body = assertionsCsv(db, workspaceId);
  else body = annotationsJsonld(db, workspaceId);
  return { contentType: TYPES[format] ?? "application/octet-stream", filename, body: chunked(body) };
}
