import { describe, expect, it } from "vitest";
import { ClaimValueSchema } from "./claim-value";

describe("ClaimValueSchema", () => {
  it("accepts a day-precision date interval", () => {
    const v = ClaimValueSchema.parse({
      slot: "date",
      interval: { start: "2024-01-15T17:00:00Z", end: "2024-01-16T17:00:00Z", precision: "day" },
      expression: "pada Selasa",
    });
    expect(v.slot).toBe("date");
  });

  it("rejects an interval that ends before it starts, naming the field", () => {
    const r = ClaimValueSchema.safeParse({
      slot: "date",
      interval: { start: "2024-01-16T17:00:00Z", end: "2024-01-15T17:00:00Z", precision: "day" },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["interval", "end"]);
  });

  it("rejects a value whose shape does not match its slot", () => {
    expect(ClaimValueSchema.safeParse({ slot: "place", text: "Moskow" }).success).toBe(false);
    expect(ClaimValueSchema.safeParse({ slot: "weather", text: "cerah" }).success).toBe(false);
  });

  it("defaults a quantity's tolerance to exact", () => {
    const v = ClaimValueSchema.parse({ slot: "quantity", amount: 3, unit: "missiles" });
    expect(v.slot === "quantity" && v.tolerance).toBe(0);
  });
});
