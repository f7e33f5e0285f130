import { describe, expect, it } from "vitest";
import { extractArticle } from "../extraction";
import { normalizeName } from "../normalize";
import { groupEventCandidates } from "./event-groups";
import { SUMMIT_ALIASES, SUMMIT_ARTICLES } from "./summit.fixture";
import type { EventGroup, GroupCandidate } from "./types";

const NAMES: Record<string, string> = { putin: "Vladimir Putin", kim: "Kim Jong-un" };

/** The fixture articles' claim suggestions as grouping candidates (what the API builds from stored rows). */
function candidates(): GroupCandidate[] {
  return SUMMIT_ARTICLES.flatMap((a) =>
    extractArticle(a.body, {
      publishedAt: a.publishedAt,
      language: a.language,
      aliases: SUMMIT_ALIASES,
    }).claims.map((c, i) => ({
      id: `${a.id}#${i}`,
      key: `${a.id}:${c.start}:${c.end}`,
      articleId: a.id,
      outletId: a.outlet,
      kind: c.kind,
      text: c.text,
      participants: c.participants.map((p) => ({
        key: p.entityId ?? normalizeName(p.name),
        name: (p.entityId && NAMES[p.entityId]) || p.name,
      })),
      place: c.place ? { key: c.place.entityId ?? normalizeName(c.place.name), name: c.place.name } : null,
      date: c.date?.interval ?? null,
    })),
  );
}

/** Groups several articles share (the others hold one article's sentences). */
const acrossOutlets = (groups: readonly EventGroup[]) =>
  groups.filter((g) => new Set(g.members.map((m) => m.split("#")[0])).size > 1);

const candidate = (over: Partial<GroupCandidate> & { id: string; articleId: string }): GroupCandidate => ({
  key: over.id,
  outletId: `outlet-${over.articleId}`,
  kind: "meeting",
  text: "",
  participants: [],
  place: null,
  date: null,
  ...over,
});
const day = (d: string) => ({ start: `${d}T00:00:00Z`, end: `${d}T23:59:59Z`, precision: "day" });
const ref = (key: string) => ({ key, name: key });

