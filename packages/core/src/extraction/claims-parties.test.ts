import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";

const aliases = [
  { entityId: "kpk", alias: "Komisi Pemberantasan Korupsi", kind: "organisation" as const },
  { entityId: "kpk", alias: "KPK", kind: "organisation" as const },
  { entityId: "who", alias: "World Health Organization", kind: "organisation" as const },
  { entityId: "egypt", alias: "Egypt", kind: "country" as const },
  { entityId: "ojk", alias: "OJK", kind: "organisation" as const },
];

const claims = (body: string, language?: string, publishedAt = "2025-02-10T09:00:00+07:00") =>
  extractArticle(body, { publishedAt, aliases, language }).claims.map((c) => ({
    kind: c.kind,
    place: c.place?.name ?? null,
    date: c.date?.text ?? null,
    parties: c.participants.map((p) => p.entityId ?? p.name),
  }));

describe("claim participants", () => {
  it("takes the person after a title and its institution, not the institution", () => {
    const [c] = claims(
      "Ketua KPK Setyo Budiyanto menggelar pertemuan di Gedung Merah Putih pada Senin (10/2/2025).",
    );
    expect(c?.parties).toEqual(["Setyo Budiyanto"]);
    expect(c?.place).toBe("Gedung Merah Putih");
  });

  it("reads demonyms of forces as countries and keeps the speaker's demonym out", () => {
    const [c] = claims("Egyptian and Thai troops began a joint exercise near Alexandria on Monday.", "en");
    expect(c?.parties).toEqual(["egypt", "Thailand"]);
    expect(c?.place).toBe("Alexandria");
  });

  it("does not take an agreement's name, or the countries whose leaders attended, as parties", () => {
    const [a] = claims(
      "Kedua menteri menandatangani Perjanjian Perdagangan Bebas Asia Tenggara (AFTA-X) di Hanoi pada Senin (10/2/2025).",
    );
    expect(a?.parties).toEqual([]);
    const [b] = claims(
      "The WHO chief opened the meeting in Geneva alongside the presidents of Chile, Peru and Ghana on Monday.",
      "en",
    );
    expect(b?.parties.filter((p) => ["Chile", "Peru", "Ghana"].includes(p))).toEqual([]);
  });

  it("does not take a venue or an office named in a title as a party", () => {
    const [c] = claims("Perdana Menteri itu berpidato di Dewan Keamanan Nasional pada Senin (10/2/2025).");
    expect(c?.parties).toEqual([]);
    const [d] = claims("Egypt's Home Affairs Minister Ahmed Salah met the mayor in Luxor on Monday.", "en");
    expect(d?.parties).not.toContain("Home Affairs");
  });

  it("gives an institution acting with a number a claim, and an event without a locative its site", () => {
    const [c] = claims("Dalam rapatnya, OJK menaikkan batas modal minimum bank menjadi 3 triliun rupiah.");
    expect(c).toMatchObject({ kind: "other", parties: ["ojk"] });
    const [d] = claims("Longsor juga menutup jalan yang menghubungkan Malang dengan Kediri.");
    expect(d?.place).toBe("Malang");
  });

  it("proposes no claim for a quotation or an opinion that reports no event", () => {
    expect(claims('"Egypt tidak punya pilihan lain selain bersabar," ujar seorang diplomat.')).toEqual([]);
    expect(claims("Menurut dia, kebijakan baru itu membuka peluang investasi di Surabaya.")).toEqual([]);
  });

  it("places an event where it happens, not where it comes from nor in a possessive", () => {
    const [a] = claims("Awan panas dari Gunung Semeru melanda Kecamatan Pronojiwo pada Sabtu (8/2/2025).");
    expect(a?.place).toBe("Kecamatan Pronojiwo");
    const [b] = claims(
      "Two rockets fell outside Egypt's territorial waters on Sunday, officials in Cairo said.",
      "en",
    );
    expect(b?.place).toBeNull();
  });
});

