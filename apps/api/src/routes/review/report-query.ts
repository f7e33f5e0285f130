import { type Lang, langFromAcceptLanguage, type ReportQuery } from "@kroscek/schema";
import { ApiError } from "../../lib/api-error";

/** The report's filters after the checks one field alone cannot make (a range that ends before it starts). */
export function reportQuery(query: ReportQuery): ReportQuery {
  if (query.from && query.to && query.from > query.to)
    throw new ApiError("validation_failed", "The request is not valid", {
      issues: [{ path: "to", message: "`to` is before `from`", code: "custom" }],
    });
  return query;
}

/** `?lang=` first, then Accept-Language; null leaves it to the workspace's language. */
export function reportLanguage(lang: Lang | undefined, acceptLanguage: string | undefined): Lang | null {
  return lang ?? langFromAcceptLanguage(acceptLanguage);
}
