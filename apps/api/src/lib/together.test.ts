import { describe, expect, it } from "vitest";
import { together } from "./together";

describe("together", () => {
  it("answers every step's value in argument order", async () => {
    const slow = new Promise<string>((r) => setTimeout(() => r("slow"), 20));
    expect(await together(slow, Promise.resolve(2), 3)).toEqual(["slow", 2, 3]);
  });

  it("waits for every step, then throws the first failure in argument order", async () => {
    let lastDone = false;
    const late = new Promise<void>((_, reject) =>
      setTimeout(() => {
        lastDone = true;
        reject(new Error("second"));
      }, 20),
    );
    const early = Promise.reject(new Error("third"));
    await expect(together(Promise.resolve(1), late, early)).rejects.toThrow("second");
    expect(lastDone).toBe(true);
  });
});
