export * from "./client";
export * from "./errors";
export { DataDirBusyError } from "./lock";
export * from "./migrate";
export * from "./rows";
