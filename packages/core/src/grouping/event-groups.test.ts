import { describe, expect, it } from "vitest";
import { extractArticle } from "../extraction";
import { normalizeName } from "../normalize";
import { groupEventCandidates } from "./event-groups";
import { SUMMIT_ALIASES, SUMMIT_ARTICLES } from "./summit.fixture";
import type { GroupCandidate } from "./types";

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

describe("same-event grouping of claim suggestions", () => {
  it("groups the four summit reports (different days, another city) and nothing else", () => {
    const groups = groupEventCandidates(candidates());
    expect(groups).toHaveLength(1);
    const [summit] = groups;
    expect(summit?.members.map((m) => m.split("#")[0]).sort()).toEqual(["detik", "kompas", "tempo", "wire"]);
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
    const tight = groupEventCandidates(candidates(), { windowDays: 0 });
    // With no window, Tempo's Tuesday is not the others' Wednesday.
    expect(tight.map((g) => g.members.map((m) => m.split("#")[0]).sort())).toEqual([
      ["detik", "kompas", "wire"],
    ]);
    const all = groupEventCandidates(candidates()).flatMap((g) => g.members);
    expect(all.some((m) => m.startsWith("later") || m.startsWith("antara"))).toBe(false);
  });

  it("is stable: the same input gives the same groups in the same order", () => {
    const shuffled = [...candidates()].reverse();
    expect(groupEventCandidates(shuffled)).toEqual(groupEventCandidates(candidates()));
  });
});
