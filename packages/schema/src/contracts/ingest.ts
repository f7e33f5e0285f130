import { z } from "zod";
import { HttpUrlSchema, IdSchema, IsoDateTimeSchema, LanguageSchema, TextSchema } from "./common";
import { ArticleSchema } from "./ledger";

/** Body of `POST …/articles/from-url`. */
export const ArticleFromUrlInputSchema = z.object({
  url: HttpUrlSchema,
  outlet: TextSchema.trim()
    .min(1)
    .max(200)
    .optional()
    .describe("Outlet name; when left out, the outlet whose domain the page is on (created if none)"),
  language: LanguageSchema.optional().describe("Overrides the page's declared language"),
});
export type ArticleFromUrlInput = z.input<typeof ArticleFromUrlInputSchema>;

/** Why a URL could not be archived: `details.reason` of the 422. */
export const FETCH_FAILURE_REASONS = [
  "not_html",
  "too_large",
  "timeout",
  "http_status",
  "blocked_address",
  "no_readable_text",
  "too_many_redirects",
  "unreachable",
] as const;
export const FetchFailureReasonSchema = z.enum(FETCH_FAILURE_REASONS);
export type FetchFailureReason = z.infer<typeof FetchFailureReasonSchema>;

/** The archived page behind an article. */
export const ArticleArchiveSchema = z.object({
  id: IdSchema,
  articleId: IdSchema,
  requestedUrl: z.string(),
  finalUrl: z.string(),
  canonicalUrl: z.string(),
  redirects: z.array(z.string()),
  httpStatus: z.number().int(),
  contentType: z.string().nullable(),
  charset: z.string(),
  htmlSha256: z.string(),
  htmlBytes: z.number().int(),
  fetchedAt: IsoDateTimeSchema,
  metadata: z.record(z.string(), z.unknown()),
});
export type ArticleArchive = z.infer<typeof ArticleArchiveSchema>;

export const ArticleFromUrlCreatedSchema = z.object({
  status: z.literal("created"),
  article: ArticleSchema,
  archive: ArticleArchiveSchema,
});
export const ArticleFromUrlDuplicateSchema = z.object({
  status: z.literal("duplicate"),
  duplicateOf: z.enum(["canonical_url", "text"]).describe("What matched an article already stored"),
  article: ArticleSchema,
});
export const ArticleFromUrlResultSchema = z.discriminatedUnion("status", [
  ArticleFromUrlCreatedSchema,
  ArticleFromUrlDuplicateSchema,
]);
export type ArticleFromUrlResult = z.infer<typeof ArticleFromUrlResultSchema>;

export const JOB_STATES = ["created", "retry", "active", "completed", "cancelled", "failed"] as const;
/** One background job (a feed poll, a webhook delivery, …) as an administrator sees it. */
export const JobSchema = z.object({
  id: z.string(),
  name: z.string(),
  state: z.enum(JOB_STATES),
  /** Runs started so far. */
  attempts: z.number().int(),
  retryLimit: z.number().int(),
  createdAt: IsoDateTimeSchema,
  startAfter: IsoDateTimeSchema,
  startedAt: IsoDateTimeSchema.nullable(),
  completedAt: IsoDateTimeSchema.nullable(),
  lastError: z.string().nullable(),
});
export type Job = z.infer<typeof JobSchema>;
export const JobListQuerySchema = z.object({
  state: z.enum(JOB_STATES).optional(),
  name: TextSchema.max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const WEBHOOK_EVENTS = [
  "contradiction.detected",
  "flag.raised",
  "verdict.published",
  "verdict.retracted",
  "snapshot.finished",
  "article.archived",
] as const;
export const WebhookEventSchema = z.enum(WEBHOOK_EVENTS);
export type WebhookEvent = z.infer<typeof WebhookEventSchema>;

export const WebhookEndpointSchema = z.object({
  id: IdSchema,
  url: z.string(),
  events: z.array(WebhookEventSchema),
  active: z.boolean(),
  description: z.string().nullable(),
  createdAt: IsoDateTimeSchema,
  version: z.number().int(),
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpointSchema>;
export const WebhookEndpointCreatedSchema = WebhookEndpointSchema.extend({
  secret: z.string().describe("Standard Webhooks secret (whsec_…): shown only in this answer"),
});
export const WebhookCreateSchema = z
  .object({
    url: HttpUrlSchema,
    events: z.array(WebhookEventSchema).min(1).max(WEBHOOK_EVENTS.length),
    active: z.boolean().default(true),
    description: TextSchema.max(500).nullish(),
  })
  .strict();
export const WebhookPatchSchema = z
  .object({
    url: HttpUrlSchema.optional(),
    events: z.array(WebhookEventSchema).min(1).max(WEBHOOK_EVENTS.length).optional(),
    active: z.boolean().optional(),
    description: TextSchema.max(500).nullish(),
    version: z.number().int().min(1),
  })
  .strict();

export const WebhookDeliverySchema = z.object({
  id: IdSchema,
  endpointId: IdSchema,
  eventType: z.string(),
  status: z.enum(["pending", "delivered", "failed"]),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastLatencyMs: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: IsoDateTimeSchema,
  lastAttemptAt: IsoDateTimeSchema.nullable(),
  deliveredAt: IsoDateTimeSchema.nullable(),
});
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;

/** A followed feed with the outcome of its last poll. */
export const FeedSchema = z.object({
  id: IdSchema,
  url: z.string(),
  title: z.string().nullable(),
  active: z.boolean(),
  pollIntervalMinutes: z.number().int(),
  lastPolledAt: IsoDateTimeSchema.nullable(),
  lastResult: z.enum(["ok", "not_modified", "error"]).nullable(),
  lastError: z.string().nullable(),
  failures: z.number().int(),
  nextPollAt: IsoDateTimeSchema,
  itemsImported: z.number().int(),
  itemsFailed: z.number().int(),
  /** Items whose archiving failed for a passing reason and will be tried again, later each time. */
  itemsRetrying: z.number().int(),
  /** Why the latest item that failed (or is being retried) could not be archived. */
  lastItemError: z.string().nullable(),
  createdAt: IsoDateTimeSchema,
  version: z.number().int(),
});
export type Feed = z.infer<typeof FeedSchema>;
export const FeedCreateSchema = z
  .object({
    url: HttpUrlSchema,
    pollIntervalMinutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(15),
  })
  .strict();
export const FeedPatchSchema = z
  .object({
    active: z.boolean().optional().describe("false pauses polling"),
    pollIntervalMinutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .optional(),
    version: z.number().int().min(1),
  })
  .strict();
