import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";

/** Raised when another live process holds the embedded database. */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Kroscek process (pid ${holder.pid}: ${holder.purpose}). ` +
        "The embedded database admits one process at a time: stop that process first, " +
        "or use the running server's HTTP API, or point both at PostgreSQL with DATABASE_URL.",
    );
    this.name = "DataDirBusyError";
  }
}

export interface LockInfo {
  pid: number;
  purpose: string;
  since: string;
}

export interface DataDirLock {
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

function readLock(path: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as LockInfo;
  } catch {
    return null;
  }
}

/**
 * Takes the data directory's lock file (created with O_EXCL, so two processes cannot both win).
 * A lock left by a dead process is replaced; a live holder makes this fail at once, never wait.
 */
export function acquireDataDirLock(dataDir: string, purpose: string): DataDirLock {
  const path = join(dataDir, "kroscek.lock");
  const info: LockInfo = { pid: process.pid, purpose, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
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
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock(path);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid))
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
