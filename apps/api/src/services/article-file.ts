import { parse as parseYaml } from "yaml";
import { z } from "zod";

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const FrontMatterSchema = z
  .object({
    outlet: z.string().trim().min(1).optional(),
    url: z.string().optional(),
    title: z.string().optional(),
    byline: z.string().optional(),
    published_at: z.union([z.string(), z.date()]).optional(),
    time_zone: z.string().optional(),
    language: z.string().optional(),
    wire_credit: z.string().optional(),
  })
  .strict();

export interface ArticleFile {
  body: string;
  meta: {
    outlet?: string | undefined;
    url?: string | undefined;
    title?: string | undefined;
    byline?: string | undefined;
    publishedAt?: string | undefined;
    timeZone?: string | undefined;
    language?: string | undefined;
    wireCredit?: string | undefined;
  };
}

export class ArticleFileError extends Error {}

/**
 * Splits an article file into optional YAML front-matter and the body, which is kept byte for
 * byte (no trimming) because quotes are anchored into it.
 */
export function parseArticleFile(text: string): ArticleFile {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text, meta: {} };
  let raw: unknown;
  try {
    raw = parseYaml(match[1] ?? "") ?? {};
  } catch (error) {
    throw new ArticleFileError(`unreadable front-matter: ${(error as Error).message.split("\n")[0]}`);
  }
  const parsed = FrontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    const what = parsed.error.issues
      .map((i) => `${i.path.join(".") || "front-matter"}: ${i.message}`)
      .join("; ");
    throw new ArticleFileError(`unreadable front-matter: ${what}`);
  }
  const m = parsed.data;
  const publishedAt =
    m.published_at instanceof Date ? m.published_at.toISOString().slice(0, 10) : m.published_at;
  return {
    body: text.slice(match[0].length),
    meta: {
      outlet: m.outlet,
      url: m.url,
      title: m.title,
      byline: m.byline,
      publishedAt,
      timeZone: m.time_zone,
      language: m.language,
      wireCredit: m.wire_credit,
    },
  };
}
