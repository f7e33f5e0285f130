import { existsSync } from "node:fs";

const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/**
 * The Chromium the browser tests drive: `KROSCEK_CHROMIUM`, else Debian's `/usr/bin/chromium`.
 * Without one the browser tests are skipped with a message saying how to get them, unless
 * `KROSCEK_REQUIRE_BROWSER_TESTS=1` (set by CI), which turns a missing browser into a failure.
 */
export function chromiumExecutable(): string | null {
  const path = process.env.KROSCEK_CHROMIUM || DEFAULT_CHROMIUM;
  if (existsSync(path)) return path;
  const message =
    `No Chromium at ${path}: the browser tests are skipped. Install it (Debian: apt-get install -y chromium) ` +
    "or point KROSCEK_CHROMIUM at a Chromium or Chrome binary.";
  if (process.env.KROSCEK_REQUIRE_BROWSER_TESTS === "1") throw new Error(message);
  console.warn(message);
  return null;
}
