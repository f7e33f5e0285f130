import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { gazetteer } from "./gazetteer";
import { findPlaces } from "./places";

const names = (text: string) => findPlaces(text).map((p) => p.text);
const ids = (text: string) => findPlaces(text).map((p) => p.gazetteerId);

describe("provinces, states and regency seats", () => {
  it("finds first-level divisions of the data package as places", () => {
    expect(ids("Storms cut power to homes across Tasmania on Friday.")).toEqual(["iso:AU-TAS"]);
    expect(ids("Banjir merendam dua kabupaten di Sulawesi Tengah.")).toContain("iso:ID-ST");
    const found = findPlaces("Gempa mengguncang Maluku Utara, Senin malam.");
    expect(found.map((p) => p.text)).toEqual(["Maluku Utara"]);
    expect(found[0]?.countryCode).toBe("ID");
    expect(names("Wildfires spread across northern Arizona and into Utah.")).toEqual(["Arizona", "Utah"]);
  });

  it("knows Indonesia's compass-named provinces by their English names too", () => {
    expect(ids("Floods hit Central Java on Monday.")).toEqual(["iso:ID-JT"]);
    expect(ids("The quake struck North Sumatra and West Nusa Tenggara.")).toEqual(["iso:ID-SU", "iso:ID-NB"]);
    expect(ids("Warga Sulawesi Tenggara dan Southeast Sulawesi")).toEqual(["iso:ID-SG", "iso:ID-SG"]);
  });

  it("keeps countries and large cities ahead of a division of the same name", () => {
    const g = gazetteer();
    expect(g.byKey.get("georgia")?.kind).toBe("country");
    expect(g.byKey.get("bengkulu")?.kind).toBe("city");
    // A country's historical name does not hide a city of a million people.
    expect(findPlaces("Flights to Gold Coast resumed on Monday.")[0]?.kind).toBe("place");
  });

  it("reads a city by its short form", () => {
    expect(names("The typhoon made landfall near Cebu City.")).toEqual(["Cebu City"]);
    expect(ids("Rescue teams reached Davao on Tuesday.")[0]).toMatch(/^geonames:/);
    expect(ids("Tourists left Acapulco after the storm.")[0]).toMatch(/^geonames:/);
  });

  it("trusts a small regency seat only after a locative word, a place head or an agency acronym", () => {
    expect(names("Ribuan warga di Kudus mengungsi.")).toEqual(["Kudus"]);
    expect(names("Kepala BPBD Sragen mengatakan air mulai surut.")).toEqual(["Sragen"]);
    expect(names("Sumber: Reuters")).toEqual([]);
    expect(names("Mau untung cepat? Daftar sekarang.")).toEqual([]);
  });

  it("reads a city after a common word of a title-case headline, and after 'residents of'", () => {
    const body = "Ribuan Warga Semarang Mengungsi\n\nBanjir merendam rumah warga sejak Senin.";
    expect(names(body)).toContain("Semarang");
    expect(names("Residents of Kempsey were told to leave.")).toEqual(["Kempsey"]);
  });

  it("reads counties, boulevards, markets and routes by their head word", () => {
    expect(names("Evacuation orders were issued across Orange County on Tuesday.")).toEqual([
      "Orange County",
    ]);
    expect(names("Traffic stopped on Hollywood Boulevard overnight.")).toEqual(["Hollywood Boulevard"]);
    expect(names("Kebakaran melanda Pasar Senen pada Jumat.")).toEqual(["Pasar Senen"]);
    expect(names("Jalur Pantai Selatan ditutup sejak pagi.")).toEqual(["Jalur Pantai Selatan"]);
    expect(names("Sidang digelar di Pengadilan Negeri Jakarta Pusat.")).toContain("Jakarta Pusat");
  });
});

describe("divisions named by a generic word", () => {
  it("does not read 'Western', 'Central', 'Gulf' or 'Mon' as a division", () => {
    expect(names("Western officials said the talks had stalled.")).toEqual([]);
    expect(names("Gulf states agreed to raise output.")).toEqual([]);
    expect(names("Central banks raised rates on Mon 3 March.")).toEqual([]);
  });
});

describe("a state's name that is also a city's", () => {
  const ids = (body: string, language: string) =>
    extractArticle(body, { publishedAt: "2025-02-10", aliases: [], language }).places.map((p) => [
      p.text,
      p.gazetteerId,
    ]);

  it("reads the state after 'negara bagian' or 'state of', before 'state', and in a pair of states", () => {
    expect(ids("Ribuan pekerja di negara bagian Washington dan Oregon mogok.", "id")).toEqual([
      ["Washington", "iso:US-WA"],
      ["Oregon", "iso:US-OR"],
    ]);
    expect(
      ids("Fires burned in Washington state and in the state of New York.", "en").map((p) => p[1]),
    ).toEqual(["iso:US-WA", "iso:US-NY"]);
  });

  it("keeps the city where nothing says state", () => {
    expect(ids("Presiden tiba di Washington pada Senin.", "id")[0]?.[1]).toMatch(/^geonames:/u);
  });
});
