// What recomputing the same-event suggestions costs as a workspace grows: the grouping itself
// (packages/core/src/grouping) over synthetic claim suggestions shaped like news: articles of four
// sentences, participants drawn from a pool of 300 names (a few of them in most stories), dates
// over two years, some sentences undated or with no participant, one story in ten copied by a second
// outlet. Prints, per size, the time and the number of groups.
//
//   pnpm exec tsx packages/bench/api/grouping.ts

import { type GroupCandidate, groupEventCandidates } from "@kroscek/core";

function synthetic(articles: number): GroupCandidate[] {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const kinds = ["meeting", "visit", "statement", "agreement", "military_action", "other"] as const;
  const person = () => {
    // A few names (heads of state) appear in most stories.
    const i = rnd() < 0.5 ? Math.floor(rnd() * 5) : Math.floor(rnd() * 300);
    return { key: `p${i}`, name: `Person ${i}` };
  };
  const out: GroupCandidate[] = [];
  const start = Date.UTC(2023, 0, 1);
  for (let a = 0; a < articles; a++) {
    const copies = rnd() < 0.1 ? 2 : 1;
    const sentences = Array.from({ length: 4 }, (_, s) => {
      const day = Math.floor(rnd() * 730);
      const d = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
      return {
        kind: kinds[Math.floor(rnd() * kinds.length)] as (typeof kinds)[number],
        text: `Sentence ${s} of story ${a} with words w${Math.floor(rnd() * 5000)} w${Math.floor(rnd() * 5000)} w${Math.floor(rnd() * 5000)}`,
        participants: rnd() < 0.2 ? [] : [person(), person()],
        place: rnd() < 0.5 ? { key: `pl${Math.floor(rnd() * 100)}`, name: "Place" } : null,
        date:
          rnd() < 0.3 ? null : { start: `${d}T00:00:00Z`, end: `${d}T23:59:59Z`, precision: "day" as const },
      };
    });
    for (let c = 0; c < copies; c++)
      sentences.forEach((s, i) => {
        const articleId = `a${a}-${c}`;
        out.push({ id: `${articleId}#${i}`, key: `${articleId}:${i}`, articleId, outletId: `o${c}`, ...s });
      });
  }
  return out;
}

for (const n of (process.env.SIZES ?? "250,1000,4000").split(",").map(Number)) {
  const candidates = synthetic(n);
  const t0 = performance.now();
  const groups = groupEventCandidates(candidates);
  const ms = performance.now() - t0;
  const shared = groups.filter((g) => new Set(g.members.map((m) => m.split("#")[0])).size > 1).length;
  console.log(
    `articles: ${n}, sentences: ${candidates.length}, groups: ${groups.length} (${shared} across outlets), ms: ${ms.toFixed(0)}`,
  );
}
