import { WorkspaceSlugSchema } from "@kroscek/schema";
import { describe, expect, it } from "vitest";
import { slugify, slugProblem } from "./slug";

describe("workspace slugs", () => {
  it("proposes a slug from a name with diacritics, dashes and spaces", () => {
    expect(slugify("Pilpres 2024 – Jawa Barat")).toBe("pilpres-2024-jawa-barat");
    expect(slugify("  Čekfakta Ñusantara!  ")).toBe("cekfakta-nusantara");
    expect(slugify("Putin–Kim summit 2023")).toBe("putin-kim-summit-2023");
  });

  it("never proposes more than 63 characters or a trailing hyphen", () => {
    const s = slugify(`${"a".repeat(62)} b`);
    expect(s.length).toBeLessThanOrEqual(63);
    expect(s.endsWith("-")).toBe(false);
  });

  it("agrees with the API's contract on what it refuses", () => {
    for (const slug of [
      "ok",
      "putin-kim-2023",
      "a1",
      "A",
      "Bad Slug",
      "-x",
      "x-",
      "a_b",
      "x".repeat(64),
      "setup",
      "invite",
      "api",
    ]) {
      expect(slugProblem(slug) === null, slug).toBe(WorkspaceSlugSchema.safeParse(slug).success);
    }
    expect(slugProblem("setup")).toBe("reserved");
    expect(slugProblem("Bad Slug")).toBe("invalid");
  });
});
