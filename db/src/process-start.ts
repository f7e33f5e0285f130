import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/**
 * When the process `pid` started, as the operating system records it, or null if it cannot be
 * told (no such process, no /proc and no ps). Two readings are equal exactly when they name the
 * same process: a pid that has been reused by a later process gives a different value.
 * On Linux it is the start time in clock ticks since boot (/proc/<pid>/stat, field 22), elsewhere
 * the start time `ps` prints.
 */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses; fields after it are plain.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = fields[19];
    if (ticks && /^\d+$/.test(ticks)) return `boot+${ticks}ticks`;
  } catch {
    // No /proc (macOS, BSD) or no such process: ask ps.
  }
  try {
    const started = execFileSync("ps", ["-o", "lstart=", "-p", String(pid)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 2000,
    }).trim();
    return started === "" ? null : started;
  } catch {
    return null;
  }
}
