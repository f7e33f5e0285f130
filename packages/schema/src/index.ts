/** Browser-safe entry: zod contracts and value sets. Drizzle tables live at `@kroscek/schema/tables`. */
export * from "./contracts/accounts";
export * from "./contracts/articles";
export * from "./contracts/audit";
export * from "./contracts/claim-value";
export * from "./contracts/common";
export * from "./contracts/event-suggestions";
export * from "./contracts/ledger";
export * from "./contracts/matrix";
export * from "./contracts/reliability";
export * from "./contracts/review";
export * from "./contracts/review-views";
export * from "./contracts/search";
export * from "./contracts/suggestions";
export * from "./contracts/verdicts";
export * from "./enums";
export * from "./i18n";
