export * from "./language";
export * from "./normalize";
export * from "./time-zone";
export * from "./truth";
export * from "./quotes";
export * from "./rules";