describe("claim participants that are not parties, and places given by description", () => {
  it("leaves vessels, absent people and the 'of' part of a venue's name out", () => {
    const [ship] = claims("KRI Bima Suci bersandar di Pelabuhan Tanjung Priok pada Senin (10/2/2025).");
    expect(ship?.parties).toEqual([]);
    const [summit] = claims(
      "Leaders met in Cairo on Monday, with Egypt's president Abdel Fattah absent. Ministers gathered at the Museum of Islamic Art in Cairo on Monday.",
      "en",
    );
    expect(summit?.parties).not.toContain("Abdel Fattah");
  });

  it("leaves a title with only a demonym and a region's adjective out", () => {
    const c = claims(
      "Ministers welcomed Egyptian Premier on Monday in Cairo. Central Asian ministers met in Cairo on Monday.",
      "en",
    );
    expect(c.map((x) => x.parties)).toEqual([[], []]);
  });

  it("takes a country whose forces or government act, not its area or its speaker", () => {
    const [c] = claims(
      "Ministers urged Egypt's military government on Monday to free the detainees in Cairo.",
      "en",
    );
    expect(c?.parties).toEqual(["egypt"]);
    const [d] = claims("Storms hit villages in northern Egypt on Monday.", "en");
    expect(d?.parties).toEqual([]);
  });

  it("reads a capital given by description", () => {
    const c = claims(
      "Temperatures in Egypt's capital hit a record on Monday. Ministers met in the Japanese capital on Monday. Banjir melanda ibu kota Thailand pada Senin (10/2/2025).",
      "en",
    );
    expect(c.map((x) => x.place)).toEqual(["Cairo", "Tokyo", "Bangkok"]);
    const [outside] = claims(
      "Latihan digelar di sebuah pangkalan di luar ibu kota Thailand pada Senin (10/2/2025).",
    );
    expect(outside?.place).not.toBe("Bangkok");
  });

  it("takes a place's government as a party and the acronym of the speaker's name as the speaker", () => {
    const [c] = claims("Banjir membuat Pemerintah Kota Semarang meliburkan sekolah pada Senin (10/2/2025).");
    expect(c?.parties).toEqual(["Pemerintah Kota Semarang"]);
    const [d] = claims(
      "Menurut Badan Riset, Inovasi, dan Teknologi (BRIT), hujan diperkirakan turun pada Maret.",
    );
    expect(d?.parties ?? []).toEqual([]);
  });
});

describe("sentences that report no event", () => {
  it("makes no claim of a hoped-for agreement or of a remark dated only by the current period", () => {
    expect(
      claims(
        "An official said there was little hope of a deal on the border this year. Gubernur itu mengatakan kebijakan tersebut sesuai dengan target tahun ini.",
        "en",
      ),
    ).toEqual([]);
    const [c] = claims("Two people have died in Cairo this week, officials said.", "en");
    expect(c?.place).toBe("Cairo");
  });
});

