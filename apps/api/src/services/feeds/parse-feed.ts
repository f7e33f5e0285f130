import { XMLParser } from "fast-xml-parser";

export interface FeedEntry {
  /** What identifies the item across polls: RSS guid, Atom id, else its link. */
  key: string;
  url: string | null;
  title: string | null;
}

export interface ParsedFeed {
  title: string | null;
  entries: FeedEntry[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  processEntities: true,
  isArray: (name) => ["item", "entry", "link"].includes(name),
});

const text = (v: unknown): string | null => {
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  if (v && typeof v === "object" && "#text" in v) return text((v as { "#text": unknown })["#text"]);
  return null;
};

const httpUrl = (v: string | null): string | null => (v && /^https?:\/\//i.test(v) ? v : null);

/** Reads an RSS 2.0 or Atom document; null when it is neither. */
export function parseFeed(xml: string): ParsedFeed | null {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch {
    return null;
  }
  const rss = doc.rss as { channel?: { title?: unknown; item?: Record<string, unknown>[] } } | undefined;
  if (rss?.channel) {
    const entries = (rss.channel.item ?? []).flatMap((item) => {
      const url = httpUrl(text((item.link as unknown[] | undefined)?.[0]));
      const key = text(item.guid) ?? url;
      return key ? [{ key, url: url ?? httpUrl(text(item.guid)), title: text(item.title) }] : [];
    });
    return { title: text(rss.channel.title), entries };
  }
  const atom = doc.feed as { title?: unknown; entry?: Record<string, unknown>[] } | undefined;
  if (atom) {
    const entries = (atom.entry ?? []).flatMap((entry) => {
      const links = (entry.link as { "@href"?: string; "@rel"?: string }[] | undefined) ?? [];
      const link = links.find((l) => !l["@rel"] || l["@rel"] === "alternate") ?? links[0];
      const url = httpUrl(link?.["@href"] ?? null);
      const key = text(entry.id) ?? url;
      return key ? [{ key, url, title: text(entry.title) }] : [];
    });
    return { title: text(atom.title), entries };
  }
  return null;
}
