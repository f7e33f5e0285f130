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
  /** `slices`: how many slices of outlet rows the worker gives, one per `next` request. */
  | { type: "done"; ok: true; run: ReliabilityRun; slices: number }
  | { type: "done"; ok: false; message: string };
/**
 * What the worker sends: a report after each round, the stored state, then the result without its
 * rows; after that, one slice of the outlet rows as the JSON text the score insert takes for each
 * `next` request (the API thread neither decodes nor re-encodes ten thousand row objects, and
 * receives one slice per task instead of all of them in one).
 */
export type EngineMessage =
  | { type: "round"; round: RoundReport }
  /** While the worker reads the ledger: the share read so far; then how long reading took. */
  | { type: "reading"; share: number }
  | { type: "read"; ms: number }
  /** The run's end state in its stored form (state-parts.ts), which refreshes start from. */
  | { type: "state"; state: Uint8Array; parts: StoredPart[] }
  /** A slice of the outlet rows as the JSON the score insert reads (`scoreRowsJson`). */
  | { type: "outlets"; json: string }
  | EngineResponse;
/** What the API thread sends the worker after the request: give the next slice of outlet rows. */
export type EngineRequestNext = { type: "next" };

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

/** A finished run; the worker lives until `close` (it holds the outlet rows `scoreRows` pulls). */
export interface WorkerRun {
  /** The run without its outlet rows, which come from `scoreRows`. */
  run: ReliabilityRun;
  /** The outlet rows in slices, each the JSON array `scoreRowsJson` makes, pulled one by one. */
  scoreRows: AsyncIterable<string>;
  readMs: number | null;
  stored: { state: Uint8Array; parts: StoredPart[] } | null;
  /** Stops the worker (idempotent). */
  close: () => Promise<void>;
}

/** Runs the engine in a fresh worker thread; `readMs` is set when the worker read the ledger. */
export function runEngineInWorker(
  source: LedgerSource,
  options: EngineOptions,
  events: EngineEvents = {},
): Promise<WorkerRun> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl);
    let settled = false;
    let stopped = false;
    let readMs: number | null = null;
    let stored: { state: Uint8Array; parts: StoredPart[] } | null = null;
    const close = async () => {
      if (stopped) return;
      stopped = true;
      await worker.terminate();
    };
    // The slice asked for, while one is.
    let waiting: { resolve: (json: string) => void; reject: (error: Error) => void } | null = null;
    const fail = (error: Error) => {
      const w = waiting;
      waiting = null;
      w?.reject(error);
      if (!settled) {
        settled = true;
        reject(error);
      }
      void close();
    };
    const slicesOf = (count: number): AsyncIterable<string> => ({
      async *[Symbol.asyncIterator]() {
        for (let i = 0; i < count; i++) {
          if (stopped) throw new Error("the reliability engine's worker was closed");
          const json = await new Promise<string>((res, rej) => {
            waiting = { resolve: res, reject: rej };
            worker.postMessage({ type: "next" } satisfies EngineRequestNext);
          });
          yield json;
        }
      },
    });
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
        const w = waiting;
        waiting = null;
        w?.resolve(message.json);
        return;
      }
      if (settled) return;
      if (!message.ok) return fail(new Error(message.message));
      settled = true;
      resolve({ run: message.run, scoreRows: slicesOf(message.slices), readMs, stored, close });
    });
    worker.once("error", (error) => fail(error));
    worker.once("exit", (code) => {
      if (!stopped) fail(new Error(`the reliability engine's worker stopped (exit code ${code})`));
    });
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
