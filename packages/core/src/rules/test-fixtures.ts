// Builders for rule tests: hand-annotated versions of the seed corpus. Not exported from the package.
import type { ClaimValue, DateInterval } from "@kroscek/schema";
import type { RuleArticle, RuleAssertion } from "./types";

/** Entity ids (readable, not UUIDs: the rules treat ids as opaque strings). */
export const E = {
  putin: "ent-putin",
  choe: "ent-choe",
  kim: "ent-kim",
  lavrov: "ent-lavrov",
  shoigu: "ent-shoigu",
  moscow: "ent-moscow",
  pyongyang: "ent-pyongyang",
  kremlin: "ent-kremlin",
} as const;

/** Display names for the entities above. */
export const NAMES: Record<string, string> = {
  [E.putin]: "Vladimir Putin",
  [E.choe]: "Choe Son Hui",
  [E.kim]: "Kim Jong-un",
  [E.lavrov]: "Sergei Lavrov",
  [E.shoigu]: "Sergei Shoigu",
  [E.moscow]: "Moscow",
  [E.pyongyang]: "Pyongyang",
  [E.kremlin]: "Kremlin",
};

/** A calendar day in Jakarta (UTC+7) as a UTC half-open interval, as the date resolver produces it. */
export function jakartaDay(isoDate: string): DateInterval {
  const start = Date.parse(`${isoDate}T00:00:00+07:00`);
  return {
    start: new Date(start).toISOString(),
    end: new Date(start + 86_400_000).toISOString(),
    precision: "day",
  };
}

/** A calendar month in Jakarta (UTC+7). */
export function jakartaMonth(year: number, month: number): DateInterval {
  const mm = String(month).padStart(2, "0");
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
  return {
    start: new Date(Date.parse(`${year}-${mm}-01T00:00:00+07:00`)).toISOString(),
    end: new Date(Date.parse(`${next}-01T00:00:00+07:00`)).toISOString(),
    precision: "month",
  };
}

/** A date claim value. */
export const dateValue = (interval: DateInterval, expression?: string): ClaimValue =>
  expression === undefined ? { slot: "date", interval } : { slot: "date", interval, expression };

/** An assertion with sensible defaults: asserts, named source, event "ev-choe-visit". */
export function assertion(p: Partial<RuleAssertion> & Pick<RuleAssertion, "id" | "value">): RuleAssertion {
  return {
    articleId: `art-${p.id}`,
    outletId: `outlet-${p.id}`,
    outletName: `Outlet ${p.id}`,
    eventId: "ev-choe-visit",
    claimId: `claim-${p.id}`,
    stance: "asserts",
    quote: `quote ${p.id}`,
    attribution: { kind: "named_person", text: "kata Peskov" },
    ...p,
  };
}

/** An article with defaults: Indonesian news outlet, undated unless given. */
export function article(p: Partial<RuleArticle> & Pick<RuleArticle, "id" | "body">): RuleArticle {
  return {
    outletId: `outlet-${p.id}`,
    outletName: `Outlet ${p.id}`,
    outletKind: "news",
    publishedAt: null,
    wireCredit: null,
    language: "id",
    ...p,
  };
}

/** 000, Himalayapost.id: "pada Selasa" resolved against the article date 18 Jan 2024 → 16 Jan. */
export const himalayaDate = assertion({
  id: "a000-date",
  articleId: "art-000",
  outletId: "outlet-himalaya",
  outletName: "Himalayapost.id",
  quote:
    "pertemuan Presiden Rusia Vladimir Putin dengan Menteri Luar Negeri Korea Utara Choe Son Hui di Moskow pada Selasa",
  value: dateValue(jakartaDay("2024-01-16"), "pada Selasa"),
  dateAnchor: { publishedAt: "2024-01-18T03:00:00Z", timeZone: "Asia/Jakarta" },
  timeZone: "Asia/Jakarta",
  attribution: { kind: "named_person", text: "kata juru bicara Kremlin Dmitry Peskov" },
});

/** 002, Republika from Reuters: "Selasa (16/1/2024)". */
export const republikaDate = assertion({
  id: "a002-date",
  articleId: "art-002",
  outletId: "outlet-republika",
  outletName: "Republika",
  quote: "pembicaraan dengan Presiden Vladimir Putin di Kremlin pada Selasa (16/1/2024)",
  value: dateValue(jakartaDay("2024-01-16"), "Selasa (16/1/2024)"),
  attribution: { kind: "wire", text: "sumber : reuters" },
  wire: "Reuters",
});

/** A made-up outlet dating the same meeting a day later: the demo's date conflict. */
export const exampleDailyDate = assertion({
  id: "a900-date",
  articleId: "art-900",
  outletId: "outlet-example",
  outletName: "Example Daily",
  quote: "Choe Son Hui bertemu Putin di Moskow pada 17/1/2024",
  value: dateValue(jakartaDay("2024-01-17"), "17/1/2024"),
});
