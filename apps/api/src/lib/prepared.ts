// Read queries whose text never changes, only their values: drizzle builds a query's text from
// its pieces (column objects, nested conditions) on every call, which costs the hot read endpoints
// more CPU than mapping their rows. Here each query is built once per database handle (and per
// shape, for a query whose conditions depend on which filters are given), with placeholders for
// its values, and each call only fills them in. The rows are mapped by drizzle as before, so the
// answers do not change.
import type { Db } from "@kroscek/db";

/** What a drizzle query built with placeholders runs as. */
export interface PreparedRead<R> {
  execute(values?: Record<string, unknown>): Promise<R>;
}

interface Preparable<R> {
  prepare(name: string): PreparedRead<R>;
}

/**
 * `build(db, shape)` as a query built once per database handle and shape. `build` must give the
 * same query for the same shape, with every value a `sql.placeholder(…)` filled by `values`
 * (never a value of one call in the text). `shape` names the parts present, e.g. "status,eventId";
 * a query has few shapes, so the kept queries stay few.
 */
export function preparedRead<R, S extends string = "">(
  build: (db: Db, shape: S) => Preparable<R>,
): (db: Db, values: Record<string, unknown>, shape?: S) => Promise<R> {
  const byDb = new WeakMap<Db, Map<string, PreparedRead<R>>>();
  return (db, values, shape = "" as S) => {
    let shapes = byDb.get(db);
    if (!shapes) {
      shapes = new Map();
      byDb.set(db, shapes);
    }
    let query = shapes.get(shape);
    if (!query) {
      // No statement name: the driver decides how to prepare it, as for any other query (the
      // pool prepares every statement; a connection shared with other processes prepares none).
      query = build(db, shape).prepare(undefined as unknown as string);
      shapes.set(shape, query);
    }
    return query.execute(values);
  };
}

/** A PostgreSQL array literal of uuids (uuids need no quoting), sent as one parameter. */
export const uuidArray = (ids: readonly string[]) => `{${ids.join(",")}}`;
