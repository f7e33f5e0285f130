// The printable report. Every value goes through hono/html escaping, so article text and quotes
// stay text; words come from the catalogue in the report's language.
import { type ContradictionReport, catalogue, formatDateTime, isHttpUrl } from "@kroscek/schema";
import { html, raw } from "hono/html";

export const REPORT_STYLE = `body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#111}h1{font-size:1.4rem}
h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #999}h3{font-size:1rem;margin:1.25rem 0 .5rem}
.values{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem;margin:.5rem 0 1rem}
.value{border:1px solid #bbb;padding:.5rem .75rem;border-radius:4px}.value h4{margin:0 0 .25rem;font-size:.95rem}
.outlet{margin:.5rem 0;border-top:1px dashed #ccc;padding-top:.35rem}
blockquote{margin:.25rem 0;font-style:italic;white-space:pre-wrap}.verdict{background:#f3f7ee;padding:.35rem .5rem;border-radius:4px}
.status{font-weight:600;text-transform:uppercase;font-size:.8rem}.open{color:#b00020}.confirmed{color:#7a4b00}.dismissed{color:#555}
.meta{color:#444;font-size:.85rem}@media print{body{margin:0}.value{break-inside:avoid}}`;

type Value = ContradictionReport["events"][number]["slots"][number]["values"][number];

function link(url: string | null) {
  if (!url) return "";
  // Only http(s) becomes a link; a stored `javascript:` URL from before the check stays text.
  return isHttpUrl(url)
    ? html` · <a href="${url}" rel="noopener noreferrer nofollow">${url}</a>`
    : html` · ${url}`;
}

function valueBox(v: Value, r: ContradictionReport) {
  const c = catalogue(r.lang);
  return html`<div class="value"><h4>${v.label}</h4>
${
  v.verdict
    ? html`<p class="verdict"><strong>${c.report.verdict}: ${v.verdict.ratingLabel}</strong>${
        v.verdict.publishedAt
          ? html` <span class="meta">(${c.report.published} ${formatDateTime(v.verdict.publishedAt, r.lang, r.workspace.timeZone)})</span>`
          : ""
      }<br>${
        v.verdict.supports.length > 0
          ? html`${c.report.supports}: ${v.verdict.supports.map((s) => s.outletName).join(", ")}`
          : c.report.supportsNone
      }</p>`
    : html`<p class="meta">${c.report.noVerdict}</p>`
}
${v.outlets.map(
  (
    o,
  ) => html`<div class="outlet"><strong>${o.outletName}</strong> <span class="meta">${o.stanceLabel} · ${o.valueLabel}</span>
<div class="meta">${o.articleTitle ?? c.untitled} · ${o.publishedLocal ?? c.noDate}${link(o.articleUrl)}</div>
<blockquote>“${o.quote}”</blockquote></div>`,
)}</div>`;
}

/** The report as one printable page in its language. */
export function renderReport(r: ContradictionReport) {
  const c = catalogue(r.lang);
  const s = c.reviewStatus;
  return html`<!doctype html>
<html lang="${r.lang}"><head><meta charset="utf-8"><title>${c.report.title} · ${r.workspace.name}</title>
<style>${raw(REPORT_STYLE)}</style></head><body>
<h1>${c.report.title} · ${r.workspace.name}</h1>
<p class="meta">${c.report.generated} ${formatDateTime(r.generatedAt, r.lang, r.workspace.timeZone)} · ${s.open} ${r.totals.open} · ${s.confirmed} ${r.totals.confirmed} · ${s.dismissed} ${r.totals.dismissed}</p>
${r.events.length === 0 ? html`<p>${c.report.noMatches}</p>` : ""}
${r.events.map(
  (e) => html`<section><h2>${e.title} <span class="meta">· ${e.kindLabel}</span></h2>
${e.slots.map(
  (slot) => html`<h3>${slot.slotLabel}</h3>
<div class="values">${slot.values.map((v) => valueBox(v, r))}</div>
<p class="meta"><strong>${c.report.findings}</strong></p><ul>${slot.findings.map(
    (f) =>
      html`<li><span class="status ${f.status}">${f.statusLabel}</span> · ${f.ruleLabel} · ${f.text}${
        f.reviewer && f.reviewedAt
          ? html` <span class="meta">(${c.report.reviewedBy(f.reviewer.name, formatDateTime(f.reviewedAt, r.lang, r.workspace.timeZone))})</span>`
          : ""
      }${f.resolutionNote ? html`<br><span class="meta">${c.report.resolution}: ${f.resolutionNote}</span>` : ""}</li>`,
  )}</ul>`,
)}</section>`,
)}
</body></html>`;
}
