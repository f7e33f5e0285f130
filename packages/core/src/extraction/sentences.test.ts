import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("splitSentences", () => {
  it("splits Indonesian text into sentences with body offsets", () => {
    const body = "Judul\nPutin bertemu Kim pada Selasa (16/1/2024). Peskov mengatakan itu penting.";
    const start = body.indexOf("Putin");
    const out = splitSentences(body, [{ start, end: body.length }], "id");
    expect(out.map((s) => s.text)).toEqual([
      "Putin bertemu Kim pada Selasa (16/1/2024).",
      "Peskov mengatakan itu penting.",
    ]);
    for (const s of out) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it("keeps a quoted sentence and its attribution together", () => {
    const body = "“Kami siap,” kata Lavrov. Ia pulang.";
    const out = splitSentences(body, [{ start: 0, end: body.length, furniture: true }], "id");
    expect(out[0]).toMatchObject({ text: "“Kami siap,” kata Lavrov.", furniture: true });
  });
});
