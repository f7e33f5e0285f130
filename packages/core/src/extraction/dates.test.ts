import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";

const aliases = [{ entityId: "bps", alias: "BPS", kind: "organisation" as const }];
const run = (body: string, publishedAt: string, language?: string) =>
  extractArticle(body, { publishedAt, aliases, language });

describe("dates of bare months", () => {
  it("reads a month after a preposition: the next one in a future clause, the last one otherwise", () => {
    const x = run(
      "Pameran itu dijadwalkan dibuka pada Maret. Banjir serupa terjadi pada Oktober. The minister was expected to travel to Lima in August.",
      "2025-02-10T09:00:00+07:00",
    );
    expect(x.dates.map((d) => [d.text, d.precision, d.interval?.start])).toEqual([
      ["Maret", "month", "2025-02-28T17:00:00.000Z"],
      ["Oktober", "month", "2024-09-30T17:00:00.000Z"],
      ["August", "month", "2025-07-31T17:00:00.000Z"],
    ]);
  });

  it("leaves a month name that is part of a full date to the resolver", () => {
    const x = run("Sidang digelar pada Maret 2024 dan pada 5 Mei.", "2025-02-10T09:00:00+07:00");
    expect(x.dates.map((d) => d.text)).toEqual(["Maret 2024", "5 Mei"]);
  });
});
