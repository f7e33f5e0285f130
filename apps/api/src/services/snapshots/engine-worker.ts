// Worker-thread entry: reads the ledger (when given a database) and runs the reliability engine
// on it, off the API's event loop.
import { parentPort } from "node:worker_threads";
import { computeOutletReliability, detachState, objectClaims } from "@kroscek/core";
import { type EngineMessage, type EngineRequest, type EngineResponse, encodeScoreSlices } from "./engine";
import { ledgerRows, type PackedLedger } from "./packed-ledger";
import { encodeParts, encodeState } from "./state-parts";

const port = parentPort;
if (!port) throw new Error("engine-worker.ts runs only as a worker thread");

/**
 * Reads the workspace's ledger on connections of this thread's own (`copyLedger`). The database modules are
 * loaded only here: a worker handed its ledger starts without them.
 */
async function readLedger(url: string, workspaceId: string): Promise<PackedLedger> {
  const t0 = performance.now();
  const [{ openDatabase }, { copyLedger }] = await Promise.all([import("@kroscek/db"), import("./ledger")]);
  const handle = await openDatabase({ url, maxConnections: 1 });
  try {
    const ledger = await copyLedger(handle.db, url, workspaceId, (share) =>
      port?.postMessage({ type: "reading", share } satisfies EngineMessage),
    );
    port?.postMessage({ type: "read", ms: performance.now() - t0 } satisfies EngineMessage);
    return ledger;
  } finally {
    await handle.close();
  }
}

/** Reads the ledger (unless handed it) and runs the engine; the ledger is not held past the run. */
async function runEngine(request: EngineRequest) {
  const ledger =
    "ledger" in request ? request.ledger : await readLedger(request.read.url, request.read.workspaceId);
  // Read in place from the columns: no object per assertion or per claim.
  return computeOutletReliability(ledger.outlets, ledgerRows(ledger), ledger.verdicts, {
    ...request.options,
    keepState: true,
    onRound: (round) => port?.postMessage({ type: "round", round } satisfies EngineMessage),
  });
}

port.once("message", async (request: EngineRequest) => {
  let response: EngineResponse;
  try {
    const { state, ...run } = await runEngine(request);
    if (state) {
      // Serialised here, transferred (not copied): the API thread only writes the bytes.
      const stored = { state: encodeState(detachState(state)), parts: encodeParts(objectClaims(state)) };
      port.postMessage({ type: "state", ...stored } satisfies EngineMessage, [
        stored.state.buffer,
        ...stored.parts.map((p) => p.claims.buffer),
      ] as ArrayBuffer[]);
    }
    const slices = encodeScoreSlices(run.outlets);
    port.postMessage({ type: "outlets", ...slices } satisfies EngineMessage, [
      slices.json.buffer,
      slices.ends.buffer,
    ] as ArrayBuffer[]);
    response = { type: "done", ok: true, run: { ...run, outlets: [] } };
  } catch (error) {
    response = { type: "done", ok: false, message: (error as Error).message ?? String(error) };
  }
  port.postMessage(response);
});
