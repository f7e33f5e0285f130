import type { ClaimValue } from "@kroscek/schema";
import { describe, expect, it } from "vitest";
import type { NamedEntity } from "./names";
import { claimSentence, eventSentence, fitSentence, type SentenceContext } from "./sentence";

const people: Record<string, NamedEntity> = {
  putin: { canonicalName: "Vladimir Putin", aliases: ["Putin", "Presiden Putin"], kind: "person" },
  kim: { canonicalName: "Kim Jong Un", aliases: ["Kim Jong-un"], kind: "person" },
  shoigu: { canonicalName: "Sergei Shoigu", aliases: ["Shoigu"], kind: "person" },
  vostochny: { canonicalName: "Vostochny Cosmodrome", aliases: ["Vostochny"], kind: "place" },
  moscow: { canonicalName: "Moscow", kind: "place" },
};
const ctx = (
  kind: SentenceContext["event"]["kind"],
  title: string,
  ids = ["putin", "kim"],
): SentenceContext => ({
  event: { kind, title, participants: ids.map((id) => people[id] as NamedEntity) },
  entity: (id) => people[id],
  timeZone: "Asia/Jakarta",
});
const summit = ctx("meeting", "Putin–Kim summit at the Vostochny Cosmodrome (September 2023)");
// 13 September 2023 in Jakarta: 12 Sep 17:00Z to 13 Sep 17:00Z.
const day13: ClaimValue = {
  slot: "date",
  interval: { start: "2023-09-12T17:00:00.000Z", end: "2023-09-13T17:00:00.000Z", precision: "day" },
};

