import { ApiError } from "./api-client";

/** The field paths a 422 answer names (`details.issues[].path`), to show the problem beside the field. */
export function issuePaths(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== "validation_failed") return [];
  const issues = (error.details as { issues?: Array<{ path?: unknown }> } | undefined)?.issues;
  return Array.isArray(issues) ? issues.map((i) => String(i.path ?? "")) : [];
}
