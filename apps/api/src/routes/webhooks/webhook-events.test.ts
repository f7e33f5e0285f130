import { ContradictionViewSchema, FlagViewSchema, pageOf, VerdictSchema } from "@kroscek/schema";
import { webhookDeliveries } from "@kroscek/schema/tables";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchLimitsOf } from "../../env";
import { systemActor } from "../../services/actor";
import { redetectWorkspace } from "../../services/detection";
import { withJobs } from "../../services/jobs/job-scope";
import { publishVerdict } from "../../services/verdict-publish";
import { startTestServer, type TestServer } from "../../test/harness";
import { addArticle, addClaim, addEvent, wsPath } from "../../test/ledger-fixtures";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";
import { type Received, startReceiver } from "../../test/webhook-receiver";

const jakartaDay = (day: string) => {
  const start = Date.parse(`${day}T00:00:00+07:00`);
  return {
    slot: "date",
    interval: {
      start: new Date(start).toISOString(),
      end: new Date(start + 86_400_000).toISOString(),
      precision: "day",
    },
  };
};

// biome-ignore lint/suspicious/noExplicitAny: test-only view of a delivered body
type Body = Record<string, any>;

describe("webhook events of findings, verdicts and snapshots", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let endpointId: string;
  let claim13: string;

  const got = (type: string): Received[] =>
    receiver.received.filter((r) => r.body.type === type && r.verified);
  /** The `data` of the first verified delivery of a type. */
  const firstData = (type: string): Body => (got(type)[0]?.body.data ?? {}) as Body;
  const until = async (check: () => boolean | Promise<boolean>, ms = 30_000) => {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  /** Deliveries in the outbox, sent or not. */
  const queued = async (type: string) =>
    (
      await s.t.db
        .select()
        .from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.eventType, type)))
    ).length;

  beforeAll(async () => {
    receiver = await startReceiver();
    // The receiver listens on 127.0.0.1, which only the allow-list lets deliveries reach.
    s = await startTestServer({
      fetchLimits: fetchLimitsOf({
        KROSCEK_FETCH_ALLOW: "127.0.0.1",
        KROSCEK_FETCH_MAX_BYTES: 1024 * 1024,
        KROSCEK_FETCH_TIMEOUT_MS: 3000,
      }),
    });
    a = await seedWorkspace(s.t.db, "events");
    const res = await s.json("POST", wsPath(a, "webhooks"), a.tokens.admin, {
      url: `${receiver.url}/all`,
      events: [
        "contradiction.detected",
        "flag.raised",
        "verdict.published",
        "verdict.retracted",
        "snapshot.finished",
      ],
    });
    expect(res.status).toBe(201);
    const created = res.body as { id: string; secret: string };
    endpointId = created.id;
    receiver.secrets.set("/all", created.secret);
  });
  afterAll(async () => {
    await s?.close();
    await receiver?.close();
  });

  it("sends contradiction.detected and flag.raised for new findings only, signed, with the finding", async () => {
    const event = await addEvent(s, a, { title: "KTT Putin–Kim", kind: "meeting" });
    claim13 = (await addClaim(s, a, event.id, jakartaDay("2023-09-13"))).id;
    const claim14 = (await addClaim(s, a, event.id, jakartaDay("2023-09-14"))).id;
    const say = [
      ["Kompas", claim13, "13/9/2023", { kind: "named_org", text: "Kremlin" }],
      ["Republika", claim14, "14/9/2023", { kind: "anonymous", text: "seorang pejabat" }],
    ] as const;
    for (const [outlet, claimId, date, attribution] of say) {
      const article = await addArticle(s, a, {
        outlet,
        publishedAt: "2023-09-14T15:00:00+07:00",
        title: `KTT menurut ${outlet}`,
        body: `Berita. Presiden Putin bertemu Kim pada ${date} di Vostochny. Selesai.`,
        url: `https://${outlet.toLowerCase()}.example/ktt`,
      });
      const res = await s.json("POST", wsPath(a, "assertions"), a.tokens.factchecker, {
        articleId: article.id,
        claimId,
        stance: "asserts",
        quote: { exact: date },
        attribution,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const contradictions = pageOf(ContradictionViewSchema).parse(
      (await s.json("GET", wsPath(a, "contradictions?limit=100"), a.tokens.viewer)).body,
    ).items;
    const flags = pageOf(FlagViewSchema).parse(
      (await s.json("GET", wsPath(a, "flags?limit=100"), a.tokens.viewer)).body,
    ).items;
    expect(contradictions.length).toBeGreaterThan(0);
    expect(flags.length).toBeGreaterThan(0);
    await until(
      () =>
        got("contradiction.detected").length === contradictions.length &&
        got("flag.raised").length === flags.length,
    );
    const sentContradictions = got("contradiction.detected").map((r) => (r.body.data as Body).contradiction);
    expect(sentContradictions.map((c) => c.id).sort()).toEqual(contradictions.map((c) => c.id).sort());
    expect(ContradictionViewSchema.parse(sentContradictions[0]).eventId).toBe(event.id);
    const sentFlags = got("flag.raised").map((r) => FlagViewSchema.parse((r.body.data as Body).flag));
    expect(sentFlags.map((f) => f.id).sort()).toEqual(flags.map((f) => f.id).sort());
    expect(got("flag.raised").every((r) => r.body.workspace.id === a.id)).toBe(true);

    // Running the rules again finds the same pairs and flags: nothing new is reported.
    const before = [await queued("contradiction.detected"), await queued("flag.raised")];
    await withJobs(s.jobs, () => s.t.db.transaction((tx) => redetectWorkspace(tx, a.id)));
    expect([await queued("contradiction.detected"), await queued("flag.raised")]).toEqual(before);
  });

  it("sends verdict.published and verdict.retracted with the verdict, and nothing for a change rolled back", async () => {
    const draft = VerdictSchema.parse(
      (
        await s.json("PUT", wsPath(a, `claims/${claim13}/verdict`), a.tokens.editor, {
          ratingKey: "true",
          rationale: "Kremlin footage dated 13 September.",
        })
      ).body,
    );
    // Published inside a transaction that then fails: no event exists.
    await expect(
      withJobs(s.jobs, () =>
        s.t.db.transaction(async (tx) => {
          await publishVerdict(tx, systemActor(a.id), draft.id, draft.version);
          throw new Error("the rest of the change failed");
        }),
      ),
    ).rejects.toThrow("the rest of the change failed");
    expect(await queued("verdict.published")).toBe(0);

    const published = await s.json("POST", wsPath(a, `verdicts/${draft.id}/publish`), a.tokens.editor, {
      version: draft.version,
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const v = VerdictSchema.parse(published.body);
    const retracted = await s.json("POST", wsPath(a, `verdicts/${v.id}/retract`), a.tokens.editor, {
      version: v.version,
      reason: "The Kremlin later said the talks began on the 12th.",
    });
    expect(retracted.status).toBe(200);
    await until(() => got("verdict.published").length === 1 && got("verdict.retracted").length === 1);
    const sentPublished = VerdictSchema.parse(firstData("verdict.published").verdict);
    expect(sentPublished).toMatchObject({ id: v.id, status: "published", ratingKey: "true" });
    const sentRetracted = VerdictSchema.parse(firstData("verdict.retracted").verdict);
    expect(sentRetracted).toMatchObject({ id: v.id, status: "retracted" });
    expect(sentRetracted.retraction?.reason).toBe("The Kremlin later said the talks began on the 12th.");
  });

  it("sends snapshot.finished with the finished snapshot", async () => {
    const res = await s.json("POST", wsPath(a, "reliability/snapshots"), a.tokens.editor, {});
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const { id } = res.body as { id: string };
    await until(() => got("snapshot.finished").length === 1, 60_000);
    const snapshot = firstData("snapshot.finished").snapshot;
    expect(snapshot).toMatchObject({ id, status: "done", progress: 1 });
    expect(snapshot.finishedAt).toEqual(expect.any(String));
  }, 90_000);
});
