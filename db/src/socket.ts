import { chmodSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import type { Activity } from "./activity";
import { SessionGate } from "./socket-gate";

/** Socket file name inside the data directory. */
export const SOCKET_NAME = "kroscek.sock";

/** Unix socket paths are limited to about 107 bytes (sun_path); stay clear of it. */
const MAX_SOCKET_PATH = 100;

/**
 * How long a socket client may stay silent (waiting for the database or holding it idle in a
 * transaction) before its connection is closed and whatever it left open is rolled back.
 */
export const DEFAULT_SOCKET_IDLE_MS = 30_000;

export interface SharedSocket {
  path: string;
  stop(): Promise<void>;
}

export class SocketPathTooLongError extends Error {
  constructor(readonly path: string) {
    super(
      `cannot share the embedded database: the socket path ${path} is longer than ${MAX_SOCKET_PATH} bytes (use a shorter KROSCEK_DATA_DIR)`,
    );
    this.name = "SocketPathTooLongError";
  }
}

/**
 * Shares an open PGlite database with local processes on a Unix socket in its data directory,
 * speaking the PostgreSQL protocol (pglite-socket). Only the directory's owner can connect: the
 * directory is made 0700 and the socket 0600. Clients are served one session at a time (see
 * SessionGate); the caller must hold the directory's lock.
 */
export async function shareOverSocket(
  pg: PGlite,
  dataDir: string,
  options: { idleTimeoutMs?: number; activity?: Activity } = {},
): Promise<SharedSocket> {
  const path = join(dataDir, SOCKET_NAME);
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH) throw new SocketPathTooLongError(path);
  chmodSync(dataDir, 0o700);
  // A socket file left by a server that was killed; the lock says nobody else listens on it.
  rmSync(path, { force: true });
  const gate = new SessionGate(pg, options.activity);
  const server = new PGLiteSocketServer({
    db: gate.facade(),
    path,
    // Connections wait in pglite-socket's queue rather than being turned away.
    maxConnections: 64,
    idleTimeout: options.idleTimeoutMs ?? DEFAULT_SOCKET_IDLE_MS,
  });
  await server.start();
  chmodSync(path, 0o600);
  return {
    path,
    stop: async () => {
      await server.stop();
      // stop() detaches clients without waiting for the rollback of an open session.
      await gate.abort();
      await gate.whenIdle();
      rmSync(path, { force: true });
    },
  };
}
