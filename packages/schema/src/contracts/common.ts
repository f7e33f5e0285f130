import { z } from "zod";

export const IdSchema = z.uuid();

// NUL cannot be stored in PostgreSQL text, and a lone surrogate is not Unicode (it cannot be
// encoded as UTF-8): both are refused here, with the field's path, before any query runs.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text can be stored as PostgreSQL text: no NUL, no lone surrogate. */
export const isStorableText = (s: string) => !s.includes("\u0000") && !LONE_SURROGATE.test(s);

/** Any text a client sends: a string without NUL (U+0000) or lone surrogates. */
export const TextSchema = z
  .string()
  .refine(isStorableText, "must not contain NUL (U+0000) or unpaired surrogates");

/**
 * Every URL Kroscek stores (article url, verdict evidence): http or https only, so a stored
 * `javascript:` or `data:` link can never reach an `href`.
 */
export const HttpUrlSchema = z
  .url({ protocol: /^https?$/, error: "must be an absolute http or https URL" })
  .max(2000)
  .refine(isStorableText, "must not contain NUL (U+0000) or unpaired surrogates");
export const SlugSchema = TextSchema.min(2)
  .max(63)
  .regex(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/, "lower-case letters, digits and hyphens");
export const LanguageSchema = TextSchema.regex(
  /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
  "a BCP 47 language tag such as 'id' or 'en'",
);
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
/** Largest value of a PostgreSQL `integer` column. */
export const MAX_INT4 = 2_147_483_647;
export const VersionSchema = z.int().positive().max(MAX_INT4);

export const ErrorCodeSchema = z.enum([
  "bad_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "workspace_archived",
  "gone",
  "payload_too_large",
  "unsupported_media_type",
  "validation_failed",
  "rate_limited",
  "internal",
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** The one error envelope every failure answers with. */
export const ErrorEnvelopeSchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    requestId: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;

const pages = new WeakMap<z.ZodType, z.ZodType>();
const makePage = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/**
 * A page of a cursor-paginated list: pass `nextCursor` back as `cursor` for the next page. One
 * schema per item schema, so every list of the same items shares it (and its documented name).
 */
export const pageOf = <T extends z.ZodType>(item: T): ReturnType<typeof makePage<T>> => {
  let page = pages.get(item);
  if (!page) {
    page = makePage(item);
    pages.set(item, page);
  }
  return page as ReturnType<typeof makePage<T>>;
};

export const PageQuerySchema = z.object({
  cursor: TextSchema.max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const HealthSchema = z.object({
  status: z.literal("ok"),
  database: z.enum(["pglite", "postgres"]),
  migration: z.string(),
});
export type Health = z.infer<typeof HealthSchema>;