describe("ministers, modifiers and anaphora as parties", () => {
  const people = [
    { entityId: "ayu", alias: "Ayu Lestari", kind: "person" as const },
    { entityId: "ruto", alias: "Samuel Ruto", kind: "person" as const },
    { entityId: "kenya", alias: "Kenya", kind: "country" as const },
    { entityId: "kenya", alias: "Kenia", kind: "country" as const },
    { entityId: "chile", alias: "Chile", kind: "country" as const },
    { entityId: "indonesia", alias: "Indonesia", kind: "country" as const },
  ];
  const run = (body: string, language: string) =>
    extractArticle(body, { publishedAt: "2025-02-10T09:00:00+07:00", aliases: people, language }).claims.map(
      (c) => ({ place: c.place?.name ?? null, parties: c.participants.map((p) => p.entityId ?? p.name) }),
    );

  it("takes the minister, not the country, when a country stands before a title or a counterpart", () => {
    expect(
      run(
        "Indonesian Trade Minister Ayu Lestari met her Kenya counterpart Samuel Ruto in Nairobi on Monday.",
        "en",
      ),
    ).toEqual([{ place: "Nairobi", parties: ["ayu", "ruto"] }]);
  });

  it("reads 'the two ministers' and 'kedua menteri' as the two people named last", () => {
    const en = run(
      "Ayu Lestari met Samuel Ruto in Nairobi on Monday. The two ministers agreed to cut tariffs on tea.",
      "en",
    );
    expect(en[1]?.parties).toEqual(["ayu", "ruto"]);
    const id = run(
      "Ayu Lestari bertemu Samuel Ruto di Nairobi, Senin (10/2/2025). Kedua menteri sepakat memangkas tarif teh.",
      "id",
    );
    expect(id[1]?.parties).toEqual(["ayu", "ruto"]);
  });

  it("reads a country after a common Indonesian noun as its modifier, not after a verb or an act's noun", () => {
    expect(
      run("Perjanjian itu membuka pasar Chile bagi 20.000 ton kopi Indonesia mulai Januari 2026.", "id")[0]
        ?.parties,
    ).toEqual([]);
    expect(run("Indonesia bertemu Chile di Santiago pada Senin (10/2/2025).", "id")[0]?.parties).toEqual([
      "indonesia",
      "chile",
    ]);
    expect(
      run("Sidang itu digelar di Nairobi pada Maret 2024 atas dorongan Kenia.", "id")[0]?.parties,
    ).toEqual(["kenya"]);
  });

  it("reads a bare possessive apostrophe as a modifier", () => {
    expect(run("The court, the Philippines' highest, sat in Manila on Friday.", "en")[0]?.parties).toEqual(
      [],
    );
  });

  it("places an event told in a speaker's relative clause, and prefers a destination to a government's province", () => {
    expect(
      run("Samuel Ruto, who was arrested at his home in Eldoret last month, said he would appeal.", "en")[0]
        ?.place,
    ).toBe("Eldoret");
    expect(
      run("Pemerintah Provinsi Jawa Barat akan mengirim bantuan ke Cianjur pekan depan.", "id")[0]?.place,
    ).toBe("Cianjur");
  });

  it("takes no generic rescue team, vessel or competition as a party, and reads arrests as events", () => {
    expect(run("Tim SAR gabungan menyisir sungai di Desa Cibuntu kemarin.", "id")[0]?.parties).toEqual([]);
    expect(
      run("Kapal motor (KMP) Sinar Laut 3 tenggelam di Selat Sunda, Senin (10/2/2025).", "id")[0]?.parties,
    ).toEqual([]);
    expect(
      run("Kenya beat Ghana to win the Africa Cup in Nairobi on Sunday.", "en")[0]?.parties,
    ).not.toContain("Africa Cup");
    expect(run("Police said 11 people were arrested in Nairobi before the match.", "en")).toHaveLength(1);
  });
});

