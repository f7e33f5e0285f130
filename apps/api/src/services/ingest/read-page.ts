import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/** What a news page says about itself, and its readable text. */
export interface ReadPage {
  title: string | null;
  byline: string | null;
  /** As the page states it, offset included when it gives one. */
  publishedAt: string | null;
  language: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  /** Paragraphs separated by a blank line; empty when the page has no readable text. */
  text: string;
  /** Where each field came from, kept with the archive. */
  sources: Record<string, "json-ld" | "open-graph" | "meta" | "readability">;
}

const ARTICLE_TYPES = new Set([
  "NewsArticle",
  "Article",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "BackgroundNewsArticle",
  "LiveBlogPosting",
  "BlogPosting",
  "Report",
]);

type Json = Record<string, unknown>;
type Doc = ReturnType<typeof parseHTML>["document"];
type Element = ReturnType<Doc["createElement"]>;

/** The first JSON-LD object of an article type, looking through arrays and `@graph`. */
function jsonLdArticle(document: Doc): Json | null {
  const found: Json[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const o = node as Json;
    const types = ([] as unknown[]).concat(o["@type"] ?? []);
    if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.has(t))) found.push(o);
    if (o["@graph"]) visit(o["@graph"]);
  };
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  ) as Element[]) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken block on a page is common; the other sources still count.
    }
  }
  return found[0] ?? null;
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
const names = (v: unknown): string | null => {
  const list = ([] as unknown[]).concat(v ?? []);
  const out = list
    .map((a) => (typeof a === "string" ? a : str((a as Json | null)?.name)))
    .filter((a): a is string => !!a);
  return out.length ? out.join(", ") : null;
};
const urlOf = (v: unknown): string | null =>
  str(v) ?? str((v as Json | null)?.["@id"]) ?? str((v as Json | null)?.url);

function meta(document: Doc, key: string): string | null {
  const el =
    document.querySelector(`meta[property="${key}"]`) ?? document.querySelector(`meta[name="${key}"]`);
  return str(el?.getAttribute("content"));
}

function absolute(url: string | null, base: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}

/** Paragraph text of Readability's cleaned HTML, one blank line between blocks. */
function paragraphs(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = (Array.from(document.querySelectorAll("p, h2, h3, h4, li, blockquote, pre")) as Element[])
    .filter((el) => !el.parentElement?.closest("p, li, blockquote, pre"))
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return blocks.join("\n\n");
}

/** A short first block naming the author ("Oleh Rina Wulandari") is the byline, not the story. */
function withoutBylineLine(text: string, byline: string | null): string {
  if (!byline) return text;
  const [first, ...rest] = text.split("\n\n");
  const names = byline.split(/,\s*/);
  if (first && first.length <= 120 && names.some((n) => first.includes(n))) return rest.join("\n\n");
  return text;
}

/**
 * Reads a news page: metadata from JSON-LD (NewsArticle and kin) first, then Open Graph, then
 * plain `<meta>` and the document itself; the readable text by Mozilla's Readability.
 */
export function readPage(html: string, pageUrl: string): ReadPage {
  const { document } = parseHTML(html);
  const sources: ReadPage["sources"] = {};
  const pick = (field: string, ...candidates: [string | null, ReadPage["sources"][string]][]) => {
    for (const [value, source] of candidates) {
      if (value) {
        sources[field] = source;
        return value;
      }
    }
    return null;
  };
  const doc = document;
  const ld = jsonLdArticle(doc) ?? {};
  const canonicalLink = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;

  const canonicalUrl = pick(
    "canonicalUrl",
    [absolute(canonicalLink, pageUrl), "meta"],
    [absolute(meta(doc, "og:url"), pageUrl), "open-graph"],
    [absolute(urlOf(ld.mainEntityOfPage) ?? str(ld.url), pageUrl), "json-ld"],
  );
  const metaFields = {
    title: pick(
      "title",
      [str(ld.headline) ?? str(ld.name), "json-ld"],
      [meta(doc, "og:title"), "open-graph"],
      [str(doc.querySelector("title")?.textContent), "meta"],
    ),
    byline: pick("byline", [names(ld.author), "json-ld"], [meta(doc, "author"), "meta"]),
    publishedAt: pick(
      "publishedAt",
      [str(ld.datePublished), "json-ld"],
      [meta(doc, "article:published_time"), "open-graph"],
      [meta(doc, "pubdate") ?? meta(doc, "date") ?? meta(doc, "publishdate"), "meta"],
    ),
    language: pick(
      "language",
      [str(ld.inLanguage), "json-ld"],
      [str(doc.documentElement?.getAttribute("lang")), "meta"],
      [meta(doc, "og:locale")?.replace("_", "-") ?? null, "open-graph"],
    ),
    siteName: pick("siteName", [meta(doc, "og:site_name"), "open-graph"], [names(ld.publisher), "json-ld"]),
  };
  // Readability changes the document it reads, so it runs after the metadata has been taken.
  const article = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 300,
  }).parse();
  const byline = metaFields.byline ?? str(article?.byline);
  const text = article?.content ? withoutBylineLine(paragraphs(article.content), byline) : "";
  return {
    ...metaFields,
    title: metaFields.title ?? pick("title", [str(article?.title), "readability"]),
    byline: metaFields.byline ?? pick("byline", [str(article?.byline), "readability"]),
    siteName: metaFields.siteName ?? pick("siteName", [str(article?.siteName), "readability"]),
    canonicalUrl,
    text,
    sources,
  };
}
