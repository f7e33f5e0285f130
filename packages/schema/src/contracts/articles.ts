import { z } from "zod";
import { IdSchema, IsoDateTimeSchema, LanguageSchema, PageQuerySchema, TextSchema } from "./common";
import { ArticleSchema, ArticleUpdateSchema } from "./ledger";

/** Largest NDJSON body `POST …/articles/bulk` accepts (20 MiB); larger requests answer 413. */
export const BULK_IMPORT_MAX_BYTES = 20 * 1024 * 1024;

/** `POST …/articles` for new text (201). */
export const ArticleCreatedSchema = z.object({ status: z.literal("created"), article: ArticleSchema });
/** `POST …/articles` when the same body is already stored (200): the stored article, unchanged. */
export const ArticleDuplicateSchema = z.object({ status: z.literal("duplicate"), article: ArticleSchema });
export const ArticleImportResultSchema = z.discriminatedUnion("status", [
  ArticleCreatedSchema,
  ArticleDuplicateSchema,
]);
export type ArticleImportResult = z.infer<typeof ArticleImportResultSchema>;

/**
 * PATCH body of an article: only metadata. Unknown fields are refused, and `body` is named
 * explicitly so the 422 says why: quotes are anchored into the stored text by offset.
 */
export const ArticlePatchSchema = z.strictObject({
  ...ArticleUpdateSchema.shape,
  // Any value is refused (z.never would do the same but cannot be described in OpenAPI).
  body: z
    .unknown()
    .refine(() => false, "the article body is immutable: assertion quotes are anchored into it")
    .optional()
    .describe("never accepted: the body is immutable"),
});

const DateOrInstantSchema = z
  .union([z.iso.date(), IsoDateTimeSchema])
  .describe("a date (YYYY-MM-DD, compared with the article's local publication day) or an ISO timestamp");

export const ArticleListQuerySchema = PageQuerySchema.extend({
  outletId: IdSchema.optional(),
  language: LanguageSchema.optional().describe("'id' also matches regional tags such as 'id-ID'"),
  publishedFrom: DateOrInstantSchema.optional().describe("inclusive; articles without a date are left out"),
  publishedTo: DateOrInstantSchema.optional().describe("inclusive; articles without a date are left out"),
  q: TextSchema.trim().min(1).max(200).optional().describe("case-insensitive text in the title or body"),
});

export const BULK_LINE_STATUSES = ["created", "duplicate", "rejected"] as const;
export const IssueSchema = z.object({ path: z.string(), message: z.string() });

/** The outcome of one NDJSON line, in input order; `line` counts from 1 including blank lines. */
export const BulkLineResultSchema = z.object({
  line: z.int().positive(),
  status: z.enum(BULK_LINE_STATUSES),
  articleId: IdSchema.optional(),
  reason: z.string().optional(),
  issues: z.array(IssueSchema).optional(),
});
export type BulkLineResult = z.infer<typeof BulkLineResultSchema>;

export const BulkImportReportSchema = z.object({
  lines: z.array(BulkLineResultSchema),
  totals: z.object({ created: z.int(), duplicate: z.int(), rejected: z.int() }),
});
export type BulkImportReport = z.infer<typeof BulkImportReportSchema>;