describe("same-event grouping of claim suggestions", () => {
  it("groups the four summit reports (different days, another city) and nothing else across outlets", () => {
    const groups = acrossOutlets(groupEventCandidates(candidates()));
    expect(groups).toHaveLength(1);
    const [summit] = groups;
    // Kompas's "Keduanya menggelar pembicaraan lebih dari empat jam" is the same talks, by the pair.
    expect(summit?.members.map((m) => m.split("#")[0]).sort()).toEqual([
      "detik",
      "kompas",
      "kompas",
      "tempo",
      "wire",
    ]);
    expect(summit?.kind).toBe("meeting");
    expect(summit?.title).toMatch(/^Vladimir Putin – Kim Jong-un · .+ · 2023-09-1[23]$/);
    expect(summit?.score).toBeGreaterThan(0.45);
  });

  it("gives its reasons as codes with parameters and Indonesian and English words", () => {
    const [summit] = groupEventCandidates(candidates());
    const codes = summit?.reasons.map((r) => r.code);
    expect(codes).toEqual([
      "same_kind",
      "shared_participants",
      "dates_within",
      "date_unknown",
      "different_places",
      "similar_text",
    ]);
    const within = summit?.reasons.find((r) => r.code === "dates_within");
    expect(within?.params).toEqual({ days: 1, window: 3 });
    expect(within?.text).toEqual({
      id: "Tanggal berselisih 1 hari (batas 3 hari)",
      en: "Dates 1 day apart (within 3)",
    });
    const shared = summit?.reasons.find((r) => r.code === "shared_participants");
    expect(shared?.params.names).toEqual(["Vladimir Putin", "Kim Jong-un"]);
  });

  it("keeps reports too far apart in time, or without a shared participant, out of the group", () => {
    const tight = acrossOutlets(groupEventCandidates(candidates(), { windowDays: 0 }));
    // With no window, Tempo's Tuesday is not the others' Wednesday.
    expect(tight.map((g) => g.members.map((m) => m.split("#")[0]).sort())).toEqual([
      ["detik", "kompas", "kompas", "wire"],
    ]);
    const all = acrossOutlets(groupEventCandidates(candidates())).flatMap((g) => g.members);
    expect(all.some((m) => m.startsWith("later") || m.startsWith("antara"))).toBe(false);
  });

  it("is stable: the same input gives the same groups in the same order", () => {
    const shuffled = [...candidates()].reverse();
    expect(groupEventCandidates(shuffled)).toEqual(groupEventCandidates(candidates()));
  });

  it("puts every sentence in one group: an event only one article reports is a group of its own", () => {
    const all = candidates();
    const groups = groupEventCandidates(all);
    expect(groups.flatMap((g) => g.members).sort()).toEqual(all.map((c) => c.id).sort());
    // Groups several outlets share come first; one article's groups score at most 0.4.
    expect(acrossOutlets(groups)[0]).toBe(groups[0]);
    const single = groups.filter((g) => !acrossOutlets([g]).length);
    expect(single.length).toBeGreaterThan(0);
    expect(single.every((g) => g.score <= 0.4)).toBe(true);
    const one = single.find((g) => g.members.length === 1);
    expect(one?.reasons[0]?.code).toBe("one_article");
    expect(one?.reasons[0]?.text.en).toMatch(/^Only one article reports this /);
    expect(one?.reasons[0]?.text.id).toMatch(/^Hanya satu artikel melaporkan /);
  });

  it("joins sentences of one article about one event, and keeps its other events apart", () => {
    const groups = groupEventCandidates([
      candidate({
        id: "lead",
        articleId: "a",
        kind: "other",
        place: ref("samarinda"),
        date: day("2024-01-21"),
      }),
      // Same day, a street in the city: the same flood.
      candidate({
        id: "street",
        articleId: "a",
        kind: "other",
        place: ref("jalan pemuda"),
        date: day("2024-01-21"),
      }),
      // Another day: another happening, even of the same kind.
      candidate({ id: "onset", articleId: "a", kind: "other", date: day("2024-01-20") }),
      // Same kind, nothing in common with the others: not joined on kind alone.
      candidate({ id: "visit", articleId: "a", kind: "visit", participants: [ref("mayor")] }),
      candidate({ id: "visit2", articleId: "a", kind: "visit", participants: [ref("minister")] }),
    ]);
    expect(groups.map((g) => g.members)).toEqual([["lead", "street"], ["onset"], ["visit"], ["visit2"]]);
    const flood = groups.find((g) => g.members.includes("lead"));
    expect(flood?.reasons[0]).toMatchObject({
      code: "one_article",
      params: { kind: "other", sentences: 2 },
      text: { en: "2 sentences of one article report the same other event" },
    });
    expect(flood?.score).toBe(0.3);
  });

  it("pairs copies of one story on their wording when the sentences name no participant", () => {
    const text = "The missiles were launched from the Sunan area of Pyongyang and flew about 650 km.";
    const groups = groupEventCandidates([
      candidate({ id: "h02", articleId: "h02", kind: "military_action", text, place: ref("sunan") }),
      candidate({ id: "h03", articleId: "h03", kind: "military_action", text, place: ref("sunan") }),
      candidate({
        id: "other",
        articleId: "h04",
        kind: "military_action",
        text: "Two warships left the port of Vladivostok.",
      }),
    ]);
    expect(groups[0]?.members).toEqual(["h02", "h03"]);
    expect(groups[0]?.reasons.map((r) => r.code)).toContain("same_place");
    expect(groups.map((g) => g.members.length)).toEqual([2, 1]);
  });

  it("compares sentences of one participant only within the date window (sorted by date)", () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      candidate({
        id: `m${String(i).padStart(3, "0")}`,
        articleId: `a${i}`,
        participants: [ref("putin"), ref(`other${i}`)],
        date: day(new Date(Date.UTC(2023, 0, 1) + i * 7 * 86_400_000).toISOString().slice(0, 10)),
      }),
    );
    const groups = groupEventCandidates(many);
    // A week apart each: nothing is within 3 days, so every sentence stays on its own.
    expect(groups).toHaveLength(400);
    expect(groups.every((g) => g.members.length === 1)).toBe(true);
  });
  it("joins sentences with no date of their own to their article's dated lead, and keeps other happenings apart", () => {
    const fire = (id: string, over: Partial<GroupCandidate>) =>
      candidate({ id, articleId: "a", kind: "other", start: Number(id.slice(1)) * 100, ...over });
    const groups = groupEventCandidates([
      fire("s0", {
        text: "Kebakaran melanda gedung Glodok Plaza di Jalan Hayam Wuruk pada Rabu malam.",
        place: ref("Glodok Plaza"),
        date: day("2025-01-15"),
      }),
      // The crews sent, the road the building stands on, a toll: details of the fire.
      fire("s1", { text: "Sebanyak 45 unit mobil pemadam dikerahkan.", place: null }),
      fire("s2", { text: "Asap terlihat dari Jalan Hayam Wuruk.", place: ref("Jalan Hayam Wuruk") }),
      fire("s3", { text: "Seven people were killed in the blaze, police said." }),
      // The same day at another building: another happening.
      fire("s4", {
        text: "Keluarga korban mendatangi posko di RS Polri Kramat Jati sejak kemarin.",
        place: ref("RS Polri Kramat Jati"),
        date: day("2025-01-15"),
      }),
      // Something still to come, and a statement by someone else: not the fire's details.
      fire("s5", { text: "Polisi akan memeriksa pengelola gedung." }),
      fire("s6", { kind: "statement", text: "The governor said the city would help." }),
      fire("s7", {
        kind: "statement",
        text: "The mayor said on Wednesday the market would reopen.",
        participants: [ref("mayor")],
        date: day("2025-01-15"),
      }),
    ]);
    expect(groups.map((g) => g.members)).toEqual([["s0", "s1", "s2", "s3"], ["s4"], ["s7"], ["s5"], ["s6"]]);
    const reason = groups[0]?.reasons.find((r) => r.code === "continues_lead");
    expect(reason).toEqual({
      code: "continues_lead",
      params: { count: 3 },
      text: {
        id: "3 kalimat tanpa tanggal sendiri melanjutkan berita utama artikelnya",
        en: "3 sentences with no date of their own continue their article's lead",
      },
    });
  });

  it("keeps two agreements of one article signed the same day apart; a detail joins the lead it names", () => {
    const groups = groupEventCandidates([
      candidate({
        id: "g1",
        articleId: "a",
        kind: "agreement",
        start: 0,
        participants: [ref("anwar"), ref("jokowi")],
        date: day("2024-03-05"),
      }),
      candidate({
        id: "g2",
        articleId: "a",
        kind: "agreement",
        start: 100,
        participants: [ref("bumn"), ref("petronas")],
        date: day("2024-03-05"),
      }),
      candidate({ id: "g3", articleId: "a", kind: "agreement", start: 200, participants: [ref("bumn")] }),
      candidate({ id: "g4", articleId: "a", kind: "agreement", start: 300, participants: [ref("jokowi")] }),
    ]);
    expect(groups.map((g) => g.members)).toEqual([["g1", "g4"], ["g2"], ["g3"]]);
  });

  it("pairs an edited copy's lead with the original's, and their details with them", () => {
    const lead =
      "Tanggul Sungai Wulan di Desa Ketanjung, Kecamatan Karanganyar, Kabupaten Demak, Jawa Tengah, jebol pada Kamis (8/2/2024) dini hari.";
    const copy =
      "Tanggul Sungai Wulan di Desa Ketanjung, Kecamatan Karanganyar, Kabupaten Demak, jebol pada Kamis (8/2) dini hari.";
    const road = "Jalur Pantura Demak-Kudus ditutup karena genangan setinggi 60 sentimeter.";
    const side = (articleId: string, text: string) => [
      candidate({
        id: `${articleId}-lead`,
        articleId,
        kind: "other",
        start: 0,
        text,
        place: ref("Desa Ketanjung"),
        date: day("2024-02-08"),
      }),
      candidate({
        id: `${articleId}-road`,
        articleId,
        kind: "other",
        start: 200,
        text: road,
        participants: [ref("pantura")],
      }),
      candidate({
        id: `${articleId}-village`,
        articleId,
        kind: "other",
        start: 300,
        text: "Warga Desa Wonorejo mengaku air masuk ke rumah.",
        place: ref("Desa Wonorejo"),
      }),
    ];
    const groups = groupEventCandidates([...side("p02", lead), ...side("p03", copy)]);
    expect(groups.map((g) => g.members)).toEqual([
      ["p02-lead", "p02-road", "p02-village", "p03-lead", "p03-road", "p03-village"],
    ]);
    // Two different events' leads worded apart are not paired as copies.
    const apart = groupEventCandidates([
      ...side("p02", lead).slice(0, 1),
      candidate({
        id: "x",
        articleId: "x",
        kind: "other",
        text: "Banjir merendam Desa Ketanjung pada Kamis, kata warga setempat.",
        date: day("2024-02-08"),
      }),
    ]);
    expect(apart.map((g) => g.members)).toEqual([["p02-lead"], ["x"]]);
  });
});

