import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirBusyError, type LockInfo } from "./lock";
import { processStartTime } from "./process-start";

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
});

/** A live process that is not Kroscek, to stand in for whoever got a dead holder's pid. */
async function otherProcess(): Promise<number> {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  children.push(child);
  await new Promise((r) => child.once("spawn", r));
  return child.pid as number;
}

function lockDir(holder: LockInfo): string {
  const dir = mkdtempSync(join(tmpdir(), "kroscek-lock-"));
  writeFileSync(join(dir, "kroscek.lock"), JSON.stringify(holder));
  return dir;
}

describe("the data directory lock", () => {
  it("records this process's pid and start time", () => {
    const dir = mkdtempSync(join(tmpdir(), "kroscek-lock-"));
    const lock = acquireDataDirLock(dir, "test");
    try {
      const info = JSON.parse(readFileSync(join(dir, "kroscek.lock"), "utf8")) as LockInfo;
      expect(info.pid).toBe(process.pid);
      expect(info.startTime).toBe(processStartTime(process.pid));
      expect(info.startTime).toEqual(expect.any(String));
    } finally {
      lock.release();
    }
  });

  it("takes over a stale lock whose pid now belongs to another process", async () => {
    const pid = await otherProcess();
    const dir = lockDir({
      pid,
      startTime: "boot+1ticks",
      purpose: "server at http://x",
      since: "2020-01-01",
    });
    const lock = acquireDataDirLock(dir, "new server");
    try {
      const info = JSON.parse(readFileSync(join(dir, "kroscek.lock"), "utf8")) as LockInfo;
      expect(info.pid).toBe(process.pid);
      expect(info.purpose).toBe("new server");
    } finally {
      lock.release();
    }
  });

  it("refuses at once while the process that wrote the lock still runs", async () => {
    const pid = await otherProcess();
    const dir = lockDir({ pid, startTime: processStartTime(pid), purpose: "import", since: "now" });
    expect(() => acquireDataDirLock(dir, "second")).toThrow(DataDirBusyError);
  });

  it("takes over a lock left by a process that has exited", async () => {
    const child = spawn(process.execPath, ["-e", "0"], { stdio: "ignore" });
    const pid = child.pid as number;
    await new Promise((r) => child.once("exit", r));
    const dir = lockDir({ pid, startTime: "boot+1ticks", purpose: "import", since: "then" });
    acquireDataDirLock(dir, "after").release();
  });
});
