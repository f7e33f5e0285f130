// Statements of the per-write path whose text never changes, only their values: drizzle builds a
// statement's text from its pieces (nested fragments, column objects) on every call, which costs
// more CPU than PostgreSQL takes to run some of them. Here the text is built once, on first use,
// and each call only puts its values in place.
import { type Query, SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";

/** Builds statement text as the sessions do (PostgreSQL dialect, `$n` parameters, no casing). */
const dialect = new PgDialect();

/** A statement already built: its text, and its parameters in order. */
class BuiltSql extends SQL {
  constructor(private readonly query: Query) {
    super([]);
  }

  override toQuery(): Query {
    return this.query;
  }
}

/** How `build` takes one argument: as a value, or as an object whose fields it reads. */
type ArgumentKind = "value" | "fields";

/**
 * `build` as a statement whose text is built once. `build` must put each argument (or, for an
 * argument of kind "fields", each field it reads) straight into the statement as a parameter
 * (`${arg}`, never `sql.raw(arg)` nor text that depends on a value): its text is built from one
 * marker per argument or field; the first call throws when the text holds a marker or a parameter
 * is not one.
 */
export function fixedSql<A extends unknown[]>(
  kinds: { [K in keyof A]: ArgumentKind },
  build: (...args: A) => SQL,
): (...args: A) => SQL {
  let template: { text: string; slots: Array<[number, string | null]> } | null = null;
  return (...args: A): SQL => {
    if (!template) template = templateOf(kinds as readonly ArgumentKind[], build as (...a: unknown[]) => SQL);
    const { text, slots } = template;
    const params = slots.map(([i, field]) => {
      const arg = args[i];
      const value = field === null ? arg : (arg as Record<string, unknown>)[field];
      // drizzle would have spread a list, or built a fragment, into the text.
      if (Array.isArray(value) || (typeof value === "object" && value !== null && "getSQL" in value))
        throw new Error("a fixed statement's parameter is a list or a fragment");
      return value;
    });
    return new BuiltSql({ sql: text, params });
  };
}

function templateOf(kinds: readonly ArgumentKind[], build: (...a: unknown[]) => SQL) {
  const slotOf = new Map<string, [number, string | null]>();
  const marker = (i: number, field: string | null) => {
    const m = `\u0000fixed-sql:${i}:${field ?? ""}\u0000`;
    slotOf.set(m, [i, field]);
    return m;
  };
  const markers = kinds.map((kind, i) =>
    kind === "value"
      ? marker(i, null)
      : new Proxy({}, { get: (_t, field) => (typeof field === "string" ? marker(i, field) : undefined) }),
  );
  const built = dialect.sqlToQuery(build(...markers));
  if (built.sql.includes("\u0000fixed-sql:"))
    throw new Error("a fixed statement's text holds one of its arguments");
  const slots = built.params.map((p) => {
    const slot = typeof p === "string" ? slotOf.get(p) : undefined;
    if (!slot) throw new Error("a fixed statement's parameter is not one of its arguments");
    return slot;
  });
  return { text: built.sql, slots };
}