describe("happenings no one takes part in by name", () => {
  const jakarta = (d: string) => ({
    start: new Date(Date.parse(`${d}T00:00:00+07:00`)).toISOString(),
    end: new Date(Date.parse(`${d}T00:00:00+07:00`) + 86_400_000).toISOString(),
    precision: "day" as const,
  });
  const place = (name: string) => ({ key: normalizeName(name), name });
  const flood = (id: string, articleId: string, where: string, d: string, text: string) =>
    candidate({ id, articleId, kind: "other", text, place: place(where), date: jakarta(d) });

  it("groups two outlets' reports of one day at one place, or at a port and its regency", () => {
    const groups = groupEventCandidates([
      flood("a", "one", "Kabupaten Sigi", "2025-01-13", "Banjir merendam 900 rumah di Kabupaten Sigi."),
      flood("b", "two", "Kabupaten Sigi", "2025-01-13", "Floods submerged about 900 homes in the regency."),
      flood(
        "c",
        "three",
        "Pelabuhan Pantoloan",
        "2025-03-05",
        "Kapal terbakar di dekat Pelabuhan Pantoloan.",
      ),
      flood("d", "four", "Kabupaten Donggala", "2025-03-05", "A ferry caught fire off the coast."),
    ]);
    expect(groups.map((g) => g.members.sort())).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("keeps apart two days, and two places of one sort", () => {
    const groups = groupEventCandidates([
      flood("a", "one", "Kabupaten Sigi", "2025-01-13", "Banjir merendam 900 rumah di Kabupaten Sigi."),
      flood("b", "two", "Kabupaten Sigi", "2025-01-15", "Floods submerged about 900 homes in the regency."),
      flood("c", "three", "Kabupaten Poso", "2025-01-13", "Banjir merendam 400 rumah di Kabupaten Poso."),
    ]);
    expect(groups).toHaveLength(3);
  });
});
