import { ErrorEnvelopeSchema, OutletSchema, pageOf } from "@kroscek/schema";
import { describe, expect } from "vitest";
import { it } from "../../test/fixtures";
import type { SeededWorkspace } from "../../test/seed";

const base = (a: SeededWorkspace) => `/api/v1/workspaces/${a.slug}/outlets`;

describe("outlets", () => {
  it("records an outlet and lists it, newest first, with a cursor", async ({ server: s, alpha: a }) => {
    const created = await s.json("POST", base(a), a.tokens.factchecker, {
      name: "Republika",
      domain: "REPUBLIKA.co.id",
      country: "ID",
      language: "id",
    });
    expect(created.status).toBe(201);
    const outlet = OutletSchema.parse(created.body);
    expect(outlet.domain).toBe("republika.co.id");
    expect(outlet.version).toBe(1);
    for (const name of ["Antara", "Kompas", "Tempo"])
      await s.json("POST", base(a), a.tokens.editor, { name });
    const first = await s.json("GET", `${base(a)}?limit=2`, a.tokens.viewer);
    const page = pageOf(OutletSchema).parse(first.body);
    expect(page.items.map((o) => o.name)).toEqual(["Tempo", "Kompas"]);
    const second = pageOf(OutletSchema).parse(
      (await s.json("GET", `${base(a)}?limit=2&cursor=${page.nextCursor}`, a.tokens.viewer)).body,
    );
    expect(second.items.map((o) => o.name)).toEqual(["Antara", "Republika"]);
    expect(second.nextCursor).toBeNull();
  });

  it("filters by kind and name", async ({ server: s, alpha: a }) => {
    await s.json("POST", base(a), a.tokens.factchecker, { name: "Reuters", kind: "wire" });
    const wires = pageOf(OutletSchema).parse(
      (await s.json("GET", `${base(a)}?kind=wire`, a.tokens.viewer)).body,
    );
    expect(wires.items.map((o) => o.name)).toEqual(["Reuters"]);
    const named = pageOf(OutletSchema).parse(
      (await s.json("GET", `${base(a)}?q=komp`, a.tokens.viewer)).body,
    );
    expect(named.items.map((o) => o.name)).toEqual(["Kompas"]);
  });

  it("answers a duplicate name with 409", async ({ server: s, alpha: a }) => {
    const res = await s.json("POST", base(a), a.tokens.factchecker, { name: "Republika" });
    expect(res.status).toBe(409);
    expect(ErrorEnvelopeSchema.parse(res.body).error.code).toBe("conflict");
  });

  it("answers invalid fields with 422 naming the field paths", async ({ server: s, alpha: a }) => {
    const res = await s.json("POST", base(a), a.tokens.factchecker, { name: "", country: "Indonesia" });
    expect(res.status).toBe(422);
    const body = ErrorEnvelopeSchema.parse(res.body);
    const paths = (body.error.details as { issues: Array<{ path: string }> }).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["name", "country"]));
  });

  it("answers malformed JSON with 400 and a wrong content type with 415", async ({ server: s, alpha: a }) => {
    const bad = await s.fetch(base(a), {
      method: "POST",
      headers: { authorization: `Bearer ${a.tokens.admin}`, "content-type": "application/json" },
      body: '{"name": ',
    });
    expect(bad.status).toBe(400);
    expect(ErrorEnvelopeSchema.parse(await bad.json()).error.code).toBe("bad_request");
    const wrongType = await s.fetch(base(a), {
      method: "POST",
      headers: { authorization: `Bearer ${a.tokens.admin}`, "content-type": "text/plain" },
      body: "name=Kompas",
    });
    expect(wrongType.status).toBe(415);
  });

  it("edits with the current version and refuses a stale one with 409 and the current version", async ({
    server: s,
    alpha: a,
  }) => {
    const list = pageOf(OutletSchema).parse(
      (await s.json("GET", `${base(a)}?q=Tempo`, a.tokens.viewer)).body,
    );
    const tempo = list.items[0];
    if (!tempo) throw new Error("Tempo missing");
    const ok = await s.json("PATCH", `${base(a)}/${tempo.id}`, a.tokens.factchecker, {
      country: "ID",
      version: 1,
    });
    expect(ok.status).toBe(200);
    expect(OutletSchema.parse(ok.body).version).toBe(2);
    const stale = await s.json("PATCH", `${base(a)}/${tempo.id}`, a.tokens.editor, {
      country: "MY",
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(ErrorEnvelopeSchema.parse(stale.body).error.details).toEqual({ currentVersion: 2 });
    const now = OutletSchema.parse((await s.json("GET", `${base(a)}/${tempo.id}`, a.tokens.viewer)).body);
    expect(now.country).toBe("ID");
  });

  it("lets exactly one of two concurrent edits of the same version win", async ({ server: s, alpha: a }) => {
    const created = OutletSchema.parse(
      (await s.json("POST", base(a), a.tokens.factchecker, { name: "Detik" })).body,
    );
    const results = await Promise.all(
      ["ID", "SG"].map((country) =>
        s.json("PATCH", `${base(a)}/${created.id}`, a.tokens.factchecker, {
          country,
          version: created.version,
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it("writes an audit row for each write", async ({ server: s, alpha: a }) => {
    const created = OutletSchema.parse(
      (await s.json("POST", base(a), a.tokens.factchecker, { name: "Liputan6" })).body,
    );
    await s.json("PATCH", `${base(a)}/${created.id}`, a.tokens.factchecker, {
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

  it("hides another workspace's outlet behind 404", async ({ server: s, alpha: a, beta: b }) => {
    const theirs = OutletSchema.parse(
      (await s.json("POST", `/api/v1/workspaces/beta/outlets`, b.tokens.admin, { name: "Beta Post" })).body,
    );
    expect((await s.json("GET", `${base(a)}/${theirs.id}`, a.tokens.admin)).status).toBe(404);
    expect(
      (await s.json("PATCH", `${base(a)}/${theirs.id}`, a.tokens.admin, { country: "ID", version: 1 }))
        .status,
    ).toBe(404);
    // A token of workspace beta cannot reach workspace alpha at all.
    expect((await s.json("GET", base(a), b.tokens.admin)).status).toBe(404);
  });

  it("refuses viewers' writes with 403 before looking at the body", async ({ server: s, alpha: a }) => {
    const res = await s.json("POST", base(a), a.tokens.viewer, { bogus: true });
    expect(res.status).toBe(403);
  });
});
