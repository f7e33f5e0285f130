import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";

const aliases = [{ entityId: "bps", alias: "BPS", kind: "organisation" as const }];
const run = (body: string, publishedAt: string, language?: string) =>
  extractArticle(body, { publishedAt, aliases, language });

describe("attribution classes", () => {
  const kinds = (body: string, language?: string) =>
    run(body, "2025-02-10T09:00:00+07:00", language).attributions.map((a) => [a.kind, a.cue.text]);

  it("keeps the anonymous class across a relative clause before the verb", () => {
    expect(
      kinds("A police officer, who asked not to be identified, said the road was closed.", "en"),
    ).toEqual([["anonymous", "said"]]);
    expect(kinds("Seorang pejabat, yang enggan disebut namanya, mengatakan rapat ditunda.")).toEqual([
      ["anonymous", "mengatakan"],
    ]);
  });

  it("reads unnamed collectives, possessive institutions and headline passives", () => {
    expect(
      kinds(
        "Warga Kampung Melayu mengatakan air naik cepat. Seorang pedagang setempat mengatakan pasar tutup.",
      ),
    ).toEqual([
      ["anonymous", "mengatakan"],
      ["anonymous", "mengatakan"],
    ]);
    expect(
      kinds(
        "Peru's opposition said the vote was rigged. The Civil Aviation Authority said flights resumed.",
        "en",
      ),
    ).toEqual([
      ["named_org", "said"],
      ["named_org", "said"],
    ]);
    expect(kinds("Pejabat Daerah Dikabarkan Mundur\n\nIsi berita.")).toEqual([["anonymous", "Dikabarkan"]]);
  });

  it("does not read a reporting word inside a name, or an act with its object", () => {
    expect(kinds("Ketua Umum Serikat Tani Said Abdullah menghadiri acara itu.")).toEqual([]);
    expect(kinds("The government pledged the funds in March and announced a new tax.", "en")).toEqual([]);
  });
});
