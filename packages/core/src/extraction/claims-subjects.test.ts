import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";

const aliases = [
  { entityId: "jokowi", alias: "Joko Widodo", kind: "person" as const },
  { entityId: "pertamina", alias: "Pertamina", kind: "organisation" as const },
  { entityId: "porter", alias: "Jane Porter", kind: "person" as const },
];
const run = (body: string, language?: string) =>
  extractArticle(body, { publishedAt: "2024-12-10T09:00:00+07:00", aliases, language });
const claims = (body: string, language?: string) =>
  run(body, language).claims.map((c) => ({
    text: c.text,
    kind: c.kind,
    place: c.place?.name ?? null,
    parties: c.participants.map((p) => p.entityId ?? p.name),
  }));
const attributions = (body: string, language?: string) =>
  run(body, language).attributions.map((a) => [a.kind, a.entityId, a.cue.text]);

describe("named storms and other phenomena", () => {
  it("never proposes a storm as a person or takes it as a party", () => {
    const x = run("Typhoon Haikui battered Kaohsiung on Sunday, cutting power to 200,000 homes.", "en");
    expect(x.proposedEntities.find((p) => p.name.includes("Haikui"))?.kind).toBe("unknown");
    expect(x.claims[0]?.participants).toEqual([]);
    expect(x.claims[0]?.place?.name).toBe("Kaohsiung");
    const [c] = claims("Siklon Seroja menerjang Kupang, Nusa Tenggara Timur, pada Minggu (4/4/2021).");
    expect(c?.parties).toEqual([]);
    expect(c?.place).toBe("Kupang");
  });

  it("takes the country a phenomenon hits as the place, not a party", () => {
    const [c] = claims("Topan Haikui menerjang Taiwan pada Minggu (3/9/2023).");
    expect(c?.parties).toEqual([]);
    expect(c?.place).toBe("Taiwan");
    // Another country acting in the sentence still takes part.
    const [d] = claims("Floods in Pakistan on Monday prompted India to send rescue teams.", "en");
    expect(d?.place).toBe("Pakistan");
    expect(d?.parties).toEqual(["India"]);
  });
});

describe("pronoun subjects", () => {
  it("reads 'ia mengatakan' and 'she said' as the person last named, speaker or not", () => {
    expect(
      attributions(
        "Joko Widodo tiba di Balikpapan pada Senin (9/12/2024). Ia mengatakan proyek itu rampung tahun depan.",
      ),
    ).toEqual([["named_person", "jokowi", "mengatakan"]]);
    expect(
      attributions(
        "Jane Porter toured the flooded district on Monday. She said repairs would take weeks.",
        "en",
      ),
    ).toEqual([["named_person", "porter", "said"]]);
  });

  it("makes the speaker a party when a pronoun is the subject of what is reported", () => {
    const [c] = claims(
      "Joko Widodo said the budget had been approved and that he would visit Balikpapan next week.",
      "en",
    );
    expect(c?.parties).toEqual(["jokowi"]);
    const [d] = claims("Pertamina mengatakan pihaknya akan menambah pasokan ke Ambon pekan depan.");
    expect(d?.parties).toEqual(["pertamina"]);
    const [e] = claims("The rescue agency said it had rescued 14 fishermen off Bali on Sunday.", "en");
    expect(e?.parties).toEqual(["The rescue agency"]);
  });

  it("does not make a speaker a party of a statement about others", () => {
    const [c] = claims("Joko Widodo said the floods in Semarang had displaced 3,000 people on Monday.", "en");
    expect(c?.parties).toEqual([]);
  });

  it("takes a sentence opened by a pronoun as the person last named", () => {
    const body =
      "Joko Widodo tiba di Balikpapan pada Senin (9/12/2024).\n\nIa meninjau lokasi banjir di Samarinda pada Selasa (10/12/2024).";
    const c = claims(body).find((k) => k.text.startsWith("Ia"));
    expect(c?.parties).toEqual(["jokowi"]);
  });

  it("makes a speaker who did what a relative clause says a party of it", () => {
    const [c] = claims(
      "Jane Porter, who visited the evacuation centre on Sunday, said 200 troops had been deployed.",
      "en",
    );
    expect(c?.parties).toEqual(["porter"]);
    const [d] = claims("Jane Porter, who chairs the committee, said the report was late on Monday.", "en");
    expect(d?.parties ?? []).toEqual([]);
  });
});

