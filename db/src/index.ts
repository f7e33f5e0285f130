export * from "./client";
export { DataDirBusyError } from "./lock";
export * from "./migrate";
export * from "./errors";
export * from "./rows";
