import { parseArgs } from "node:util";
import type { Env } from "../env";
import { startServer } from "../server";
import { CliError } from "./cli-error";

export async function runServe(env: Env, args: string[]): Promise<void> {
  let values: { host?: string | undefined; port?: string | undefined; "data-dir"?: string | undefined };
  try {
    ({ values } = parseArgs({
      args,
      options: { host: { type: "string" }, port: { type: "string" }, "data-dir": { type: "string" } },
    }));
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const port = values.port === undefined ? env.PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`--port must be 0–65535, got '${values.port}'`);
  const server = await startServer({
    ...env,
    HOST: values.host ?? env.HOST,
    PORT: port,
    KROSCEK_DATA_DIR: values["data-dir"] ?? env.KROSCEK_DATA_DIR,
  });
  let closing = false;
  const stop = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: closing the server and the database…`);
    await server.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  // One write, after the signal handlers: whoever reads "listening on" has the whole banner.
  const base = env.KROSCEK_PUBLIC_URL?.replace(/\/$/, "") ?? server.url;
  const lines = [
    `Kroscek is listening on ${server.url} (database: ${server.handle.kind}, ${server.handle.location})`,
    `  API docs: ${server.url}/api/docs    health: ${server.url}/api/health`,
  ];
  if (server.socket) lines.push(`  CLI commands share the database through ${server.socket}`);
  if (server.socketProblem)
    lines.push(`  CLI commands must wait until the server stops: ${server.socketProblem}`);
  if (server.demo?.admin) {
    lines.push(
      "  Demo workspace loaded with the five seed articles. Sign in as:",
      `    e-mail:   ${server.demo.admin.email}`,
      `    password: ${server.demo.admin.password}   (shown only this once)`,
    );
  } else if (server.setupPath) {
    lines.push(
      "  No account exists yet. Open this one-time link to create the first account and workspace:",
      `    ${base}${server.setupPath}`,
      "  (or run: pnpm kroscek user create --email E --name N)",
    );
  } else {
    lines.push(
      "  Sign in with your account, or create an API token: pnpm kroscek token create --workspace S --role R",
    );
  }
  console.log(lines.join("\n"));
}
