import { describe, expect, it } from "vitest";
import { dateInterval } from "./date-interval";

describe("dateInterval", () => {
  it("reads 16 January 2024 in Jakarta as one local day", () => {
    expect(dateInterval("2024-01-16", "day", "Asia/Jakarta")).toEqual({
      start: "2024-01-15T17:00:00.000Z",
      end: "2024-01-16T17:00:00.000Z",
      precision: "day",
    });
  });

  it("reads a day in a fixed-offset zone ('+10:00') from that offset's midnight", () => {
    expect(dateInterval("2023-09-13", "day", "+10:00")).toEqual({
      start: "2023-09-12T14:00:00.000Z",
      end: "2023-09-13T14:00:00.000Z",
      precision: "day",
    });
  });

  it("reads June 2024 as the whole month", () => {
    const i = dateInterval("2024-06-19", "month", "Asia/Jakarta");
    expect([i.start, i.end]).toEqual(["2024-05-31T17:00:00.000Z", "2024-06-30T17:00:00.000Z"]);
  });

  it("starts a week on Monday", () => {
    const i = dateInterval("2024-01-18", "week", "UTC");
    expect([i.start, i.end]).toEqual(["2024-01-15T00:00:00.000Z", "2024-01-22T00:00:00.000Z"]);
  });

  it("follows daylight saving time in the article's zone", () => {
    const i = dateInterval("2024-03-31", "day", "Europe/Berlin");
    expect([i.start, i.end]).toEqual(["2024-03-30T23:00:00.000Z", "2024-03-31T22:00:00.000Z"]);
  });
});
