export * from "./accounts";
export * from "./enums";
export * from "./ledger";
export * from "./review";
export * from "./suggestions";
export * from "./event-suggestions";
