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

describe("dates in clauses that look forward", () => {
  it("reads a weekday as the next one when the future word stands many words before it", () => {
    // Monday 12 May 2025.
    const x = run(
      "Menteri itu dijadwalkan bertemu Presiden Korea Selatan di gedung parlemen Seoul pada Rabu sebelum pulang. The minister is due to chair a meeting with the new governors and their deputies on Friday. Ia tiba di Seoul pada Minggu malam.",
      "2025-05-12T09:00:00+07:00",
    );
    expect(x.dates.map((d) => [d.text, d.interval?.start])).toEqual([
      ["pada Rabu", "2025-05-13T17:00:00.000Z"],
      ["on Friday", "2025-05-15T17:00:00.000Z"],
      ["pada Minggu", "2025-05-10T17:00:00.000Z"],
    ]);
  });

  it("reads a weekday after 'hingga'/'until' or after 'expects'/'planned' as the next one", () => {
    // Tuesday 10 June 2025.
    const x = run(
      "Jembatan itu ditutup hingga Kamis sore. Forecasters expect cooler weather from Sunday. The vote was planned for Saturday. Turnout was lower than expected on Monday.",
      "2025-06-10T09:00:00+07:00",
    );
    expect(x.dates.map((d) => [d.text, d.interval?.start])).toEqual([
      ["hingga Kamis", "2025-06-11T17:00:00.000Z"],
      ["from Sunday", "2025-06-14T17:00:00.000Z"],
      ["Saturday", "2025-06-13T17:00:00.000Z"],
      ["on Monday", "2025-06-08T17:00:00.000Z"],
    ]);
  });

  it("keeps a weekday after 'hingga'/'until' in the past after a completed act", () => {
    // Wednesday 9 September 2026: Monday was the 7th.
    const x = run(
      "Tumpahan itu telah menyebar di sepanjang 18 kilometer garis pantai hingga Senin malam. The slick had spread along the coast until Monday. Jalan itu ditutup hingga Senin.",
      "2026-09-09T10:00:00-05:00",
    );
    expect(x.dates.map((d) => d.interval?.start)).toEqual([
      "2026-09-07T05:00:00.000Z",
      "2026-09-07T05:00:00.000Z",
      "2026-09-14T05:00:00.000Z",
    ]);
  });

  it("keeps a weekday after 'hingga' in the past when a shift word says so", () => {
    const x = run("Pasar itu tutup hingga Kamis lalu.", "2025-06-10T09:00:00+07:00");
    expect(x.dates[0]?.interval?.start).toBe("2025-06-04T17:00:00.000Z");
  });

  it("reads 'semalam' and 'last night' as the day before publication", () => {
    const x = run(
      "Warga mengungsi sejak semalam. Police said the shop was burgled last night.",
      "2025-06-10T09:00:00+07:00",
    );
    expect(x.dates.map((d) => d.interval?.start)).toEqual([
      "2025-06-08T17:00:00.000Z",
      "2025-06-08T17:00:00.000Z",
    ]);
  });

  it("reads a month written as a modifier and a month after 'for'", () => {
    const x = run(
      "Aid has not reached villages hit by an April landslide. The council said a referendum was planned for November.",
      "2025-06-10T09:00:00+07:00",
    );
    expect(x.dates.map((d) => [d.text, d.precision, d.interval?.start])).toEqual([
      ["April", "month", "2025-03-31T17:00:00.000Z"],
      ["November", "month", "2025-10-31T17:00:00.000Z"],
    ]);
  });
});

describe("dates counted from an event, earlier today, and after 'would'", () => {
  // Tuesday 10 June 2025, 21:00 in Jakarta.
  const at = "2025-06-10T21:00:00+07:00";
  it("reads 'dua hari sebelumnya' and 'a week later' as dates with no days of their own", () => {
    const x = run(
      "Bawaslu menerima laporan itu dua hari sebelumnya. Polisi menahan tersangka sepekan kemudian. The union had rejected the offer two days earlier, and talks resumed a week later.",
      at,
    );
    expect(x.dates.map((d) => [d.text, d.status, d.interval])).toEqual([
      ["dua hari sebelumnya", "unresolved", null],
      ["sepekan kemudian", "unresolved", null],
      ["two days earlier", "unresolved", null],
      ["a week later", "unresolved", null],
    ]);
    expect(x.dates[0]?.explanation).toContain("counts from another event");
  });

  it("keeps 'dua hari setelah' a date's offset when a date follows", () => {
    const x = run("Hasilnya diumumkan dua hari setelah Senin (2/6/2025).", at);
    expect(x.dates.map((d) => [d.text, d.interval?.start])).toEqual([
      ["dua hari setelah Senin (2/6/2025)", "2025-06-03T17:00:00.000Z"],
    ]);
  });

  it("reads 'siang tadi' and 'tadi pagi' as the day of publication", () => {
    const x = run("Hujan abu turun hingga siang tadi. Warga mengungsi tadi pagi.", at);
    expect(x.dates.map((d) => [d.text, d.interval?.start])).toEqual([
      ["siang tadi", "2025-06-09T17:00:00.000Z"],
      ["tadi pagi", "2025-06-09T17:00:00.000Z"],
    ]);
  });

  it("reads a weekday after 'would' as the next one", () => {
    const x = run("The agency said the alert level would be reviewed on Saturday.", at);
    expect(x.dates.map((d) => [d.text, d.interval?.start])).toEqual([
      ["on Saturday", "2025-06-13T17:00:00.000Z"],
    ]);
  });
});

