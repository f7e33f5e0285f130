import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export interface Received {
  id: string;
  body: { id: string; type: string; data: unknown; workspace: { id: string } };
  verified: boolean;
}

/** A receiver as another system would run it: verifies each signature with the endpoint's secret. */
export async function startReceiver() {
  const received: Received[] = [];
  const secrets = new Map<string, string>();
  /** Per path, what to do with the next requests: a status to answer, or "hang". */
  const plans = new Map<string, (number | "hang")[]>();
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      const raw = Buffer.concat(chunks).toString("utf8");
      let verified = false;
      try {
        new Webhook(secrets.get(path) ?? "whsec_AAAA").verify(raw, req.headers as Record<string, string>);
        verified = true;
      } catch {
        verified = false;
      }
      const next = plans.get(path)?.shift();
      received.push({ id: String(req.headers["webhook-id"]), body: JSON.parse(raw), verified });
      if (next === "hang") return; // never answers; the sender's timeout ends it
      res.writeHead(typeof next === "number" ? next : 204);
      res.end();
    });
  };
  const server: Server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    secrets,
    plans,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
