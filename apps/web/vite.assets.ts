// Build steps for the served assets: every hashed asset is written precompressed (brotli and gzip)
// beside itself, and the JavaScript the first screens need is measured against a budget that fails
// the build when exceeded.
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files below this are sent as they are: compressing them saves less than the headers cost. */
const MIN_BYTES = 1024;
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|map|wasm)$/;

export interface BudgetScreen {
  /** What the screen is, for the build's report. */
  name: string;
  /** Source modules (relative to the web app) whose chunks the screen loads, besides the entry. */
  modules: string[];
}

interface ChunkInfo {
  fileName: string;
  imports: string[];
  facadeModuleId: string | null;
  isEntry: boolean;
  /** Rendered bytes per source module, to say what to cut when over budget. */
  modules: Record<string, { renderedLength: number }>;
}

export interface BudgetOptions {
  /** Gzipped JavaScript allowed for the screens together, in bytes. */
  maxGzipBytes: number;
  screens: BudgetScreen[];
}

/** The chunks a set of starting chunks loads before anything runs: them and their static imports. */
function closure(start: ChunkInfo[], byFile: Map<string, ChunkInfo>): Set<string> {
  const seen = new Set<string>();
  const visit = (c: ChunkInfo) => {
    if (seen.has(c.fileName)) return;
    seen.add(c.fileName);
    for (const f of c.imports) {
      const next = byFile.get(f);
      if (next) visit(next);
    }
  };
  for (const c of start) visit(c);
  return seen;
}

export function servedAssets(root: string, budget: BudgetOptions): Plugin {
  let outDir = "dist";
  return {
    name: "kroscek-served-assets",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle(_options, bundle) {
      const dir = resolve(root, outDir);
      const chunks: ChunkInfo[] = [];
      const files: string[] = [];
      for (const item of Object.values(bundle)) {
        files.push(item.fileName);
        if (item.type === "chunk") {
          chunks.push({
            fileName: item.fileName,
            imports: item.imports,
            facadeModuleId: item.facadeModuleId,
            isEntry: item.isEntry,
            modules: item.modules,
          });
        }
      }
      const gzipSize = new Map<string, number>();
      await Promise.all(
        files
          .filter((f) => f.startsWith("assets/") && COMPRESSIBLE.test(f))
          .map(async (f) => {
            const path = join(dir, f);
            const data = await readFile(path);
            const gz = await gzipAsync(data, { level: 9 });
            gzipSize.set(f, gz.length);
            if (data.length < MIN_BYTES) return;
            const br = await brotli(data, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
              },
            });
            await Promise.all([writeFile(`${path}.gz`, gz), writeFile(`${path}.br`, br)]);
          }),
      );

      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const entries = chunks.filter((c) => c.isEntry);
      const union = new Set<string>();
      const lines: string[] = [];
      for (const screen of budget.screens) {
        const start = [...entries];
        for (const m of screen.modules) {
          const id = join(root, m);
          const chunk = chunks.find((c) => c.facadeModuleId === id);
          if (!chunk) this.error(`bundle budget: no chunk starts at ${m}; is it still loaded lazily?`);
          start.push(chunk);
        }
        const needed = closure(start, byFile);
        let bytes = 0;
        for (const f of needed) {
          union.add(f);
          bytes += gzipSize.get(f) ?? 0;
        }
        lines.push(`  ${screen.name}: ${(bytes / 1024).toFixed(1)} KB gzipped JavaScript`);
      }
      let total = 0;
      for (const f of union) total += gzipSize.get(f) ?? 0;
      const limit = budget.maxGzipBytes;
      const summary = `bundle budget: ${(total / 1024).toFixed(1)} KB of ${(limit / 1024).toFixed(0)} KB gzipped JavaScript for ${budget.screens.map((s) => s.name).join(" + ")}`;
      console.log([summary, ...lines].join("\n"));
      if (total > limit) {
        const sizes = new Map<string, number>();
        for (const f of union) {
          for (const [id, m] of Object.entries(byFile.get(f)?.modules ?? {})) {
            const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
            const key = pkg ?? id.replace(root, "");
            sizes.set(key, (sizes.get(key) ?? 0) + m.renderedLength);
          }
        }
        const largest = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 15);
        console.log("largest sources (bytes before compression):");
        for (const [k, n] of largest) console.log(`  ${(n / 1024).toFixed(1).padStart(8)} KB  ${k}`);
        this.error(`${summary}: over budget`);
      }
    },
  };
}
