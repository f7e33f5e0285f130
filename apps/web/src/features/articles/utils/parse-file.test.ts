import { describe, expect, it } from "vitest";
import { titleOfFile } from "./parse-file";

describe("titleOfFile", () => {
  it("takes the first Markdown heading of a .md file", () => {
    expect(titleOfFile("a.md", "intro\n## Putin bertemu Kim ##\ntext")).toBe("Putin bertemu Kim");
  });
  it("falls back to the file name without extension", () => {
    expect(titleOfFile("kremlin-korut.txt", "# not a heading in txt")).toBe("kremlin-korut");
  });
});
