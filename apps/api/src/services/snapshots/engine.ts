// Runs the reliability engine in a worker thread: a 10^6-assertion workspace keeps the engine busy
// for minutes, and the API must go on answering (and renewing the snapshot's lease) meanwhile.
import { Worker } from "node:worker_threads";
import type { ReliabilityRun, ScoreWeights, TruthParams } from "@kroscek/core";
import type { PackedLedger } from "./packed-ledger";

export interface EngineOptions {
  params?: Partial<TruthParams>;
  weights?: ScoreWeights;
}
export interface EngineRequest {
  ledger: PackedLedger;
  options: EngineOptions;
}
export type EngineResponse = { ok: true; run: ReliabilityRun } | { ok: false; message: string };

// The worker runs the TypeScript sources like the rest of the server; its bootstrap registers tsx.
const workerUrl = new URL("./engine-worker.mjs", import.meta.url);

export function runEngineInWorker(packed: PackedLedger, options: EngineOptions): Promise<ReliabilityRun> {
  return new Promise<ReliabilityRun>((resolve, reject) => {
    const worker = new Worker(workerUrl);
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once("message", (response: EngineResponse) =>
      finish(() => (response.ok ? resolve(response.run) : reject(new Error(response.message)))),
    );
    worker.once("error", (error) => finish(() => reject(error)));
    worker.once("exit", (code) =>
      finish(() => reject(new Error(`the reliability engine's worker stopped (exit code ${code})`))),
    );
    const request: EngineRequest = { ledger: packed, options };
    worker.postMessage(request, [packed.refs.buffer, packed.publishedAt.buffer] as ArrayBuffer[]);
  });
}
