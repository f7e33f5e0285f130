import { DataDirBusyError, safeMessage, sharedConnectionLost } from "@kroscek/db";
import { loadEnv } from "../env";
import { CliError, usage } from "./cli-error";
import { runExport } from "./export";
import { runImport } from "./import";
import { runMigrate } from "./migrate";
import { runRedetect } from "./redetect";
import { runServe } from "./serve";
import { runToken } from "./token";
import { runUser } from "./user";
import { runWorkspace } from "./workspace";

const commands: Record<string, (args: string[]) => Promise<void>> = {
  serve: (args) => runServe(loadEnv(), args),
  migrate: () => runMigrate(loadEnv()),
  import: (args) => runImport(loadEnv(), args),
  token: (args) => runToken(loadEnv(), args),
  export: (args) => runExport(loadEnv(), args),
  user: (args) => runUser(loadEnv(), args),
  workspace: (args) => runWorkspace(loadEnv(), args),
  redetect: (args) => runRedetect(loadEnv(), args),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    console.log(usage);
    return command ? 0 : 2;
  }
  const run = commands[command];
  if (!run) {
    console.error(`kroscek: unknown command '${command}'\n\n${usage}`);
    return 2;
  }
  try {
    await run(rest);
    return 0;
  } catch (error) {
    if (error instanceof CliError || error instanceof DataDirBusyError) {
      console.error(`kroscek ${command}: ${error.message}`);
      return error instanceof CliError ? error.exitCode : 3;
    }
    console.error(`kroscek ${command}: ${sharedConnectionLost(error) ?? safeMessage(error)}`);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
if (code !== 0 || process.argv[2] !== "serve") process.exit(code);
