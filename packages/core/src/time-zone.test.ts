import { describe, expect, it } from "vitest";
import { isValidTimeZone, zonedTimeToInstant, zoneOffsetMinutes } from "./time-zone";

describe("time zones", () => {
  it("puts midnight of 18 January 2024 in Jakarta at 17:00 UTC the day before", () => {
    expect(zonedTimeToInstant(2024, 1, 18, "Asia/Jakarta").toISOString()).toBe("2024-01-17T17:00:00.000Z");
  });
  it("follows daylight saving time in London", () => {
    expect(zonedTimeToInstant(2024, 7, 1, "Europe/London").toISOString()).toBe("2024-06-30T23:00:00.000Z");
    expect(zonedTimeToInstant(2024, 1, 1, "Europe/London").toISOString()).toBe("2024-01-01T00:00:00.000Z");
  });
  it("reads Jakarta as seven hours ahead of UTC", () => {
    expect(zoneOffsetMinutes(new Date("2024-01-18T00:00:00Z"), "Asia/Jakarta")).toBe(420);
  });
  it("knows real zone names and rejects made-up ones", () => {
    expect(isValidTimeZone("Asia/Makassar")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});
