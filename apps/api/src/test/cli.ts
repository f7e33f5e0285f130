import { type ChildProcess, execFile, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const apiDir = fileURLToPath(new URL("../..", import.meta.url));
const main = fileURLToPath(new URL("../cli/main.ts", import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The process environment for a CLI run on an embedded data directory (no DATABASE_URL). */
export function embeddedEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return { ...rest, KROSCEK_DATA_DIR: dataDir, ...extra };
}

/** Runs `kroscek <args>` as a separate process, as a user would. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", main, ...args],
      { cwd: apiDir, env, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Starts `kroscek serve` and resolves once it prints where it listens. */
export function startCliServer(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; url: string; output: () => string; stop: () => Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", main, "serve", ...args], { cwd: apiDir, env });
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m?.[1]) {
        resolve({
          child,
          url: m[1],
          output: () => output,
          stop: () =>
            new Promise((r) => {
              if (child.exitCode !== null) return r(child.exitCode);
              child.once("exit", (code) => r(code));
              child.kill("SIGTERM");
            }),
        });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000).unref();
  });
}
