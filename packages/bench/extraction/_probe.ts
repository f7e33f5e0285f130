// Prints one gold article's extraction: claims with their slot values.
import { extractArticle } from "@kroscek/core";
import { ledgerAliases, loadGold } from "./extraction-gold";

const [set, file] = [process.argv[2] as never, process.argv[3] as string];
if (set === "heldout-6") throw new Error("held out");
const aliases = ledgerAliases(set);

const a = (loadGold(set) as any[]).find((x) => x.file.startsWith(file));
const x = extractArticle(a.body, {
  publishedAt: a.publishedAt,
  timeZone: a.timeZone ?? undefined,
  aliases,
} as never);
for (const c of x.claims)
  console.log(
    JSON.stringify({
      t: c.text.slice(0, 90),
      k: c.kind,
      d: c.date?.text,
      p: c.place?.name,
      who: c.participants.map((p) => p.name),
      att: c.attribution?.kind,
    }),
  );
console.log("ATTR", JSON.stringify(x.attributions.map((t) => [t.text, t.kind])));
console.log("PLACES", JSON.stringify(x.places.map((t) => t.text)));