describe("dates of agreements, aims and possibilities", () => {
  // Monday 2 March 2026.
  const at = "2026-03-02T10:00:00+07:00";

  it("reads a bare month after an agreement or an aim to act as the next one", () => {
    const x = run(
      "Kedua menteri sepakat menggelar latihan gabungan di Kalimantan pada Agustus. The company aims to start output in November. Kedua negara menandatangani perjanjian itu pada Januari.",
      at,
    );
    expect(x.dates.map((d) => [d.text, d.interval?.start])).toEqual([
      ["Agustus", "2026-07-31T17:00:00.000Z"],
      ["November", "2026-10-31T17:00:00.000Z"],
      ["Januari", "2025-12-31T17:00:00.000Z"],
    ]);
  });

  it("reads a weekday after 'could' as the next one, not after 'could not' or a bare 'sepakat'", () => {
    const x = run(
      "Forecasters warned that strong winds could return on Thursday. The minister could not be reached on Friday. Kedua pihak sepakat pada Sabtu.",
      at,
    );
    expect(x.dates.map((d) => [d.text, d.interval?.start])).toEqual([
      ["on Thursday", "2026-03-04T17:00:00.000Z"],
      ["on Friday", "2026-02-26T17:00:00.000Z"],
      ["pada Sabtu", "2026-02-27T17:00:00.000Z"],
    ]);
  });

  it("reads a month after 'mulai' as the nearer one", () => {
    const x = run("Tarif baru berlaku mulai April. Harga naik mulai Desember.", at);
    expect(x.dates.map((d) => [d.text, d.interval?.start])).toEqual([
      ["April", "2026-03-31T17:00:00.000Z"],
      ["Desember", "2025-11-30T17:00:00.000Z"],
    ]);
  });
});

describe("days of a named week and parts of today", () => {
  // Wednesday 10 June 2026.
  const at = "2026-06-10T07:20:00+07:00";

  it("reads a weekday followed by last, this or next week as that day of that week", () => {
    const x = run(
      "Sidang digelar Rabu pekan lalu. Sidang dilanjutkan Senin minggu depan. The talks opened on Friday last week.",
      at,
    );
    expect(x.dates.map((d) => [d.text, d.interval?.start])).toEqual([
      ["Rabu pekan lalu", "2026-06-02T17:00:00.000Z"],
      ["Senin minggu depan", "2026-06-14T17:00:00.000Z"],
      ["on Friday last week", "2026-06-04T17:00:00.000Z"],
    ]);
  });

  it("reads 'this morning', 'tonight' and 'pagi ini' as the day of publication", () => {
    const x = run(
      "Rescuers reached the miners this morning. The vote is tonight. Warga mengungsi pagi ini.",
      at,
    );
    expect(x.dates.map((d) => [d.text, d.interval?.start])).toEqual([
      ["this morning", "2026-06-09T17:00:00.000Z"],
      ["tonight", "2026-06-09T17:00:00.000Z"],
      ["pagi ini", "2026-06-09T17:00:00.000Z"],
    ]);
  });
});

describe("dates counted from a start or from another event", () => {
  it("reads a start's month and day as the nearer of the two years", () => {
    const x = run(
      "The combined bank will have assets of about 310 trillion rupiah ($19 billion) and operate under its new name from October 1, the banks said.",
      "2026-06-03T00:40:00+08:00",
      "en",
    );
    expect(x.dates.map((d) => [d.text, d.interval?.start])).toEqual([
      ["October 1", "2026-09-30T16:00:00.000Z"],
    ]);
  });

  it("drops a duration counted from another event, which dates nothing", () => {
    const x = run(
      "Residents said they had smelled gas for two days before the blast. The satellite failed less than three months after it reached orbit.",
      "2026-08-19T20:10:00+01:00",
      "en",
    );
    expect(x.dates).toEqual([]);
  });
});

describe("a capitalised Minggu", () => {
  it("is the day after 'pada', and last week otherwise", () => {
    const x = run(
      "Darmawan tiba di Brasília pada Minggu lalu. Harga naik sejak minggu lalu.",
      "2026-04-15T10:00:00+07:00",
    );
    expect(x.dates.map((d) => [d.text, d.precision])).toEqual([
      ["pada Minggu lalu", "day"],
      ["minggu lalu", "week"],
    ]);
  });
});
