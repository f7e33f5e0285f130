// What the interface says about a failed request, in its own language: from the error's code, the
// reason and fields its details name, never the server's English sentence.
import i18n, { type TFunction } from "i18next";
import { ApiError } from "./api-client";

/** Whether the dictionary has a sentence for `key` (a plain word from the server) under `table`. */
const has = (table: string, key: unknown): key is string =>
  typeof key === "string" && /^[A-Za-z0-9_]+$/.test(key) && i18n.exists(`${table}.${key}`);

/** The labels of the 422's invalid fields the dictionary names (the last segment of each path). */
export function invalidFieldLabels(error: ApiError, t: TFunction): string[] {
  const issues = (error.details as { issues?: Array<{ path?: unknown }> } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  const labels = new Set<string>();
  for (const issue of issues) {
    const segments = String(issue.path ?? "")
      .split(".")
      .filter((s) => s && !/^\d+$/.test(s));
    const field = segments.at(-1);
    if (has("errors.fields", field)) labels.add(t(`errors.fields.${field}`));
  }
  return [...labels];
}

/** The sentence for a failed request: its reason if the dictionary knows it, else its code's. */
export function errorText(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t("errors.codes.unexpected");
  if (error.code === "network") return t("errors.network");
  const reason = (error.details as { reason?: unknown } | undefined)?.reason;
  if (has("errors.reasons", reason)) return t(`errors.reasons.${reason}`);
  if (has("import.urls.reason", reason)) return t(`import.urls.reason.${reason}`);
  const base = has("errors.codes", error.code) ? t(`errors.codes.${error.code}`) : t("errors.codes.internal");
  if (error.code === "validation_failed") {
    const fields = invalidFieldLabels(error, t);
    return fields.length ? `${base} ${t("errors.invalidFields", { fields: fields.join(", ") })}` : base;
  }
  if (error.code === "rate_limited" && error.retryAfter)
    return `${base} ${t("errors.retryAfter", { seconds: error.retryAfter })}`;
  return base;
}
