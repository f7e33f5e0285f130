// Worker-thread entry: runs the reliability engine on a packed ledger, off the API's event loop.
import { parentPort } from "node:worker_threads";
import { computeOutletReliability } from "@kroscek/core";
import { type EngineMessage, type EngineRequest, type EngineResponse, OUTLET_SLICE } from "./engine";
import { ledgerRows } from "./packed-ledger";

const port = parentPort;
if (!port) throw new Error("engine-worker.ts runs only as a worker thread");

port.once("message", (request: EngineRequest) => {
  let response: EngineResponse;
  try {
    // Read in place from the columns: no object per assertion or per claim.
    const { ledger } = request;
    const run = computeOutletReliability(ledger.outlets, ledgerRows(ledger), ledger.verdicts, {
      ...request.options,
      onRound: (round) => port.postMessage({ type: "round", round } satisfies EngineMessage),
    });
    for (let i = 0; i < run.outlets.length; i += OUTLET_SLICE)
      port.postMessage({
        type: "outlets",
        rows: run.outlets.slice(i, i + OUTLET_SLICE),
      } satisfies EngineMessage);
    response = { type: "done", ok: true, run: { ...run, outlets: [] } };
  } catch (error) {
    response = { type: "done", ok: false, message: (error as Error).message ?? String(error) };
  }
  port.postMessage(response);
});
