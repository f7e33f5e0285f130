import { type ContradictionReport, isHttpUrl } from "@kroscek/schema";
import { workspaces } from "@kroscek/schema/tables";
import { eq } from "drizzle-orm";
import { html, raw } from "hono/html";
import type { Db } from "../../services/audit";
import { allContradictions, type ContradictionFilter } from "../../services/review-store";

/** Groups the workspace's contradictions by event, for the editor's report. */
export async function buildReport(
  db: Db,
  workspaceId: string,
  filter: ContradictionFilter,
): Promise<ContradictionReport> {
  const [ws] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  const items = await allContradictions(db, workspaceId, filter);
  const byEvent = new Map<string, ContradictionReport["events"][number]>();
  const totals = { open: 0, confirmed: 0, dismissed: 0 };
  for (const c of items) {
    totals[c.status]++;
    const entry = byEvent.get(c.eventId) ?? {
      eventId: c.eventId,
      title: c.eventTitle,
      kind: "",
      contradictions: [],
    };
    entry.contradictions.push(c);
    byEvent.set(c.eventId, entry);
  }
  return {
    workspace: { slug: ws?.slug ?? "", name: ws?.name ?? "" },
    generatedAt: new Date().toISOString(),
    totals,
    events: [...byEvent.values()].sort((a, b) => a.title.localeCompare(b.title)),
  };
}

export const REPORT_STYLE = `body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#111}h1{font-size:1.4rem}
h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #999}.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin:.5rem 0 1.5rem}
.side{border:1px solid #bbb;padding:.5rem .75rem;border-radius:4px}blockquote{margin:.25rem 0;font-style:italic;white-space:pre-wrap}
.status{font-weight:600;text-transform:uppercase;font-size:.8rem}.open{color:#b00020}.confirmed{color:#7a4b00}.dismissed{color:#555}
.meta{color:#444;font-size:.85rem}@media print{body{margin:0}.pair{break-inside:avoid}}`;

/** Printable report; every value goes through hono/html escaping, so article text stays text. */
export function renderReport(r: ContradictionReport) {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Contradiction report · ${r.workspace.name}</title>
<style>${raw(REPORT_STYLE)}</style></head><body>
<h1>Contradiction report · ${r.workspace.name}</h1>
<p class="meta">Generated ${r.generatedAt} · open ${r.totals.open} · confirmed ${r.totals.confirmed} · dismissed ${r.totals.dismissed}</p>
${r.events.length === 0 ? html`<p>No contradictions match.</p>` : ""}
${r.events.map(
  (e) => html`<h2>${e.title}</h2>
${e.contradictions.map(
  (
    c,
  ) => html`<p><span class="status ${c.status}">${c.status}</span> · <code>${c.ruleId}</code> · ${c.explanation}</p>
${c.resolutionNote ? html`<p class="meta">Resolution: ${c.resolutionNote}</p>` : ""}
<div class="pair">${c.sides.map(
    (s) => html`<div class="side"><strong>${s.outletName}</strong>
<div class="meta">${s.articleTitle ?? "(untitled)"}${s.publishedAt ? ` · ${s.publishedAt.slice(0, 10)}` : " · no date"}${
      // Only http(s) becomes a link; a stored `javascript:` URL from before the check stays text.
      s.articleUrl
        ? isHttpUrl(s.articleUrl)
          ? html` · <a href="${s.articleUrl}" rel="noopener noreferrer nofollow">${s.articleUrl}</a>`
          : html` · ${s.articleUrl}`
        : ""
    }</div>
<blockquote>“${s.quote}”</blockquote><div class="meta">${s.stance} · ${s.claimSummary}</div></div>`,
  )}</div>`,
)}`,
)}
</body></html>`;
}
