// The Putin–Kim summit of 13 September 2023 at the Vostochny Cosmodrome, recorded through the API
// (entities, event, claims) with articles asserting its date and place, for verdict and
// ClaimReview tests.
import { type Claim, ClaimSchema, EventSchema } from "@kroscek/schema";
import type { TestServer } from "./harness";
import { LedgerFixture } from "./ledger-fixture";
import type { SeededWorkspace } from "./seed";

/** 13 September 2023 in Jakarta (the workspace's zone). */
export const SEP_13 = {
  slot: "date" as const,
  interval: { start: "2023-09-12T17:00:00.000Z", end: "2023-09-13T17:00:00.000Z", precision: "day" as const },
};
export const SEP_14 = {
  slot: "date" as const,
  interval: { start: "2023-09-13T17:00:00.000Z", end: "2023-09-14T17:00:00.000Z", precision: "day" as const },
};

export interface Summit {
  eventId: string;
  otherEventId: string;
  date: Claim;
  wrongDate: Claim;
  place: Claim;
  articleUrls: string[];
}

export async function recordSummit(s: TestServer, w: SeededWorkspace): Promise<Summit> {
  const ws = `/api/v1/workspaces/${w.slug}`;
  const post = async (path: string, body: unknown) => {
    const res = await s.json("POST", `${ws}${path}`, w.tokens.factchecker, body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string };
  };
  const putin = await post("/entities", {
    canonicalName: "Vladimir Putin",
    kind: "person",
    aliases: ["Putin"],
  });
  const kim = await post("/entities", {
    canonicalName: "Kim Jong Un",
    kind: "person",
    aliases: ["Kim Jong-un"],
  });
  const vostochny = await post("/entities", {
    canonicalName: "Vostochny Cosmodrome",
    kind: "place",
    aliases: ["Kosmodrom Vostochny"],
  });
  const event = EventSchema.parse(
    await post("/events", {
      kind: "meeting",
      title: "Putin–Kim summit at the Vostochny Cosmodrome",
      participantIds: [putin.id, kim.id],
    }),
  );
  const other = EventSchema.parse(
    await post("/events", { kind: "visit", title: "Shoigu in Pyongyang", participantIds: [] }),
  );
  const claim = async (value: unknown) =>
    ClaimSchema.parse(await post("/claims", { eventId: event.id, value }));
  const date = await claim(SEP_13);
  const wrongDate = await claim(SEP_14);
  const place = await claim({ slot: "place", entityId: vostochny.id });
  const fx = new LedgerFixture(s.t.db, w.id);
  const kompas = await fx.outlet("Kompas", "news", "kompas.com");
  const tempo = await fx.outlet("Tempo", "news", "tempo.co");
  const a1 = await fx.article(kompas, {
    url: "https://www.kompas.com/global/read/2023/09/13/putin-kim",
    title: "Putin dan Kim bertemu di Vostochny",
    publishedAt: "2023-09-13T09:00:00Z",
  });
  const a2 = await fx.article(tempo, {
    url: "https://dunia.tempo.co/read/2023/09/14/kim-putin",
    title: "Kim Jong Un temui Putin",
    publishedAt: "2023-09-14T02:00:00Z",
  });
  // An article with no public address is never an appearance.
  const a3 = await fx.article(tempo, { url: null, title: "Tanpa alamat" });
  await fx.assertion(a1, date.id);
  await fx.assertion(a1, place.id);
  await fx.assertion(a2, date.id);
  await fx.assertion(a2, place.id);
  await fx.assertion(a3, date.id);
  await fx.assertion(await fx.article(kompas, { publishedAt: "2023-09-15T02:00:00Z" }), wrongDate.id);
  return {
    eventId: event.id,
    otherEventId: other.id,
    date,
    wrongDate,
    place,
    articleUrls: [
      "https://www.kompas.com/global/read/2023/09/13/putin-kim",
      "https://dunia.tempo.co/read/2023/09/14/kim-putin",
    ],
  };
}

/** Sets the workspace's publisher (name and site) and language. */
export async function setPublisher(s: TestServer, w: SeededWorkspace, language: "id" | "en" = "id") {
  const path = `/api/v1/workspaces/${w.slug}`;
  const current = (await s.json<{ version: number }>("GET", path, w.tokens.admin)).body;
  const res = await s.json("PATCH", path, w.tokens.admin, {
    version: current.version,
    language,
    publisher: { name: "Cek Fakta Kroscek", url: "https://cekfakta.example.id" },
  });
  if (res.status !== 200) throw new Error(`publisher: ${res.status} ${JSON.stringify(res.body)}`);
}
