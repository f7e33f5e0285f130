// A statement built once gives the text and parameters drizzle builds on each call.

import { assertions, claims } from "@kroscek/schema/tables";
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { fixedSql } from "./fixed-sql";

const dialect = new PgDialect();
const built = (q: ReturnType<typeof sql>) => {
  const { sql: text, params } = dialect.sqlToQuery(q);
  return { text, params };
};

describe("fixedSql", () => {
  const build = (workspaceId: string, row: { id: string; start: number | null }) =>
    sql`select ${assertions.id}, (select ${claims.value} from ${claims} where ${claims.id} = ${row.id}::uuid)
          from ${assertions} where ${assertions.workspaceId} = ${workspaceId}::uuid
           and ${sql`${assertions.positionStart} = ${row.start}::int or ${workspaceId}::uuid is null`}`;
  const fixed = fixedSql(["value", "fields"], build);

  it("gives drizzle's text and parameters, for each call's values", () => {
    for (const [ws, row] of [
      ["w1", { id: "c1", start: 3 }],
      ["w2", { id: "c2", start: null }],
    ] as const)
      expect(built(fixed(ws, row))).toEqual(built(build(ws, row)));
  });

  it("refuses a statement whose text depends on a value, and a list as a value", () => {
    const raw = fixedSql(["value"], (column: string) => sql`select ${sql.raw(column)} from claims`);
    expect(() => raw("id")).toThrow(/text holds one of its arguments/);
    const computed = fixedSql(["value"], (id: string) => sql`select ${id.length}`);
    expect(() => computed("id")).toThrow(/not one of its arguments/);
    const list = fixedSql(["value"], (ids: unknown) => sql`select 1 where id = any(${ids})`);
    expect(() => list(["a", "b"])).toThrow(/list or a fragment/);
  });
});
