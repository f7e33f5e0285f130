import { describe, expect, it } from "vitest";
import { formatInterval, shortQuote } from "./labels";
import { jakartaDay, jakartaMonth } from "./test-fixtures";

describe("formatInterval", () => {
  it("labels a Jakarta day by its local date although it starts at 17:00 UTC the day before", () => {
    expect(jakartaDay("2024-01-16").start).toBe("2024-01-15T17:00:00.000Z");
    expect(formatInterval(jakartaDay("2024-01-16"))).toBe("16 January 2024");
  });

  it("labels UTC and New York days by their own date", () => {
    expect(
      formatInterval({ start: "2024-01-16T00:00:00Z", end: "2024-01-17T00:00:00Z", precision: "day" }),
    ).toBe("16 January 2024");
    expect(
      formatInterval({ start: "2024-01-16T05:00:00Z", end: "2024-01-17T05:00:00Z", precision: "day" }),
    ).toBe("16 January 2024");
  });

  it("labels months, years, weeks and day ranges", () => {
    expect(formatInterval(jakartaMonth(2024, 6))).toBe("June 2024");
    expect(formatInterval(jakartaMonth(2023, 12))).toBe("December 2023");
    expect(
      formatInterval({ start: "2023-12-31T17:00:00Z", end: "2024-12-31T17:00:00Z", precision: "year" }),
    ).toBe("2024");
    expect(
      formatInterval({ start: "2024-01-14T17:00:00Z", end: "2024-01-21T17:00:00Z", precision: "week" }),
    ).toBe("week of 15 January 2024");
    expect(
      formatInterval({ start: "2024-01-13T17:00:00Z", end: "2024-01-16T17:00:00Z", precision: "day" }),
    ).toBe("14 January 2024 – 16 January 2024");
  });
});

describe("shortQuote", () => {
  it("keeps short quotes and cuts long ones with an ellipsis", () => {
    expect(shortQuote("pada  Selasa\n(16/1/2024)")).toBe("pada Selasa (16/1/2024)");
    const long = shortQuote("kata ".repeat(100));
    expect(long).toHaveLength(120);
    expect(long.endsWith("…")).toBe(true);
  });
});