describe("a place referred to by its kind", () => {
  const run = (body: string, language: string) =>
    extractArticle(body, { publishedAt: "2025-01-15T09:00:00+07:00", aliases: [], language }).claims.map(
      (c) => c.place?.name ?? null,
    );

  it("reads 'the town' and 'kota itu' as the town named before, and nothing when none was", () => {
    expect(
      run(
        "Floods displaced 3,000 people in the town of Kandangan on Monday. The government will send food to the town next week.",
        "en",
      ),
    ).toEqual(["Kandangan", "Kandangan"]);
    expect(
      run(
        "Banjir merendam Kota Martapura pada Senin (13/1/2025). Bantuan dikirim ke kota itu pekan depan.",
        "id",
      ),
    ).toEqual(["Kota Martapura", "Kota Martapura"]);
    expect(run("The government will send food to the town next week.", "en")).toEqual([null]);
  });

  it("reads 'kedua negara' and 'the two countries' as the two countries named last, and a country named 'Arab'", () => {
    const id = claims(
      "Indonesia dan Uni Emirat Arab menandatangani perjanjian hidrogen di Abu Dhabi, Rabu (15/7/2026). Kedua negara akan membahas pendanaan di Jakarta pada September.",
      "id",
      "2026-07-16T09:30:00+07:00",
    );
    expect(id.map((c) => c.parties)).toEqual([
      ["Indonesia", "Uni Emirat Arab"],
      ["Indonesia", "Uni Emirat Arab"],
    ]);
    const en = claims(
      "The United Arab Emirates and Indonesia signed a hydrogen agreement in Abu Dhabi on Thursday. The two countries will discuss financing in Jakarta in September.",
      "en",
      "2026-07-17T09:30:00+04:00",
    );
    expect(en.map((c) => c.parties)).toEqual([
      ["United Arab Emirates", "Indonesia"],
      ["United Arab Emirates", "Indonesia"],
    ]);
  });

  it("dates an event by its own date, not by the start of a state ('suspended since 2020'), and reads a route's two places", () => {
    const [c] = claims(
      "The two countries also agreed to reopen the Davao–Bitung ferry route, suspended since 2020, in January.",
      "en",
      "2026-07-09T10:00:00+08:00",
    );
    expect(c?.date).toBe("January");
    expect(c?.place).toBe("Davao");
    expect(c?.parties).toEqual([]);
    const [d] = claims(
      "Pelayaran di jalur kapal feri Bitung–Davao dihentikan sejak 2020.",
      "id",
      "2026-07-09T10:00:00+08:00",
    );
    expect(d?.date).toBe("2020");
    expect(d?.place).toBe("Bitung");
  });

  it("places a departure where it leaves from, and reads sites before their common noun", () => {
    const at = "2026-06-10T07:20:00+09:00";
    const places = (body: string, language: string) => claims(body, language, at).map((c) => c.place);
    expect(places("Kapal itu berangkat dari Pelabuhan Namlea menuju Ambon pada Selasa sore.", "id")).toEqual([
      "Pelabuhan Namlea",
    ]);
    expect(places("The boat had left Namlea for Ambon on Tuesday afternoon.", "en")).toEqual(["Namlea"]);
    expect(places("Dari Beijing, Prabowo terbang ke Tokyo pada Selasa.", "id")).toEqual(["Tokyo"]);
    expect(
      places(
        "Quispe inaugurated a lithium plant on the Uyuni salt flat on Friday. The first shipment would leave the Chilean port of Arica in December.",
        "en",
      ),
    ).toEqual(["Uyuni", "Arica"]);
    expect(
      places(
        "Minyak tumpah di dekat kilang Costa Azul pada Senin (8/6/2026). Gangguan berawal dari kerusakan saluran transmisi Betung–Lubuklinggau pada Selasa.",
        "id",
      ),
    ).toEqual(["Costa Azul", "Betung"]);
    expect(
      places(
        "Transnet said it had diverted some vessels to the ports of Richards Bay and East London. Longsor menutup ruas jalan Poso–Tentena pada Selasa.",
        "en",
      ),
    ).toEqual(["Richards Bay", "Poso"]);
  });

  it("suggests a claim for a crowd that gathered, counted in its own unit", () => {
    const c = claims(
      "More than 100 supporters of Azman gathered outside the court complex. Ratusan kerabat korban berkumpul di gerbang tambang.",
      "en",
    );
    expect(c.map((x) => x.kind)).toEqual(["other", "other"]);
  });

  it("reads 'the mine' as the mine named before, and 'the area' as the last site named", () => {
    const c = claims(
      "Miners were trapped after a tunnel collapsed at the Mwambashi Deep copper mine near Kitwe on Monday. President Joseph Banda is expected to visit the mine on Friday. The ship was escorted into Hambantota Port on Tuesday. Two navy vessels were searching the area on Wednesday.",
      "en",
      "2026-06-24T10:00:00+05:30",
    );
    expect(c.map((x) => x.place)).toEqual([
      "Mwambashi Deep",
      "Mwambashi Deep",
      "Hambantota Port",
      "Hambantota Port",
    ]);
  });
});

