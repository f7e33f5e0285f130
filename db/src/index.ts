export * from "./client";
export * from "./errors";
export { DataDirBusyError } from "./lock";
export * from "./migrate";
export * from "./rows";
export { DEFAULT_SOCKET_IDLE_MS, SOCKET_NAME } from "./socket";
