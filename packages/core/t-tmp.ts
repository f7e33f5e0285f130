import { readFileSync } from "node:fs";
import { loadGold, ledgerAliases } from "./bench/extraction-gold";
import { extractArticle } from "./src/extraction";
const [set, file, needle] = process.argv.slice(2);
const a = loadGold(set as never).find((x) => x.file === file || x.file?.startsWith(file));
const x = extractArticle(a.body, { publishedAt: a.publishedAt, timeZone: a.timeZone ?? undefined, aliases: ledgerAliases(set as never) });
for (const c of x.claims) if (c.text.includes(needle)) console.log(JSON.stringify({kind:c.kind,cues:c.cues,date:c.date?.text,place:c.place?.name,parts:c.participants.map(p=>p.name),att:c.attribution?.kind}));
