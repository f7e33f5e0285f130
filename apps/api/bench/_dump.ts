import { startTestServer } from "../src/test/harness";
import { seedWorkspace } from "../src/test/seed";
import { corpusFromArgs, loadCorpus } from "./loop-corpus";

const corpus = loadCorpus(corpusFromArgs(process.argv.slice(2)));
const s = await startTestServer();
const ws = await seedWorkspace(s.t.db, "dump");
const base = `/api/v1/workspaces/${ws.slug}`;
const call = async (m: string, p: string, b?: unknown) =>
  (await s.json<any>(m, `${base}/${p}`, ws.tokens.editor, b)).body;
for (const e of corpus.entities) await call("POST", "entities", e);
for (const a of corpus.articles) {
  const body = await call("POST", "articles", a.input);
  const id = body.article.id;
  const list = (await call("GET", `articles/${id}/suggestions?kind=claim`)).items;
  console.log(`=== ${a.file} wire=${body.article.wireCredit}`);
  for (const i of list) {
    const d = i.details;
    console.log(
      `- [${d.eventKind}] P=${(d.participants ?? []).map((p: any) => p.name + (p.entityId ? "" : "?")).join(",")} place=${d.place?.name ?? "-"} date=${d.date?.text ?? "-"}:${d.date?.interval?.start?.slice(0, 10) ?? ""} slots=${JSON.stringify(Object.keys(d))} att=${JSON.stringify(d.attribution ?? null)}\n    ${i.quote.slice(0, 160)}`,
    );
  }
}
const g = (await call("GET", "event-suggestions")).items;
for (const x of g)
  console.log(
    "GROUP",
    x.title,
    x.members.map((m: any) => m.quote.slice(0, 40)),
  );
await s.close();
