export * from "./normalize";
