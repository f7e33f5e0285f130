import { ErrorEnvelopeSchema, VerdictRevisionListSchema, VerdictSchema } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishedVerdicts } from "../../services/published-verdicts";
import { startTestServer, type TestServer } from "../../test/harness";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";
import { recordSummit, type Summit, setPublisher } from "../../test/summit-fixture";

// biome-ignore lint/suspicious/noExplicitAny: test-only view of parsed JSON-LD
type Json = Record<string, any>;

describe("verdict revisions, retraction and event-level verdicts", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let summit: Summit;
  /** The rationale of whichever concurrent edit won. */
  let winner = "";
  const ws = () => `/api/v1/workspaces/${a.slug}`;
  const feed = async (): Promise<Json[]> => {
    const res = await s.fetch(`${ws()}/exports/claimreview.jsonld`, {
      headers: { authorization: `Bearer ${a.tokens.viewer}` },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { "@graph": Json[] })["@graph"];
  };
  const reviewOf = async (verdictId: string) =>
    (await feed()).find((r) => String(r["@id"]).endsWith(verdictId) || String(r.url).endsWith(verdictId));

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    await setPublisher(s, a);
    summit = await recordSummit(s, a);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("keeps the published verdict public while its next revision is a draft, until that is published", async () => {
    const claimVerdict = `${ws()}/claims/${summit.date.id}/verdict`;
    const first = VerdictSchema.parse(
      (
        await s.json("PUT", claimVerdict, a.tokens.factchecker, {
          ratingKey: "true",
          rationale: "Kremlin and KCNA both give 13 September.",
        })
      ).body,
    );
    const published = VerdictSchema.parse(
      (
        await s.json("POST", `${ws()}/verdicts/${first.id}/publish`, a.tokens.editor, {
          version: first.version,
        })
      ).body,
    );
    expect(published).toMatchObject({ status: "published", revision: 1, draft: null });
    const before = await reviewOf(first.id);
    expect(before?.reviewRating.alternateName).toBe("benar");
    expect(before?.datePublished).toBe(before?.dateModified);

    // A fact-checker drafts the next revision: nothing public changes.
    const drafted = await s.json("PUT", `${ws()}/verdicts/${first.id}`, a.tokens.factchecker, {
      ratingKey: "mostly_true",
      rationale: "Only the day is certain; the hour differs.",
      version: published.version,
    });
    expect(drafted.status).toBe(200);
    const revision = VerdictSchema.parse(drafted.body);
    expect(revision).toMatchObject({ status: "published", ratingKey: "true", revision: 1 });
    expect(revision.draft).toMatchObject({ ratingKey: "mostly_true" });
    expect(await reviewOf(first.id)).toEqual(before);
    expect(
      (await publishedVerdicts(s.t.db, a.id, { claimIds: [summit.date.id] })).map((v) => v.ratingKey),
    ).toEqual(["true"]);

    // A fact-checker cannot publish it; an editor's publish replaces the public revision.
    expect(
      (
        await s.json("POST", `${ws()}/verdicts/${first.id}/publish`, a.tokens.factchecker, {
          version: revision.version,
        })
      ).status,
    ).toBe(403);
    const second = VerdictSchema.parse(
      (
        await s.json("POST", `${ws()}/verdicts/${first.id}/publish`, a.tokens.editor, {
          version: revision.version,
        })
      ).body,
    );
    expect(second).toMatchObject({ status: "published", ratingKey: "mostly_true", revision: 2, draft: null });
    expect(second.publishedAt).toBe(published.publishedAt);
    const after = await reviewOf(first.id);
    expect(after?.reviewRating.alternateName).toBe("sebagian besar benar");
    expect(after?.datePublished).toBe(before?.datePublished);
    expect(Date.parse(after?.dateModified)).toBeGreaterThan(Date.parse(before?.dateModified));
    expect(after?.reviewBody).toBe("Only the day is certain; the hour differs.");

    const history = VerdictRevisionListSchema.parse(
      (await s.json("GET", `${ws()}/verdicts/${first.id}/revisions`, a.tokens.viewer)).body,
    );
    expect(history.items.map((r) => [r.revision, r.ratingKey])).toEqual([
      [1, "true"],
      [2, "mostly_true"],
    ]);
  });

  it("answers concurrent edits of one version with one success and one 409", async () => {
    const v = VerdictSchema.parse(
      (await s.json("GET", `${ws()}/claims/${summit.date.id}/verdict`, a.tokens.viewer)).body,
    );
    const edit = (rationale: string) =>
      s.json("PUT", `${ws()}/verdicts/${v.id}`, a.tokens.editor, {
        ratingKey: "true",
        rationale,
        version: v.version,
      });
    const results = await Promise.all([edit("first editor"), edit("second editor")]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const lost = results.find((r) => r.status === 409);
    winner = VerdictSchema.parse(results.find((r) => r.status === 200)?.body).draft?.rationale ?? "";
    expect(["first editor", "second editor"]).toContain(winner);
    expect(ErrorEnvelopeSchema.parse(lost?.body).error.details).toEqual({ currentVersion: v.version + 1 });
    const stalePublish = await s.json("POST", `${ws()}/verdicts/${v.id}/publish`, a.tokens.editor, {
      version: v.version,
    });
    expect(stalePublish.status).toBe(409);
  });

  it("retracts only as an editor, with a reason, and the export shows a correction", async () => {
    const v = VerdictSchema.parse(
      (await s.json("GET", `${ws()}/claims/${summit.date.id}/verdict`, a.tokens.viewer)).body,
    );
    const retract = `${ws()}/verdicts/${v.id}/retract`;
    expect(
      (await s.json("POST", retract, a.tokens.factchecker, { version: v.version, reason: "x" })).status,
    ).toBe(403);
    const noReason = await s.json("POST", retract, a.tokens.editor, { version: v.version, reason: "  " });
    expect(noReason.status).toBe(422);
    const done = await s.json("POST", retract, a.tokens.editor, {
      version: v.version,
      reason: "The Kremlin later said the talks began on the 12th.",
    });
    expect(done.status).toBe(200);
    const retracted = VerdictSchema.parse(done.body);
    expect(retracted.status).toBe("retracted");
    expect(retracted.retraction?.reason).toBe("The Kremlin later said the talks began on the 12th.");
    // The pending revision survives the retraction.
    expect(retracted.draft?.rationale).toBe(winner);
    const again = await s.json("POST", retract, a.tokens.editor, {
      version: retracted.version,
      reason: "again",
    });
    expect(again.status).toBe(409);

    const review = await reviewOf(v.id);
    expect(review?.correction).toEqual({
      "@type": "CorrectionComment",
      text: "The Kremlin later said the talks began on the 12th.",
      datePublished: retracted.retraction?.at,
    });
    expect(review?.reviewRating).toEqual({ "@type": "Rating", alternateName: "Ditarik" });
    expect(review?.dateModified).toBe(retracted.retraction?.at);
    expect(await publishedVerdicts(s.t.db, a.id, { claimIds: [summit.date.id] })).toEqual([]);
    expect(
      (await publishedVerdicts(s.t.db, a.id, { claimIds: [summit.date.id], includeRetracted: true })).map(
        (p) => p.status,
      ),
    ).toEqual(["retracted"]);
    const history = VerdictRevisionListSchema.parse(
      (await s.json("GET", `${ws()}/verdicts/${v.id}/revisions`, a.tokens.viewer)).body,
    );
    expect(history.items.at(-1)?.retractionReason).toBe(
      "The Kremlin later said the talks began on the 12th.",
    );
  });

  it("rates an event as a whole: its date and place in one verdict and one sentence", async () => {
    const path = `${ws()}/events/${summit.eventId}/verdicts`;
    const sameSlot = await s.json("POST", path, a.tokens.factchecker, {
      claimIds: [summit.date.id, summit.wrongDate.id],
      ratingKey: "true",
      rationale: "x",
    });
    expect(sameSlot.status).toBe(422);
    const foreign = await s.json(
      "POST",
      `${ws()}/events/${summit.otherEventId}/verdicts`,
      a.tokens.factchecker,
      {
        claimIds: [summit.date.id],
        ratingKey: "true",
        rationale: "x",
      },
    );
    expect(foreign.status).toBe(422);
    const created = await s.json("POST", path, a.tokens.factchecker, {
      claimIds: [summit.date.id, summit.place.id],
      ratingKey: "true",
      rationale: "Both sides' readouts: Vostochny, 13 September.",
      url: "https://cekfakta.example.id/2023/09/ktt-putin-kim",
    });
    expect(created.status).toBe(201);
    const draft = VerdictSchema.parse(created.body);
    expect(draft).toMatchObject({ eventId: summit.eventId, claimId: null, status: "draft" });
    expect(new Set(draft.claimIds)).toEqual(new Set([summit.date.id, summit.place.id]));
    const list = (await s.json<{ items: unknown[] }>("GET", path, a.tokens.viewer)).body.items;
    expect(list).toHaveLength(1);
    await s.json("POST", `${ws()}/verdicts/${draft.id}/publish`, a.tokens.editor, { version: draft.version });

    const review = (await feed()).find((r) => r.url === "https://cekfakta.example.id/2023/09/ktt-putin-kim");
    expect(review?.claimReviewed).toBe(
      "KTT Putin–Kim berlangsung pada 13 September 2023 di Vostochny Cosmodrome",
    );
    expect(review?.claimReviewed.length).toBeLessThanOrEqual(75);
    // Each article asserting any rated claim appears once, by its own address.
    expect(review?.itemReviewed.appearance.map((x: Json) => x.url)).toEqual(summit.articleUrls);
    const forEvent = await publishedVerdicts(s.t.db, a.id, { eventId: summit.eventId });
    expect(forEvent.map((v) => v.id)).toEqual([draft.id]);
    expect((await publishedVerdicts(s.t.db, a.id, { claimIds: [summit.place.id] })).map((v) => v.id)).toEqual(
      [draft.id],
    );
  });

  it("accepts only an http(s) address for the published fact-check", async () => {
    const res = await s.json("PUT", `${ws()}/claims/${summit.place.id}/verdict`, a.tokens.factchecker, {
      ratingKey: "true",
      rationale: "x",
      url: "javascript:alert(1)",
    });
    expect(res.status).toBe(422);
  });
});