describe("claim sentences", () => {
  it("says a date claim of a summit in Indonesian and English", () => {
    expect(claimSentence(summit, day13, "id")).toBe("KTT Putin–Kim berlangsung pada 13 September 2023");
    expect(claimSentence(summit, day13, "en")).toBe("The Putin–Kim summit took place on 13 September 2023");
  });

  it("reads the local day in the workspace's zone, not UTC", () => {
    const utc = { ...summit, timeZone: "UTC" };
    expect(claimSentence(utc, day13, "en")).toBe("The Putin–Kim summit took place on 12–13 September 2023");
  });

  it("says months, weeks and years with the right preposition", () => {
    const month: ClaimValue = {
      slot: "date",
      interval: { start: "2024-05-31T17:00:00.000Z", end: "2024-06-30T17:00:00.000Z", precision: "month" },
    };
    const week: ClaimValue = {
      slot: "date",
      interval: { start: "2023-09-10T17:00:00.000Z", end: "2023-09-17T17:00:00.000Z", precision: "week" },
    };
    const visit = ctx("visit", "Putin in Pyongyang", ["putin"]);
    expect(claimSentence(visit, month, "id")).toBe("Kunjungan Putin berlangsung pada Juni 2024");
    expect(claimSentence(visit, month, "en")).toBe("Putin’s visit took place in June 2024");
    expect(claimSentence(summit, week, "id")).toBe(
      "KTT Putin–Kim berlangsung pada pekan yang dimulai 11 September 2023",
    );
    expect(claimSentence(summit, week, "en")).toBe(
      "The Putin–Kim summit took place in the week of 11 September 2023",
    );
  });

  it("says places, participants, quantities and occurrence", () => {
    const meeting = ctx("meeting", "Putin meets Kim");
    expect(claimSentence(meeting, { slot: "place", entityId: "vostochny" }, "en")).toBe(
      "The Putin–Kim meeting took place at Vostochny Cosmodrome",
    );
    expect(claimSentence(meeting, { slot: "place", entityId: "moscow" }, "en")).toBe(
      "The Putin–Kim meeting took place in Moscow",
    );
    expect(claimSentence(meeting, { slot: "place", entityId: "moscow" }, "id")).toBe(
      "Pertemuan Putin–Kim berlangsung di Moscow",
    );
    const attended: ClaimValue = { slot: "participants", entityIds: ["putin", "kim", "shoigu"] };
    expect(claimSentence(meeting, attended, "id")).toBe(
      "Pertemuan Putin–Kim dihadiri oleh Vladimir Putin, Kim Jong Un, dan Sergei Shoigu",
    );
    expect(claimSentence(meeting, attended, "en")).toBe(
      "The Putin–Kim meeting was attended by Vladimir Putin, Kim Jong Un and Sergei Shoigu",
    );
    const troops: ClaimValue = { slot: "quantity", amount: 1500, unit: "tentara", tolerance: 0.1 };
    const action = ctx("military_action", "Exercise", ["shoigu"]);
    expect(claimSentence(action, troops, "id")).toBe("Aksi militer Shoigu melibatkan sekitar 1.500 tentara");
    expect(claimSentence(action, { ...troops, unit: "troops" }, "en")).toBe(
      "The Shoigu military action involved about 1,500 troops",
    );
    expect(claimSentence(meeting, { slot: "occurred", occurred: false }, "id")).toBe(
      "Pertemuan Putin–Kim tidak terjadi",
    );
    expect(claimSentence(meeting, { slot: "occurred", occurred: false }, "en")).toBe(
      "The Putin–Kim meeting did not take place",
    );
  });

  it("names an event without participants by its title", () => {
    const c = ctx("other", "Lavrov delegation in Pyongyang", []);
    expect(claimSentence(c, { slot: "occurred", occurred: true }, "en")).toBe(
      "The event “Lavrov delegation in Pyongyang” took place",
    );
  });

  it("says several slots of one event in one sentence (an event-level verdict)", () => {
    const values: ClaimValue[] = [
      day13,
      { slot: "place", entityId: "vostochny" },
      { slot: "participants", entityIds: ["putin", "kim", "shoigu"] },
    ];
    expect(eventSentence(summit, values, "en")).toBe(
      "The Putin–Kim summit took place on 13 September 2023 at Vostochny Cosmodrome, attended by Vladimir Putin, Kim Jong Un and Sergei Shoigu",
    );
    expect(eventSentence(summit, values, "id")).toBe(
      "KTT Putin–Kim berlangsung pada 13 September 2023 di Vostochny Cosmodrome, dihadiri oleh Vladimir Putin, Kim Jong Un, dan Sergei Shoigu",
    );
  });

  it("fits ClaimReview's 75 characters: short months first, then a cut at a word", () => {
    const two: ClaimValue[] = [day13, { slot: "place", entityId: "vostochny" }];
    const full = eventSentence(summit, two, "en");
    expect(full.length).toBeGreaterThan(75);
    const fitted = fitSentence((o) => eventSentence(summit, two, "en", o));
    expect(fitted).toBe("The Putin–Kim summit took place on 13 Sep 2023 at Vostochny Cosmodrome");
    const long = fitSentence((o) =>
      eventSentence(
        summit,
        [...two, { slot: "participants", entityIds: ["putin", "kim", "shoigu"] }],
        "en",
        o,
      ),
    );
    expect(long.length).toBeLessThanOrEqual(75);
    expect(long.endsWith("…")).toBe(true);
    expect(long.startsWith("The Putin–Kim summit took place on 13 Sep 2023")).toBe(true);
  });

  it("keeps a statement's own words", () => {
    const s = ctx("statement", "Putin on Korea", ["putin"]);
    expect(claimSentence(s, { slot: "statement", text: "  Korea is  a friend " }, "id")).toBe(
      "Korea is a friend",
    );
  });

  it("says years, day ranges, agreements and actors", () => {
    const year: ClaimValue = {
      slot: "date",
      interval: { start: "2022-12-31T17:00:00.000Z", end: "2023-12-31T17:00:00.000Z", precision: "year" },
    };
    const range: ClaimValue = {
      slot: "date",
      interval: { start: "2023-09-12T17:00:00.000Z", end: "2023-09-14T17:00:00.000Z", precision: "day" },
    };
    const deal = ctx("agreement", "Arms deal");
    expect(claimSentence(deal, year, "id")).toBe("Kesepakatan Putin–Kim disepakati pada 2023");
    expect(claimSentence(deal, year, "en")).toBe("The Putin–Kim agreement was reached in 2023");
    expect(claimSentence(summit, range, "en")).toBe(
      "The Putin–Kim summit took place on 13–14 September 2023",
    );
    const drill = ctx("military_action", "Drill", ["shoigu"]);
    expect(claimSentence(drill, { slot: "actor", entityId: "shoigu" }, "id")).toBe(
      "Aksi militer Shoigu dilakukan oleh Sergei Shoigu",
    );
    expect(claimSentence(drill, { slot: "actor", entityId: "shoigu" }, "en")).toBe(
      "The Shoigu military action was carried out by Sergei Shoigu",
    );
  });
});
