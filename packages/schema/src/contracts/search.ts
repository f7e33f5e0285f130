import { z } from "zod";
import { LANGUAGES } from "../enums";
import { IdSchema, IsoDateTimeSchema, TextSchema } from "./common";
import { ClaimSlotSchema } from "./ledger";

export const SEARCH_TYPES = ["article", "claim"] as const;

export const SearchQuerySchema = z.object({
  q: TextSchema.trim().min(1).max(200).describe('web-search syntax: words, "quoted phrases", OR, -excluded'),
  lang: z
    .enum(LANGUAGES)
    .optional()
    .describe(
      "stem the query with this language and search only articles in it; omitted, each text is matched in its own language",
    ),
  type: z.enum(SEARCH_TYPES).optional().describe("only articles or only claims"),
  cursor: TextSchema.max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** A matched span of `snippet`, in Unicode code points (like TextPositionSelector), end exclusive. */
export const HighlightSchema = z.object({ start: z.int().min(0), end: z.int().min(1) });

const hitFields = {
  id: IdSchema,
  rank: z.number(),
  snippet: z.string().describe("plain text (never HTML); ' … ' joins fragments"),
  highlights: z.array(HighlightSchema),
};

export const ArticleHitSchema = z.object({
  type: z.literal("article"),
  ...hitFields,
  title: z.string().nullable(),
  outletId: IdSchema,
  outletName: z.string(),
  language: z.string(),
  publishedAt: IsoDateTimeSchema.nullable(),
});
export const ClaimHitSchema = z.object({
  type: z.literal("claim"),
  ...hitFields,
  summary: z.string(),
  eventId: IdSchema,
  slot: ClaimSlotSchema,
});
export const SearchHitSchema = z.discriminatedUnion("type", [ArticleHitSchema, ClaimHitSchema]);
export type SearchHit = z.infer<typeof SearchHitSchema>;
export const SearchPageSchema = z.object({
  items: z.array(SearchHitSchema),
  nextCursor: z.string().nullable(),
});
export type SearchPage = z.infer<typeof SearchPageSchema>;
