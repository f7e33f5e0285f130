// Runs the reliability engine in a worker thread: a 10^6-assertion workspace keeps the engine busy
// for minutes, and the API must go on answering (and renewing the snapshot's lease) meanwhile.
import { Worker } from "node:worker_threads";
import type { ReliabilityRun, RoundReport, ScoreWeights, TruthParams } from "@kroscek/core";
import type { PackedLedger } from "./packed-ledger";
import type { StoredPart } from "./state-parts";

export interface EngineOptions {
  params?: Partial<TruthParams>;
  weights?: ScoreWeights;
  minEvidence?: number;
}
/**
 * What the worker computes from: a ledger already packed (transferred, not copied), or a
 * PostgreSQL database it reads the workspace's ledger from itself, on its own connection, so
 * neither the rows nor their packing ever touch the API's event loop.
 */
export type LedgerSource = { ledger: PackedLedger } | { read: { url: string; workspaceId: string } };
export type EngineRequest = LedgerSource & { options: EngineOptions };
export type EngineResponse =
  | { type: "done"; ok: true; run: ReliabilityRun }
  | { type: "done"; ok: false; message: string };
/**
 * What the worker sends: a report after each round, the stored state, the outlet rows, then the
 * result without its rows. The outlet rows come as the JSON text the score insert takes, in
 * slices, all of them UTF-8 in one transferred buffer: the API thread neither decodes nor
 * re-encodes ten thousand row objects, receives them without copying, and makes each slice's
 * string only when it writes it.
 */
export type EngineMessage =
  | { type: "round"; round: RoundReport }
  /** While the worker reads the ledger: the share read so far; then how long reading took. */
  | { type: "reading"; share: number }
  | { type: "read"; ms: number }
  /** The run's end state in its stored form (state-parts.ts), which refreshes start from. */
  | { type: "state"; state: Uint8Array; parts: StoredPart[] }
  /** The outlet rows: slice i is `json[ends[i - 1] ?? 0, ends[i])`, `scoreRowsJson` of the slice. */
  | { type: "outlets"; json: Uint8Array; ends: Int32Array }
  | EngineResponse;

/** The outlet rows as `scoreRowsJson` slices in one buffer (made in the worker). */
export function encodeScoreSlices(rows: ReliabilityRun["outlets"]): { json: Uint8Array; ends: Int32Array } {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (let i = 0; i < rows.length; i += OUTLET_SLICE)
    parts.push(encoder.encode(scoreRowsJson(rows.slice(i, i + OUTLET_SLICE))));
  const ends = new Int32Array(parts.length);
  let size = 0;
  parts.forEach((part, i) => {
    size += part.length;
    ends[i] = size;
  });
  const json = new Uint8Array(size);
  parts.forEach((part, i) => {
    json.set(part, (ends[i] as number) - part.length);
  });
  return { json, ends };
}

/** The slices of `encodeScoreSlices`, each decoded when it is asked for. */
export function* scoreSlices(slices: { json: Uint8Array; ends: Int32Array }): Generator<string> {
  const decoder = new TextDecoder();
  for (let i = 0; i < slices.ends.length; i++)
    yield decoder.decode(slices.json.subarray(i === 0 ? 0 : (slices.ends[i - 1] as number), slices.ends[i]));
}

/** Outlet rows per message from the worker. */
export const OUTLET_SLICE = 500;

/**
 * How far the engine has got, 0–1, from its last round: rounds shrink the largest accuracy change
 * roughly geometrically until it is under the tolerance, so progress is log(delta) on the way from
 * log(1) to log(tolerance). Never goes back.
 */
export function engineShare(r: RoundReport, previous = 0): number {
  if (r.delta <= r.tolerance) return 1;
  const share = Math.log(Math.max(r.delta, Number.MIN_VALUE)) / Math.log(r.tolerance);
  return Math.max(previous, Math.min(1, Math.max(0, share)), r.round / r.maxRounds);
}

/** Set by the server build: the compiled worker, relative to this source file. */
declare const KROSCEK_ENGINE_WORKER: string | undefined;
// The built server runs the compiled worker; from the sources (tests, the CLI through tsx) the
// worker's bootstrap registers tsx in its thread and runs the TypeScript entry.
const workerUrl =
  typeof KROSCEK_ENGINE_WORKER === "string"
    ? new URL(KROSCEK_ENGINE_WORKER, import.meta.url)
    : new URL("./engine-worker.mjs", import.meta.url);

export interface EngineEvents {
  onRound?: (round: RoundReport) => void;
  /** The share of the ledger read so far, when the worker reads it. */
  onReading?: (share: number) => void;
}

/** Runs the engine in a fresh worker thread; `readMs` is set when the worker read the ledger. */
export function runEngineInWorker(
  source: LedgerSource,
  options: EngineOptions,
  events: EngineEvents = {},
): Promise<{
  /** The run without its outlet rows, which come as `scoreRows`. */
  run: ReliabilityRun;
  /** The outlet rows in slices, each the JSON array `scoreRowsJson` makes, decoded one by one. */
  scoreRows: Iterable<string>;
  readMs: number | null;
  stored: { state: Uint8Array; parts: StoredPart[] } | null;
}> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl);
    let settled = false;
    let readMs: number | null = null;
    let stored: { state: Uint8Array; parts: StoredPart[] } | null = null;
    let outlets: { json: Uint8Array; ends: Int32Array } = {
      json: new Uint8Array(0),
      ends: new Int32Array(0),
    };
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on("message", (message: EngineMessage) => {
      if (message.type === "round") return events.onRound?.(message.round);
      if (message.type === "reading") return events.onReading?.(message.share);
      if (message.type === "read") {
        readMs = message.ms;
        return;
      }
      if (message.type === "state") {
        stored = { state: message.state, parts: message.parts };
        return;
      }
      if (message.type === "outlets") {
        outlets = { json: message.json, ends: message.ends };
        return;
      }
      // The worker (and its memory) goes as soon as the result is in.
      finish(() =>
        message.ok
          ? resolve({ run: message.run, scoreRows: scoreSlices(outlets), readMs, stored })
          : reject(new Error(message.message)),
      );
    });
    worker.once("error", (error) => finish(() => reject(error)));
    worker.once("exit", (code) =>
      finish(() => reject(new Error(`the reliability engine's worker stopped (exit code ${code})`))),
    );
    const request: EngineRequest = { ...source, options };
    worker.postMessage(
      request,
      "ledger" in source
        ? ([source.ledger.refs.buffer, source.ledger.publishedAt.buffer] as ArrayBuffer[])
        : [],
    );
  });
}

/**
 * Outlet rows as the JSON array `json_populate_recordset(null::reliability_scores, …)` reads (column
 * names as keys). Made in the worker: the API thread sends the text on without touching the rows.
 */
export function scoreRowsJson(rows: ReliabilityRun["outlets"]): string {
  return JSON.stringify(
    rows.map((o) => ({
      outlet_id: o.outletId,
      status: o.status,
      basis: o.basis,
      score: o.score,
      accuracy: o.accuracy,
      accuracy_low: o.accuracyLow,
      accuracy_high: o.accuracyHigh,
      assertion_count: o.assertionCount,
      claim_count: o.claimCount,
      unsourced_count: o.unsourcedCount,
      anonymous_count: o.anonymousCount,
      components: o.components,
    })),
  );
}
