import { EntityResolutionSchema, EntitySchema, ErrorEnvelopeSchema, pageOf } from "@kroscek/schema";
import { describe, expect } from "vitest";
import { it } from "../../test/fixtures";
import { addEntity, auditActions, issuePaths, wsPath } from "../../test/ledger-fixtures";
import type { SeededWorkspace } from "../../test/seed";

const base = (a: SeededWorkspace) => wsPath(a, "entities");

describe("entities", () => {
  it("records an entity whose canonical name is always an alias, collapsing duplicates", async ({
    server: s,
    alpha: a,
  }) => {
    const res = await s.json("POST", base(a), a.tokens.factchecker, {
      canonicalName: "Kim Jong Un",
      kind: "person",
      wikidataId: "Q56226",
      aliases: ["Kim Jong-un", "KIM JONG UN", "Kim Jong-il's son"],
    });
    expect(res.status).toBe(201);
    const kim = EntitySchema.parse(res.body);
    // "Kim Jong-un" and "KIM JONG UN" normalise like the canonical name: one alias.
    expect(kim.aliases).toEqual(["Kim Jong Un", "Kim Jong-il's son"]);
    const got = EntitySchema.parse((await s.json("GET", `${base(a)}/${kim.id}`, a.tokens.viewer)).body);
    expect(got).toEqual(kim);
  });

  it("resolves name variants through normalised aliases and answers an empty list otherwise", async ({
    server: s,
    alpha: a,
    beta: b,
  }) => {
    const korut = await addEntity(s, a, "Korea Utara", "country", ["Korut", "DPRK", "Korea Utara"]);
    const kim = EntityResolutionSchema.parse(
      (await s.json("GET", `${base(a)}/resolve?name=${encodeURIComponent("Kim Jong-un")}`, a.tokens.viewer))
        .body,
    );
    expect(kim.normalized).toBe("kim jong un");
    expect(kim.items.map((e) => e.canonicalName)).toEqual(["Kim Jong Un"]);
    const byAlias = EntityResolutionSchema.parse(
      (await s.json("GET", `${base(a)}/resolve?name=KORUT`, a.tokens.viewer)).body,
    );
    expect(byAlias.items.map((e) => e.id)).toEqual([korut.id]);
    const none = await s.json("GET", `${base(a)}/resolve?name=Atlantis`, a.tokens.viewer);
    expect(none.status).toBe(200);
    expect(EntityResolutionSchema.parse(none.body).items).toEqual([]);
    // Another workspace's entities never resolve.
    const other = await s.json("GET", wsPath(b, "entities/resolve?name=Korut"), b.tokens.viewer);
    expect(EntityResolutionSchema.parse(other.body).items).toEqual([]);
  });

  it("lists newest first with a cursor, filtered by kind and by name or alias text", async ({
    server: s,
    alpha: a,
  }) => {
    await addEntity(s, a, "Choe Son Hui", "person", ["Choe Son-hui"]);
    await addEntity(s, a, "Moskow", "place", ["Moscow"]);
    const first = pageOf(EntitySchema).parse(
      (await s.json("GET", `${base(a)}?limit=2`, a.tokens.viewer)).body,
    );
    expect(first.items.map((e) => e.canonicalName)).toEqual(["Moskow", "Choe Son Hui"]);
    const rest = pageOf(EntitySchema).parse(
      (await s.json("GET", `${base(a)}?limit=2&cursor=${first.nextCursor}`, a.tokens.viewer)).body,
    );
    expect(rest.items.map((e) => e.canonicalName)).toEqual(["Korea Utara", "Kim Jong Un"]);
    expect(rest.nextCursor).toBeNull();
    const places = pageOf(EntitySchema).parse(
      (await s.json("GET", `${base(a)}?kind=place`, a.tokens.viewer)).body,
    );
    expect(places.items.map((e) => e.canonicalName)).toEqual(["Moskow"]);
    const byAlias = pageOf(EntitySchema).parse(
      (await s.json("GET", `${base(a)}?q=moscow`, a.tokens.viewer)).body,
    );
    expect(byAlias.items.map((e) => e.canonicalName)).toEqual(["Moskow"]);
    const hyphen = pageOf(EntitySchema).parse(
      (await s.json("GET", `${base(a)}?q=son-hui`, a.tokens.viewer)).body,
    );
    expect(hyphen.items.map((e) => e.canonicalName)).toEqual(["Choe Son Hui"]);
  });

  it("edits with the current version, replacing aliases, and refuses a stale version with 409", async ({
    server: s,
    alpha: a,
  }) => {
    const putin = await addEntity(s, a, "Vladimir Putin", "person", ["Putin", "Presiden Putin"]);
    const renamed = await s.json("PATCH", `${base(a)}/${putin.id}`, a.tokens.editor, {
      canonicalName: "Vladimir Vladimirovich Putin",
      version: 1,
    });
    expect(renamed.status).toBe(200);
    // Without `aliases` the old ones stay and the new name joins them.
    expect(EntitySchema.parse(renamed.body).aliases).toEqual([
      "Vladimir Vladimirovich Putin",
      "Presiden Putin",
      "Putin",
      "Vladimir Putin",
    ]);
    const replaced = EntitySchema.parse(
      (await s.json("PATCH", `${base(a)}/${putin.id}`, a.tokens.editor, { aliases: ["Putin"], version: 2 }))
        .body,
    );
    expect(replaced.aliases).toEqual(["Vladimir Vladimirovich Putin", "Putin"]);
    expect(replaced.kind).toBe("person");
    expect(replaced.version).toBe(3);
    const stale = await s.json("PATCH", `${base(a)}/${putin.id}`, a.tokens.editor, {
      kind: "organisation",
      version: 2,
    });
    expect(stale.status).toBe(409);
    expect(ErrorEnvelopeSchema.parse(stale.body).error.details).toEqual({ currentVersion: 3 });
    const resolved = EntityResolutionSchema.parse(
      (await s.json("GET", `${base(a)}/resolve?name=Presiden%20Putin`, a.tokens.viewer)).body,
    );
    expect(resolved.items).toEqual([]);
  });

  it("lets exactly one of two concurrent edits of the same version win", async ({ server: s, alpha: a }) => {
    const e = await addEntity(s, a, "Sergei Lavrov");
    const results = await Promise.all(
      [["Lavrov"], ["Sergey Lavrov"]].map((aliases) =>
        s.json("PATCH", `${base(a)}/${e.id}`, a.tokens.factchecker, { aliases, version: 1 }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const won = EntitySchema.parse(results.find((r) => r.status === 200)?.body);
    const now = EntitySchema.parse((await s.json("GET", `${base(a)}/${e.id}`, a.tokens.viewer)).body);
    expect(now.aliases).toEqual(won.aliases);
  });

  it("writes an audit row for each write, with aliases before and after", async ({ server: s, alpha: a }) => {
    const e = await addEntity(s, a, "Sergei Shoigu", "person", ["Shoigu"]);
    await s.json("PATCH", `${base(a)}/${e.id}`, a.tokens.factchecker, { aliases: [], version: 1 });
    const rows = await auditActions(s, a, e.id);
    expect(rows.map((r) => r.action)).toEqual(["entity.create", "entity.update"]);
    expect((rows[1]?.before as { aliases: string[] } | undefined)?.aliases).toEqual([
      "Sergei Shoigu",
      "Shoigu",
    ]);
    expect((rows[1]?.after as { aliases: string[] } | undefined)?.aliases).toEqual(["Sergei Shoigu"]);
  });

  it("answers invalid fields with 422 naming the paths", async ({ server: s, alpha: a }) => {
    const res = await s.json("POST", base(a), a.tokens.factchecker, {
      canonicalName: "",
      kind: "planet",
      wikidataId: "7747",
    });
    expect(res.status).toBe(422);
    expect(issuePaths(res.body)).toEqual(expect.arrayContaining(["canonicalName", "kind", "wikidataId"]));
    const noLetters = await s.json("POST", base(a), a.tokens.factchecker, {
      canonicalName: "Lavrov",
      kind: "person",
      aliases: ["Lavrov", "—"],
    });
    expect(noLetters.status).toBe(422);
    expect(issuePaths(noLetters.body)).toEqual(["aliases.1"]);
    const badResolve = await s.json("GET", `${base(a)}/resolve`, a.tokens.viewer);
    expect(badResolve.status).toBe(422);
    expect(issuePaths(badResolve.body)).toEqual(["name"]);
  });

  it("hides another workspace's entity behind 404", async ({ server: s, alpha: a, beta: b }) => {
    const theirs = await addEntity(s, b, "Beta Person");
    expect((await s.json("GET", `${base(a)}/${theirs.id}`, a.tokens.admin)).status).toBe(404);
    const patch = await s.json("PATCH", `${base(a)}/${theirs.id}`, a.tokens.admin, {
      kind: "place",
      version: 1,
    });
    expect(patch.status).toBe(404);
    expect((await s.json("GET", base(a), b.tokens.admin)).status).toBe(404);
  });

  it("answers 401 without credentials and 403 to viewers' writes", async ({ server: s, alpha: a }) => {
    expect((await s.json("GET", base(a), null)).status).toBe(401);
    expect((await s.json("POST", base(a), null, { canonicalName: "X", kind: "person" })).status).toBe(401);
    expect((await s.json("POST", base(a), a.tokens.viewer, { bogus: true })).status).toBe(403);
    const e = await addEntity(s, a, "Viewer Target");
    expect((await s.json("PATCH", `${base(a)}/${e.id}`, a.tokens.viewer, { version: 1 })).status).toBe(403);
  });
});
