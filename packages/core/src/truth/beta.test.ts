import { describe, expect, it } from "vitest";
import { betaCredibleInterval, betaQuantile, logGamma, regularizedBeta } from "./beta";

describe("beta distribution helpers", () => {
  it("logGamma matches factorials and Γ(1/2) = √π", () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(logGamma(171)).toBeCloseTo(706.5730622457874, 8);
  });

  it("regularizedBeta matches closed forms", () => {
    expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(regularizedBeta(0.6, 3, 1)).toBeCloseTo(0.6 ** 3, 12);
    expect(regularizedBeta(0.5, 7, 7)).toBeCloseTo(0.5, 12);
    // Beta(2,3) CDF: 1 - (1-x)^3 (1 + 3x) = 0.5248 at x = 0.4.
    expect(regularizedBeta(0.4, 2, 3)).toBeCloseTo(0.5248, 12);
  });

  it("betaQuantile inverts the CDF, including lopsided posteriors", () => {
    for (const [a, b] of [
      [2, 2],
      [0.5, 0.5],
      [180.5, 21.5],
      [1, 300],
    ] as const) {
      for (const p of [0.05, 0.5, 0.95]) {
        expect(regularizedBeta(betaQuantile(p, a, b), a, b)).toBeCloseTo(p, 9);
      }
    }
  });

  it("a 90% interval narrows as evidence grows at the same accuracy", () => {
    const [lo2, hi2] = betaCredibleInterval(1 + 1.6, 1 + 0.4);
    const [lo200, hi200] = betaCredibleInterval(1 + 160, 1 + 40);
    expect(hi2 - lo2).toBeGreaterThan(0.5);
    expect(hi200 - lo200).toBeLessThan(0.1);
    expect(lo200).toBeLessThan(0.8);
    expect(hi200).toBeGreaterThan(0.8);
  });
});
