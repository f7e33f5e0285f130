import { describe, expect, it } from "vitest";
import { BackoffThrottle, FailureThrottle } from "./throttle";

describe("BackoffThrottle", () => {
  it("lets the free failures through, then doubles the wait after each further failure", () => {
    const t = new BackoffThrottle(3, 15 * 60_000);
    const at = 1_000_000;
    for (let i = 0; i < 3; i++) {
      expect(t.retryAfter("k", at)).toBe(0);
      t.fail("k", at);
    }
    expect(t.retryAfter("k", at)).toBe(1);
    expect(t.retryAfter("k", at + 1000)).toBe(0);
    t.fail("k", at + 1000);
    expect(t.retryAfter("k", at + 1000)).toBe(2);
    t.fail("k", at + 3000);
    expect(t.retryAfter("k", at + 3000)).toBe(4);
  });

  it("caps the wait at the maximum and forgets a key quiet for that long", () => {
    const t = new BackoffThrottle(1, 60_000);
    for (let i = 0; i < 30; i++) t.fail("k", 0);
    expect(t.retryAfter("k", 0)).toBe(60);
    expect(t.retryAfter("k", 60_000)).toBe(0);
    // Forgotten: the next failure starts over at the shortest wait, not at the cap.
    t.fail("k", 60_000);
    expect(t.retryAfter("k", 60_000)).toBe(1);
  });

  it("keeps keys apart and resets one on success", () => {
    const t = new BackoffThrottle(1, 60_000);
    t.fail("a", 0);
    t.fail("a", 0);
    expect(t.retryAfter("a", 0)).toBeGreaterThan(0);
    expect(t.retryAfter("b", 0)).toBe(0);
    t.reset("a");
    expect(t.retryAfter("a", 0)).toBe(0);
  });
});

describe("FailureThrottle", () => {
  it("refuses after the limit within the window, until the window passes", () => {
    const t = new FailureThrottle(2, 10_000);
    t.fail("k", 0);
    expect(t.retryAfter("k", 0)).toBe(0);
    t.fail("k", 1000);
    expect(t.retryAfter("k", 1000)).toBe(9);
    expect(t.retryAfter("k", 10_001)).toBe(0);
  });
});
