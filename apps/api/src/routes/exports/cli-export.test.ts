import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate, openDatabase } from "@kroscek/db";
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../services/actor";
import { startSnapshot, waitForSnapshots } from "../../services/snapshots/runner";
import { embeddedEnv, runCli } from "../../test/cli";
import { buildLedger, LedgerFixture } from "../../test/ledger-fixture";
import { seedWorkspace } from "../../test/seed";

const scratch = mkdtempSync(join(tmpdir(), "kroscek-export-"));
const dataDir = join(scratch, "data");
const env = embeddedEnv(dataDir);

describe("kroscek export", () => {
  let snapshotId: string;

  // The CLI opens the data directory itself, so the ledger is prepared first and the handle closed.
  beforeAll(async () => {
    const handle = await openDatabase({ dataDir, purpose: "test" });
    try {
      await migrate(handle);
      const ws = await seedWorkspace(handle.db, "newsroom");
      await buildLedger(new LedgerFixture(handle.db, ws.id));
      snapshotId = (await startSnapshot(handle.db, systemActor(ws.id), { params: {} })).id;
      await waitForSnapshots();
    } finally {
      await handle.close();
    }
  }, 120_000);

  it("streams reliability CSV to stdout and JSON to a file", async () => {
    const csv = await runCli(["export", "reliability", "--workspace", "newsroom"], env);
    expect(csv.stderr).toBe("");
    expect(csv.code).toBe(0);
    const rows = parseCsv(csv.stdout, { record_delimiter: "\r\n" });
    expect(rows).toHaveLength(11);
    expect(rows[1]).toContain(snapshotId);
    const out = join(scratch, "rel.json");
    const json = await runCli(
      [
        "export",
        "reliability",
        "--format",
        "json",
        "--snapshot",
        snapshotId,
        "--workspace",
        "newsroom",
        "--out",
        out,
      ],
      env,
    );
    expect(json.code).toBe(0);
    const body = JSON.parse(readFileSync(out, "utf8")) as { snapshot: { id: string }; rows: unknown[] };
    expect(body.snapshot.id).toBe(snapshotId);
    expect(body.rows).toHaveLength(10);
    expect(existsSync(`${out}.partial`)).toBe(false);
  }, 120_000);

  it("fails clearly, with a non-zero exit, on bad input", async () => {
    const cases: Array<[string[], number, RegExp]> = [
      [["export"], 2, /name what to export/],
      [["export", "everything"], 2, /not 'everything'/],
      [["export", "reliability", "--format", "xlsx"], 2, /csv or json, not 'xlsx'/],
      [["export", "assertions", "--snapshot", "x"], 2, /reliability only/],
      [["export", "assertions", "--workspace", "nowhere"], 2, /unknown workspace 'nowhere'/],
      [
        [
          "export",
          "reliability",
          "--workspace",
          "newsroom",
          "--snapshot",
          "0190f5d2-0000-7000-8000-000000000000",
        ],
        1,
        /Snapshot not found/,
      ],
    ];
    for (const [args, code, message] of cases) {
      const res = await runCli(args, env);
      expect(res.code, args.join(" ")).toBe(code);
      expect(res.stderr).toMatch(message);
      expect(res.stdout).toBe("");
    }
  }, 180_000);

  it("exports assertions, ClaimReview and annotations", async () => {
    const assertions = await runCli(["export", "assertions", "--workspace", "newsroom"], env);
    expect(assertions.code).toBe(0);
    expect(parseCsv(assertions.stdout, { record_delimiter: "\r\n" })).toHaveLength(26);
    const reviews = await runCli(["export", "claimreview", "--workspace", "newsroom"], env);
    expect(JSON.parse(reviews.stdout)).toEqual({ "@context": "https://schema.org", "@graph": [] });
    const annotations = await runCli(["export", "annotations", "--workspace", "newsroom"], env);
    expect(JSON.parse(annotations.stdout).first.items).toHaveLength(25);
  }, 120_000);
});