describe("names that are no party", () => {
  it("leaves out a count's number word, a race, a ship and a place; an office named by its area takes part", () => {
    const [a] = claims("Nine Indonesian crew members of a tugboat were freed on Wednesday in Jolo.", "en");
    expect(a?.parties).toEqual([]);
    const [b] = claims("Peter Kiprotich won the Hill Country Marathon in Kandy on Sunday.", "en");
    expect(b?.parties).toEqual(["Peter Kiprotich"]);
    const [c] = claims(
      "Para ABK kapal tunda Sinar Bahari itu diculik di perairan Tawi-Tawi pada Februari lalu.",
    );
    expect(c?.parties).toEqual([]);
    const [d] = claims("A gas pipeline exploded near Ughelli in Nigeria's Delta State on Wednesday.", "en");
    expect(d?.parties).toEqual([]);
    const [e] = claims(
      "Polres Garut menyegel dapur usaha katering di Desa Karyamukti pada Senin (10/2/2025).",
    );
    expect(e?.parties).toEqual(["Polres Garut"]);
    expect(e?.place).toBe("Desa Karyamukti");
  });
});

describe("parties named by reference", () => {
  it("reads 'the company' as the company named last, and 'pihaknya' as the speaker's institution", () => {
    const a = claims(
      "The pipeline is operated by the state-owned Okoro Gas Transmission Company.\n\nThe company said it had shut the line and that repair crews would reach the site on Monday.",
      "en",
    );
    expect(a.at(-1)?.parties).toEqual(["Okoro Gas Transmission Company"]);
    const b = claims(
      "Juru bicara OJK Mira Susanti mengatakan pihaknya telah menyetujui rencana penggabungan itu pada Senin (10/2/2025).",
    );
    expect(b[0]?.parties).toContain("ojk");
  });
});

describe("sentences that report no event", () => {
  it("proposes no claim for an analyst's assessment", () => {
    expect(
      claims(
        "Seorang analis perbankan yang enggan disebut namanya memperkirakan sekitar 40 kantor cabang di Pulau Jawa akan ditutup tahun depan.",
      ),
    ).toEqual([]);
    expect(
      claims("Analysts said the new lender was likely to close dozens of branches on Java next year.", "en"),
    ).toEqual([]);
  });
});

describe("countries named as a team's or as 'both countries'", () => {
  const withCountries = [
    { entityId: "indonesia", alias: "Indonesia", kind: "country" as const },
    { entityId: "brasil", alias: "Brasil", kind: "country" as const },
    { entityId: "oman", alias: "Oman", kind: "country" as const },
  ];
  const parties = (body: string, language?: string) =>
    extractArticle(body, {
      publishedAt: "2026-04-15T10:00:00+07:00",
      aliases: withCountries,
      language,
    }).claims.map((c) => c.participants.map((p) => p.entityId ?? p.name));

  it("reads the two countries named before a team of both, but not a trade figure of both", () => {
    expect(
      parties(
        "Menteri Indonesia dan menteri Brasil bertemu di Brasília pada Senin (13/4/2026). Tim teknis kedua negara akan bertemu lagi pada Juni.",
      ).at(-1),
    ).toEqual(["indonesia", "brasil"]);
    expect(
      parties(
        "Menteri Indonesia dan menteri Brasil bertemu di Brasília pada Senin (13/4/2026). Tahun lalu nilai perdagangan kedua negara mencapai 2 miliar dolar.",
      ).at(-1) ?? [],
    ).not.toContain("indonesia");
  });

  it("reads a national team's country as a party", () => {
    expect(
      parties("Tim nasional Indonesia mengalahkan Oman 2-1 di Jakarta pada Selasa (14/4/2026).")[0],
    ).toEqual(["indonesia", "oman"]);
  });
});

