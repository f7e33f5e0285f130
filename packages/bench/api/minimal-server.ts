// The framework floor for the throughput benchmark: Hono on @hono/node-server with postgres.js,
// answering each benchmarked path by running the SQL statements the product ran for it (recorded
// by throughput.ts, same text and parameters, prepared) and sending their rows as JSON. No
// authentication, validation or mapping: what is left is HTTP, routing, the database round trips
// and JSON.
//
//   node --import tsx packages/bench/api/minimal-server.ts <recorded.json> <database url>
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import postgres from "postgres";

export interface RecordedStatement {
  query: string;
  params: unknown[];
}
/** Per benchmarked path (with its query string): the statements the product ran, in order. */
export type Recorded = Record<string, RecordedStatement[]>;

const [file, url] = process.argv.slice(2);
if (!file || !url) throw new Error("usage: minimal-server.ts <recorded.json> <database url>");
const recorded = JSON.parse(readFileSync(file, "utf8")) as Recorded;
const sql = postgres(url, { max: 10, onnotice: () => {} });

const app = new Hono();
app.get("*", async (c) => {
  const { pathname, search } = new URL(c.req.url);
  const statements = recorded[pathname + search];
  if (!statements) return c.json({ error: "not recorded" }, 404);
  const results: unknown[] = [];
  for (const s of statements) {
    results.push(await sql.unsafe(s.query, s.params as never[], { prepare: true }));
  }
  return c.json(results);
});

const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => {
  const { port } = server.address() as AddressInfo;
  console.log(`minimal server listening on http://127.0.0.1:${port}`);
});
process.on("SIGTERM", () => {
  server.close();
  void sql.end({ timeout: 1 }).then(() => process.exit(0));
});
