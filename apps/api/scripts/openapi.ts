// Writes the OpenAPI document the server serves at /api/openapi.json to a file (or stdout), for
// linting and client generation. The app is built over a throwaway in-memory database it never queries.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { openDatabase } from "@kroscek/db";
import { createApp } from "../src/app";

const out = process.argv[2];
const handle = await openDatabase({ dataDir: "memory://" });
try {
  const res = await createApp({ handle }).request("/api/openapi.json");
  if (res.status !== 200) throw new Error(`/api/openapi.json answered ${res.status}`);
  const text = `${JSON.stringify(await res.json(), null, 2)}\n`;
  if (out) {
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, text);
  } else process.stdout.write(text);
} finally {
  await handle.close();
}