describe("offices with long names", () => {
  it("reads an office's long name as a party, but not in a title or as a venue", () => {
    const [a] = claims(
      "Dinas Pekerjaan Umum Kalimantan Timur menutup jalan poros Long Iram–Melak pada Senin (10/2/2025).",
    );
    expect(a?.parties).toEqual(["Dinas Pekerjaan Umum Kalimantan Timur"]);
    expect(a?.place).toBe("Long Iram");
    const [b] = claims(
      "Hakim menjatuhkan vonis kepada mantan Kepala Dinas Pekerjaan Umum Kabupaten Bekasi, Hendra Kusuma, pada Senin (10/2/2025).",
    );
    expect(b?.parties ?? []).not.toContain("Dinas Pekerjaan Umum Kabupaten Bekasi");
    const [c] = claims(
      "Perundingan di kantor Dinas Tenaga Kerja Kabupaten Tangerang pada Senin (10/2/2025) berakhir buntu.",
    );
    expect(c?.parties ?? []).toEqual([]);
  });

  it("places an event named by its host city there", () => {
    const [d] = claims("Kiprotich also won the Colombo half marathon last month.", "en");
    expect(d?.place).toBe("Colombo");
  });
});

describe("regional offices and places within places", () => {
  it("reads a regional office acting by its title as a party, not its building as one", () => {
    const parts = (body: string) =>
      extractArticle(body, { publishedAt: "2026-04-13T08:10:00+08:00", aliases: [] }).claims.map((c) =>
        c.participants.map((p) => p.name),
      );
    expect(
      parts(
        "Banjir merendam Kabupaten Konawe sejak Sabtu (11/4/2026). Bupati Konawe menetapkan status tanggap darurat sejak Minggu (12/4/2026).",
      ).at(-1),
    ).toEqual(["Bupati Konawe"]);
    expect(
      parts("Sekitar 500 buruh berunjuk rasa di Kantor Bupati Tangerang pada Senin (13/4/2026).").flat(),
    ).not.toContain("Bupati Tangerang");
  });

  it("places an event in the city whose district or regency it names", () => {
    expect(
      claims("Police arrested two dozen people in Nairobi's central business district on Tuesday.", "en")[0]
        ?.place,
    ).toBe("Nairobi");
  });
});

describe("the pair named before", () => {
  it("reads 'Keduanya' after two countries named as a pair as the countries, and proposes no claim of it alone", () => {
    const body =
      "Presiden Vladimir Putin menerima Choe Son Hui di Moskow pada Selasa (9/2/2026).\n\nRusia dan Korea Utara memiliki hubungan yang kuat. Keduanya sama-sama menghadapi sanksi internasional.\n\nKeduanya sepakat memperluas kerja sama di Moskow pada Selasa (9/2/2026).";
    const all = claims(body);
    expect(all.some((c) => c.parties.includes("Choe Son Hui") && c.date === null)).toBe(false);
    expect(all.at(-1)?.parties).toEqual(["Rusia", "Korea Utara"]);
  });

  it("reads 'Keduanya' and 'the pair' as the two people last named together", () => {
    const body =
      "Dua pendaki, Sari Wulandari dan Bima Putra, mencapai puncak Gunung Elbrus pada Senin (9/2/2026).\n\nKetua klub Yoga Pratama mengatakan cuaca cerah.\n\nKeduanya mengibarkan bendera Merah Putih di puncak setinggi 5.642 meter itu.";
    const last = claims(body).at(-1);
    expect(last?.parties).toEqual(["Sari Wulandari", "Bima Putra"]);
    expect(last?.place).toBe("Gunung Elbrus");
    const en = claims(
      "Two climbers, Sari Wulandari and Bima Putra, reached the summit of Elbrus on Monday.\n\nSari said the pair would fly home to Jakarta on Saturday.",
      "en",
    ).at(-1);
    expect(en?.parties).toEqual(["Sari Wulandari", "Bima Putra"]);
    expect(en?.place).toBe("Jakarta");
  });
});
