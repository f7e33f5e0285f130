import { ErrorEnvelopeSchema, VerdictScaleSchema, VerdictSchema } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness";
import { dayValue, LedgerFixture } from "../../test/ledger-fixture";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

describe("verdicts", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let b: SeededWorkspace;
  let claimId: string;
  let otherClaim: string;
  let retractClaim: string;
  const ws = () => `/api/v1/workspaces/${a.slug}`;
  const verdictUrl = (id = claimId) => `${ws()}/claims/${id}/verdict`;

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    b = await seedWorkspace(s.t.db, "beta");
    const fx = new LedgerFixture(s.t.db, a.id);
    const event = await fx.event("Putin meets Choe");
    claimId = await fx.claim(event, dayValue("2024-01-16"), "Met on 16 Jan 2024");
    otherClaim = await fx.claim(event, dayValue("2024-01-17"), "Met on 17 Jan 2024");
    retractClaim = await fx.claim(event, dayValue("2024-01-18"), "Met on 18 Jan 2024");
  });
  afterAll(async () => {
    await s?.close();
  });

  it("seeds the default scale lazily, in Indonesian and English with ClaimReview ratings", async () => {
    const res = await s.json("GET", `${ws()}/verdict-scale`, a.tokens.viewer);
    expect(res.status).toBe(200);
    const scale = VerdictScaleSchema.parse(res.body);
    expect(scale.items.map((i) => i.key)).toEqual([
      "true",
      "mostly_true",
      "misleading",
      "mostly_false",
      "false",
      "unverifiable",
    ]);
    expect(scale.items[0]).toMatchObject({ labelId: "benar", labelEn: "True", ratingValue: 5 });
    expect(scale).toMatchObject({ bestRating: 5, worstRating: 1 });
    // A second read does not seed twice.
    expect(
      VerdictScaleSchema.parse((await s.json("GET", `${ws()}/verdict-scale`, a.tokens.viewer)).body).items,
    ).toHaveLength(6);
  });

  it("lets a fact-checker draft but not publish; an editor publishes the version read", async () => {
    expect((await s.json("GET", verdictUrl(), a.tokens.viewer)).status).toBe(404);
    const draft = await s.json("PUT", verdictUrl(), a.tokens.factchecker, {
      ratingKey: "true",
      rationale: "Republika and Reuters both give Tuesday 16 January.",
      evidence: [{ url: "https://www.reuters.com/world/x", title: "Reuters" }],
    });
    expect(draft.status).toBe(201);
    const v1 = VerdictSchema.parse(draft.body);
    expect(v1).toMatchObject({ status: "draft", version: 1, publishedAt: null });
    expect((await s.json("PUT", verdictUrl(), a.tokens.viewer, { ratingKey: "true" })).status).toBe(403);
    const denied = await s.json("POST", `${verdictUrl()}/publish`, a.tokens.factchecker, { version: 1 });
    expect(denied.status).toBe(403);
    const published = await s.json("POST", `${verdictUrl()}/publish`, a.tokens.editor, { version: 1 });
    expect(published.status).toBe(200);
    const v2 = VerdictSchema.parse(published.body);
    expect(v2.status).toBe("published");
    expect(v2.publishedAt).not.toBeNull();
    const read = VerdictSchema.parse((await s.json("GET", verdictUrl(), a.tokens.viewer)).body);
    expect(read.version).toBe(2);
  });

  it("answers a stale version with 409 and the current version; redrafting prepares a revision", async () => {
    const stale = await s.json("PUT", verdictUrl(), a.tokens.factchecker, {
      ratingKey: "mostly_true",
      rationale: "stale",
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(ErrorEnvelopeSchema.parse(stale.body).error.details).toEqual({ currentVersion: 2 });
    const missingVersion = await s.json("PUT", verdictUrl(), a.tokens.factchecker, {
      ratingKey: "true",
      rationale: "x",
    });
    expect(missingVersion.status).toBe(409);
    const redraft = await s.json("PUT", verdictUrl(), a.tokens.editor, {
      ratingKey: "mostly_true",
      rationale: "Only the day is certain.",
      version: 2,
    });
    expect(redraft.status).toBe(200);
    const revised = VerdictSchema.parse(redraft.body);
    expect(revised).toMatchObject({ status: "published", ratingKey: "true", version: 3 });
    expect(revised.draft).toMatchObject({ ratingKey: "mostly_true", rationale: "Only the day is certain." });
    const stalePublish = await s.json("POST", `${verdictUrl()}/publish`, a.tokens.editor, { version: 2 });
    expect(stalePublish.status).toBe(409);
  });

  it("refuses a rating that is not on the scale with 422 naming ratingKey", async () => {
    const res = await s.json("PUT", verdictUrl(otherClaim), a.tokens.factchecker, {
      ratingKey: "pants_on_fire",
      rationale: "x",
    });
    expect(res.status).toBe(422);
    const issues = (ErrorEnvelopeSchema.parse(res.body).error.details as { issues: Array<{ path: string }> })
      .issues;
    expect(issues.map((i) => i.path)).toContain("ratingKey");
  });

  it("audits every change with before and after", async () => {
    const rows = await s.t.db.query.auditEvents.findMany({
      where: (t, { and, eq }) => and(eq(t.workspaceId, a.id), eq(t.targetType, "verdict")),
      orderBy: (t, { asc }) => asc(t.id),
    });
    expect(rows.map((r) => r.action)).toEqual(["verdict.create", "verdict.publish", "verdict.update"]);
    expect(rows[1]?.before).toMatchObject({ status: "draft" });
    expect(rows[1]?.after).toMatchObject({ status: "published" });
    expect(rows[2]?.after).toMatchObject({ ratingKey: "true", draft: { ratingKey: "mostly_true" } });
  });

  it("lets a fact-checker draft a revision of a published verdict but only an editor retract it", async () => {
    const first = await s.json("PUT", verdictUrl(retractClaim), a.tokens.factchecker, {
      ratingKey: "false",
      rationale: "Only one outlet gives the 17th.",
    });
    expect(first.status).toBe(201);
    const published = VerdictSchema.parse(
      (await s.json("POST", `${verdictUrl(retractClaim)}/publish`, a.tokens.editor, { version: 1 })).body,
    );
    expect(published.status).toBe("published");
    const revision = await s.json("PUT", verdictUrl(retractClaim), a.tokens.factchecker, {
      ratingKey: "unverifiable",
      rationale: "Withdrawn?",
      version: published.version,
    });
    expect(revision.status).toBe(200);
    const still = VerdictSchema.parse((await s.json("GET", verdictUrl(retractClaim), a.tokens.viewer)).body);
    expect(still).toMatchObject({ status: "published", ratingKey: "false", version: published.version + 1 });
    const retract = `${ws()}/verdicts/${still.id}/retract`;
    const denied = await s.json("POST", retract, a.tokens.factchecker, {
      version: still.version,
      reason: "No.",
    });
    expect(denied.status).toBe(403);
    const byEditor = await s.json("POST", retract, a.tokens.editor, {
      version: still.version,
      reason: "Withdrawn.",
    });
    expect(byEditor.status).toBe(200);
    expect(VerdictSchema.parse(byEditor.body)).toMatchObject({
      status: "retracted",
      retraction: { reason: "Withdrawn." },
    });
  });

  it("hides another workspace's claim behind 404", async () => {
    expect((await s.json("GET", verdictUrl(), b.tokens.admin)).status).toBe(404);
    const other = await s.json("PUT", `/api/v1/workspaces/beta/claims/${claimId}/verdict`, b.tokens.admin, {
      ratingKey: "false",
      rationale: "x",
    });
    expect(other.status).toBe(404);
  });
});
