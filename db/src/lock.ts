import {
  closeSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { processStartTime } from "./process-start";

/** Raised when another live process holds the embedded database and it cannot be shared. */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
    reason = "The embedded database admits one process at a time unless a running server shares it",
  ) {
    super(
      `The data directory ${dataDir} is in use by another Kroscek process (pid ${holder.pid}: ${holder.purpose}). ` +
        `${reason}: stop that process first, or use the running server's HTTP API, ` +
        "or point both at PostgreSQL with DATABASE_URL.",
    );
    this.name = "DataDirBusyError";
  }
}

export interface LockInfo {
  pid: number;
  /** The holder's start time as the OS records it (see processStartTime); tells a reused pid apart. */
  startTime?: string | null;
  purpose: string;
  since: string;
  /** The Unix socket on which the holder (a running server) shares the database, once it listens. */
  socket?: string;
  /** Why a server that meant to share the database could not (no socket will appear). */
  unshared?: string;
}

export interface DataDirLock {
  readonly path: string;
  /** Rewrites the lock's details (atomically: the lock file never disappears meanwhile). */
  update(change: Partial<Pick<LockInfo, "socket" | "unshared">>): void;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** True when the process that wrote the lock still runs: its pid is alive and started when it did. */
export function holderIsAlive(holder: LockInfo): boolean {
  if (!isAlive(holder.pid)) return false;
  // A lock without a start time (older format) can only be judged by its pid.
  if (!holder.startTime) return true;
  const now = processStartTime(holder.pid);
  return now === null || now === holder.startTime;
}

export function readLock(path: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as LockInfo;
  } catch {
    return null;
  }
}

function justWritten(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < 2000;
  } catch {
    return false;
  }
}

/**
 * Takes the data directory's lock file (created with O_EXCL, so two processes cannot both win).
 * A lock left by a dead process, or by a process whose pid now belongs to another program, is
 * replaced; a live holder makes this fail at once, never wait.
 */
export function acquireDataDirLock(dataDir: string, purpose: string): DataDirLock {
  const path = join(dataDir, "kroscek.lock");
  let info: LockInfo = {
    pid: process.pid,
    startTime: processStartTime(process.pid),
    purpose,
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 40; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o600);
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readLock(path)?.pid === process.pid) unlinkSync(path);
        process.off("exit", release);
      };
      process.on("exit", release);
      return {
        path,
        update(change) {
          info = { ...info, ...change };
          const next = `${path}.${process.pid}.tmp`;
          writeFileSync(next, JSON.stringify(info), { mode: 0o600 });
          renameSync(next, path);
        },
        release,
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock(path);
      if (!holder && justWritten(path)) {
        // Another process created the file a moment ago and is still writing its details.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        continue;
      }
      if (holder && holder.pid !== process.pid && holderIsAlive(holder))
        throw new DataDirBusyError(dataDir, holder);
      // Stale: move it aside atomically so only one contender removes it, then retry.
      try {
        renameSync(path, `${path}.stale-${process.pid}`);
        unlinkSync(`${path}.stale-${process.pid}`);
      } catch {
        // Another process took it over first; the next attempt sees its lock.
      }
    }
  }
  throw new Error(`Could not lock the data directory ${dataDir}`);
}
