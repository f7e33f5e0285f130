import { AUDIT_ACTIONS } from "@kroscek/schema";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { id } from "./id";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(s: string) {
  return [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
}

describe("dictionaries", () => {
  it("Indonesian and English have exactly the same keys", () => {
    expect(keysOf(id).sort()).toEqual(keysOf(en).sort());
  });

  it("every string is non-empty and uses the same placeholders in both languages", () => {
    const get = (o: unknown, path: string) =>
      path.split(".").reduce<unknown>((acc, k) => (acc as Record<string, unknown>)[k], o) as string;
    for (const key of keysOf(en)) {
      expect(get(id, key), key).not.toBe("");
      expect(placeholders(get(id, key)), key).toEqual(placeholders(get(en, key)));
    }
  });

  it("names every action the audit trail records, in both languages", () => {
    for (const action of AUDIT_ACTIONS) {
      const key = action.replace(/\./g, "_");
      expect(en.auditActions, action).toHaveProperty(key);
      expect(id.auditActions, action).toHaveProperty(key);
    }
  });
});
