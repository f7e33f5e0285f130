import { ErrorEnvelopeSchema, OutletSchema, pageOf } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

describe("outlets", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let b: SeededWorkspace;
  const base = () => `/api/v1/workspaces/${a.slug}/outlets`;

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    b = await seedWorkspace(s.t.db, "beta");
  });
  afterAll(async () => {
    await s?.close();
  });

  it("records an outlet and lists it, newest first, with a cursor", async () => {
    const created = await s.json("POST", base(), a.tokens.factchecker, {
      name: "Republika",
      domain: "REPUBLIKA.co.id",
      country: "ID",
      language: "id",
    });
    expect(created.status).toBe(201);
    const outlet = OutletSchema.parse(created.body);
    expect(outlet.domain).toBe("republika.co.id");
    expect(outlet.version).toBe(1);
    for (const name of ["Antara", "Kompas", "Tempo"]) await s.json("POST", base(), a.tokens.editor, { name });
    const first = await s.json("GET", `${base()}?limit=2`, a.tokens.viewer);
    const page = pageOf(OutletSchema).parse(first.body);
    expect(page.items.map((o) => o.name)).toEqual(["Tempo", "Kompas"]);
    const second = pageOf(OutletSchema).parse(
      (await s.json("GET", `${base()}?limit=2&cursor=${page.nextCursor}`, a.tokens.viewer)).body,
    );
    expect(second.items.map((o) => o.name)).toEqual(["Antara", "Republika"]);
    expect(second.nextCursor).toBeNull();
  });

  it("filters by kind and name", async () => {
    await s.json("POST", base(), a.tokens.factchecker, { name: "Reuters", kind: "wire" });
    const wires = pageOf(OutletSchema).parse(
      (await s.json("GET", `${base()}?kind=wire`, a.tokens.viewer)).body,
    );
    expect(wires.items.map((o) => o.name)).toEqual(["Reuters"]);
    const named = pageOf(OutletSchema).parse((await s.json("GET", `${base()}?q=komp`, a.tokens.viewer)).body);
    expect(named.items.map((o) => o.name)).toEqual(["Kompas"]);
  });

  it("answers a duplicate name with 409", async () => {
    const res = await s.json("POST", base(), a.tokens.factchecker, { name: "Republika" });
    expect(res.status).toBe(409);
    expect(ErrorEnvelopeSchema.parse(res.body).error.code).toBe("conflict");
  });

  it("answers invalid fields with 422 naming the field paths", async () => {
    const res = await s.json("POST", base(), a.tokens.factchecker, { name: "", country: "Indonesia" });
    expect(res.status).toBe(422);
    const body = ErrorEnvelopeSchema.parse(res.body);
    const paths = (body.error.details as { issues: Array<{ path: string }> }).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["name", "country"]));
  });

  it("answers malformed JSON with 400 and a wrong content type with 415", async () => {
    const bad = await s.fetch(base(), {
      method: "POST",
      headers: { authorization: `Bearer ${a.tokens.admin}`, "content-type": "application/json" },
      body: '{"name": ',
    });
    expect(bad.status).toBe(400);
    expect(ErrorEnvelopeSchema.parse(await bad.json()).error.code).toBe("bad_request");
    const wrongType = await s.fetch(base(), {
      method: "POST",
      headers: { authorization: `Bearer ${a.tokens.admin}`, "content-type": "text/plain" },
      body: "name=Kompas",
    });
    expect(wrongType.status).toBe(415);
  });

  it("edits with the current version and refuses a stale one with 409 and the current version", async () => {
    const list = pageOf(OutletSchema).parse((await s.json("GET", `${base()}?q=Tempo`, a.tokens.viewer)).body);
    const tempo = list.items[0];
    if (!tempo) throw new Error("Tempo missing");
    const ok = await s.json("PATCH", `${base()}/${tempo.id}`, a.tokens.factchecker, {
      country: "ID",
      version: 1,
    });
    expect(ok.status).toBe(200);
    expect(OutletSchema.parse(ok.body).version).toBe(2);
    const stale = await s.json("PATCH", `${base()}/${tempo.id}`, a.tokens.editor, {
      country: "MY",
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(ErrorEnvelopeSchema.parse(stale.body).error.details).toEqual({ currentVersion: 2 });
    const now = OutletSchema.parse((await s.json("GET", `${base()}/${tempo.id}`, a.tokens.viewer)).body);
    expect(now.country).toBe("ID");
  });

  it("lets exactly one of two concurrent edits of the same version win", async () => {
    const created = OutletSchema.parse(
      (await s.json("POST", base(), a.tokens.factchecker, { name: "Detik" })).body,
    );
    const results = await Promise.all(
      ["ID", "SG"].map((country) =>
        s.json("PATCH", `${base()}/${created.id}`, a.tokens.factchecker, {
          country,
          version: created.version,
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it("writes an audit row for each write", async () => {
    const created = OutletSchema.parse(
      (await s.json("POST", base(), a.tokens.factchecker, { name: "Liputan6" })).body,
    );
    await s.json("PATCH", `${base()}/${created.id}`, a.tokens.factchecker, {
      kind: "aggregator",
      version: 1,
    });
    const rows = await s.t.db.query.auditEvents.findMany({
      where: (t, { and, eq }) => and(eq(t.workspaceId, a.id), eq(t.targetId, created.id)),
      orderBy: (t, { asc }) => asc(t.id),
    });
    expect(rows.map((r) => r.action)).toEqual(["outlet.create", "outlet.update"]);
    expect(rows[1]?.before).toMatchObject({ kind: "news" });
    expect(rows[1]?.after).toMatchObject({ kind: "aggregator" });
  });

  it("hides another workspace's outlet behind 404", async () => {
    const theirs = OutletSchema.parse(
      (await s.json("POST", `/api/v1/workspaces/beta/outlets`, b.tokens.admin, { name: "Beta Post" })).body,
    );
    expect((await s.json("GET", `${base()}/${theirs.id}`, a.tokens.admin)).status).toBe(404);
    expect(
      (await s.json("PATCH", `${base()}/${theirs.id}`, a.tokens.admin, { country: "ID", version: 1 })).status,
    ).toBe(404);
    // A token of workspace beta cannot reach workspace alpha at all.
    expect((await s.json("GET", base(), b.tokens.admin)).status).toBe(404);
  });

  it("refuses viewers' writes with 403 before looking at the body", async () => {
    const res = await s.json("POST", base(), a.tokens.viewer, { bogus: true });
    expect(res.status).toBe(403);
  });
});