describe("role nouns and institutions as speakers", () => {
  it("reads people by their role as anonymous, with modifiers and a clause", () => {
    expect(attributions("Kuasa hukum terdakwa menyatakan akan mengajukan banding.")).toEqual([
      ["anonymous", null, "menyatakan"],
    ]);
    expect(
      attributions("Beberapa karyawan pabrik yang ditemui di lokasi mengatakan gaji belum dibayar."),
    ).toEqual([["anonymous", null, "mengatakan"]]);
    expect(attributions("Forecasters warned that more rain was coming.", "en")).toEqual([
      ["anonymous", null, "warned"],
    ]);
    expect(attributions("Factory workers on the night shift said the alarm never sounded.", "en")).toEqual([
      ["anonymous", null, "said"],
    ]);
  });

  it("keeps a role noun before a name as that person's title", () => {
    expect(attributions("Pengacara Budi Santoso mengatakan kliennya tidak bersalah.")[0]?.[0]).toBe(
      "named_person",
    );
  });

  it("reads an institution by its common noun, with any modifier or its name after it", () => {
    expect(attributions("The transport ministry said 40 flights were cancelled.", "en")).toEqual([
      ["named_org", null, "said"],
    ]);
    expect(
      attributions("Power was cut to 5,000 homes, according to the water utility AquaCorp.", "en")[0]?.[0],
    ).toBe("named_org");
    expect(attributions("Menurut laporan media pemerintah Korea, uji coba berhasil.")[0]?.[0]).toBe(
      "anonymous",
    );
  });

  it("does not read a passive 'were told' as a source", () => {
    expect(attributions("Residents of Kempsey were told to leave low-lying streets.", "en")).toEqual([]);
  });
});

describe("claim suggestions for every reported event", () => {
  it("proposes a claim for a sentence whose subject is far from its verb", () => {
    const [c] = claims(
      "Presiden Joko Widodo, yang didampingi Ibu Negara dan sejumlah menteri kabinet, melepas kontingen atlet nasional.",
    );
    expect(c?.parties).toEqual(["jokowi"]);
    const [d] = claims(
      "Governor Maria Santos, flanked by two cabinet secretaries and the head of the coast guard, opened the new ferry terminal.",
      "en",
    );
    expect(d?.parties).toEqual(["Maria Santos"]);
    expect(claims("Joko Widodo is a former carpenter.", "en")).toEqual([]);
    expect(claims("The Associated Press contributed to this report.", "en")).toEqual([]);
  });

  it("proposes a claim for what local people report where they are", () => {
    const [c] = claims("Residents in Hsinchu said buildings swayed for about a minute.", "en");
    expect(c?.place).toBe("Hsinchu");
    const [d] = claims("Warga Desa Karangrejo mengaku air masuk ke rumah dalam hitungan menit.");
    expect(d?.place).toBe("Desa Karangrejo");
    // Officials elsewhere are not where the event is.
    const [e] = claims("Officials in Seoul said North Korea fired a missile.", "en");
    expect(e?.place ?? null).toBeNull();
  });

  it("proposes a claim for a fact cited at the end with 'according to'", () => {
    const [c] = claims(
      "More than 40,000 homes in north-west Tasmania remained without power, according to the electricity provider.",
      "en",
    );
    expect(c?.place).toBe("Tasmania");
  });
});

describe("parties: titles before a name, place chains, speakers who act, institutions that act", () => {
  it("takes the words of a title before a person's name as part of the title, not a party", () => {
    const [c] = claims(
      "Indonesian Trade Minister Joko Widodo and Australian Industry and Trade Minister Jane Porter met in Canberra on Monday.",
      "en",
    );
    expect(c?.parties).toEqual(["jokowi", "porter"]);
    const [d] = claims(
      "Kandidat Partai Buruh Joko Widodo memenangi pemilihan wali kota pada Minggu (8/12/2024).",
    );
    expect(d?.parties).toEqual(["jokowi"]);
  });

  it("takes a country closing a chain of places as where it is, not a party", () => {
    const [c] = claims(
      "Ribuan buruh pabrik di Lyon dan Marseille, Prancis, mogok kerja pada Jumat (6/12/2024).",
    );
    expect(c?.parties).toEqual([]);
    expect(c?.place).toBe("Lyon");
  });

  it("makes a speaker a party when the reported verb has no subject of its own", () => {
    const [c] = claims("Pertamina menyatakan menerima tiga laporan kebocoran pipa dua hari sebelumnya.");
    expect(c?.parties).toEqual(["pertamina"]);
    // A plan is no act: "menyatakan akan memantau" stays a statement of the speaker.
    const [d] = claims("Pertamina menyatakan akan memantau harga minyak.");
    expect(d?.parties ?? []).toEqual([]);
  });

  it("makes a claim of a known institution opening the sentence with an active verb", () => {
    const [c] = claims("Pertamina (Persero) menaikkan harga avtur untuk penerbangan internasional.");
    expect(c?.parties).toEqual(["pertamina"]);
  });
});

describe("sentences that report no event, and places reported by people at a site", () => {
  it("makes no claim of a headline with dotted initials, a comparison's year, or where something lies", () => {
    const body =
      "U.S. dockworkers strike at ports from Maine to Texas\n\nKPU menyatakan partisipasi mencapai 79 persen, tertinggi sejak 1997. Jembatan sepanjang 60 meter itu melintang di atas Sungai Ciujung.";
    expect(claims(body)).toEqual([]);
  });

  it("takes the site of unnamed people at it as the place of what they report", () => {
    const [c] = claims(
      "Officials at the Port of Savannah said more than 30 container ships were waiting offshore on Monday.",
      "en",
    );
    expect(c?.place).toBe("Port of Savannah");
  });

  it("reads an island after a modifier by its lower-case head", () => {
    const x = run("Residents were evacuated by boat to neighbouring Tagulandang island.", "en");
    expect(x.places.map((p) => p.text)).toContain("Tagulandang island");
  });
});
