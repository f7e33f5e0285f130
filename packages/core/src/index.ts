export * from "./dates";
export * from "./language";
export * from "./normalize";
export * from "./quotes";
export * from "./rules";
export * from "./time-zone";
export * from "./truth";
