// Summarises a V8 CPU profile (`node --cpu-prof`): self time by function and by module, and the
// inclusive time of the product's own middleware and route functions.
//   node --import tsx packages/bench/api/cpu-profile.ts FILE.cpuprofile [--top 30]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "30" } },
});
const file = positionals[0];
if (!file) throw new Error("usage: cpu-profile.ts FILE.cpuprofile [--top N]");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const top = Number(values.top);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => {
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

/** "node_modules/.pnpm/hono@4/node_modules/hono/dist/x.js" → "hono"; own code → its path tail. */
function moduleOf(url: string): string {
  if (!url) return "(native/vm)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith("node:")) return url;
  return url.replace(/^.*\/(apps|packages|db)\//, "$1/");
}
const label = (n: ProfileNode) =>
  `${n.callFrame.functionName || "(anonymous)"} ${moduleOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

function table(title: string, rows: Map<string, number>) {
  console.log(`\n${title}`);
  for (const [k, us] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(
      `${((100 * us) / total).toFixed(1).padStart(6)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`,
    );
  }
}

const selfByFn = new Map<string, number>();
const selfByModule = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, us] of selfUs) {
  const n = byId.get(id);
  if (!n) continue;
  selfByFn.set(label(n), (selfByFn.get(label(n)) ?? 0) + us);
  const m = moduleOf(n.callFrame.url);
  selfByModule.set(m, (selfByModule.get(m) ?? 0) + us);
  // Inclusive time: every distinct frame on the stack gets the sample once.
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const f = byId.get(cur);
    if (!f) break;
    const l = label(f);
    if (!seen.has(l)) {
      seen.add(l);
      inclusive.set(l, (inclusive.get(l) ?? 0) + us);
    }
  }
}
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
table("self time by module", selfByModule);
table("self time by function", selfByFn);
const own = new Map([...inclusive].filter(([k]) => / (apps|packages|db)\//.test(k)));
table("inclusive time of the product's own functions", own);
