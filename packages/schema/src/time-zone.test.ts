import { describe, expect, it } from "vitest";
import {
  isValidTimeZone,
  localDateOf,
  offsetZoneOf,
  zonedTimeToInstant,
  zoneOffsetMinutes,
} from "./time-zone";

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

describe("fixed-offset zones (a stamp that gives only '+10:00')", () => {
  it("reads the offset of a timestamp, and none of a bare date", () => {
    expect(offsetZoneOf("2023-09-14T07:45:00+10:00")).toBe("+10:00");
    expect(offsetZoneOf("2023-09-14T07:45:00Z")).toBe("+00:00");
    expect(offsetZoneOf("2023-09-14")).toBeNull();
    expect(offsetZoneOf(null)).toBeNull();
  });
  it("accepts '+10:00' and '-03:30' as zones and rejects '+25:00'", () => {
    expect(isValidTimeZone("+10:00")).toBe(true);
    expect(isValidTimeZone("-03:30")).toBe(true);
    expect(isValidTimeZone("+25:00")).toBe(false);
  });
  it("places 21:45 UTC on the next local day at +10:00", () => {
    const instant = new Date("2023-09-13T21:45:00Z");
    expect(zoneOffsetMinutes(instant, "+10:00")).toBe(600);
    expect(localDateOf(instant, "+10:00")).toBe("2023-09-14");
    expect(localDateOf(instant, "Asia/Jakarta")).toBe("2023-09-14");
    expect(localDateOf(instant, "-03:00")).toBe("2023-09-13");
    expect(zonedTimeToInstant(2023, 9, 14, "+10:00").toISOString()).toBe("2023-09-13T14:00:00.000Z");
  });
});
