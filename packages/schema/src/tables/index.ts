export * from "./accounts";
export * from "./enums";
export * from "./event-suggestions";
export * from "./ingest";
export * from "./ledger";
export * from "./review";
export * from "./suggestions";
export * from "./throttle";
