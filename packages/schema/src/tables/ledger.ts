import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { DEFAULT_TIME_ZONE } from "../time-zone";
import { users } from "./accounts";
import { createdAt, id, version } from "./columns";
import {
  attributionKindEnum,
  claimSlotEnum,
  datePrecisionEnum,
  entityKindEnum,
  eventKindEnum,
  outletKindEnum,
  publishedPrecisionEnum,
  stanceEnum,
} from "./enums";
import { workspaceId } from "./workspace-column";

export const outlets = pgTable(
  "outlets",
  {
    workspaceId: workspaceId(),
    id: id(),
    name: text("name").notNull(),
    domain: text("domain"),
    country: text("country"),
    language: text("language"),
    kind: outletKindEnum("kind").notNull().default("news"),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    unique("outlets_name_key").on(t.workspaceId, t.name),
    unique("outlets_domain_key").on(t.workspaceId, t.domain),
  ],
);

/**
 * An archived article. The body is immutable once stored (a trigger rejects changes) because
 * assertion quotes are anchored into it by character offsets.
 */
export const articles = pgTable(
  "articles",
  {
    workspaceId: workspaceId(),
    id: id(),
    outletId: uuid("outlet_id").notNull(),
    url: text("url"),
    title: text("title"),
    byline: text("byline"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    publishedPrecision: publishedPrecisionEnum("published_precision"),
    timeZone: text("time_zone").notNull().default(DEFAULT_TIME_ZONE),
    language: text("language").notNull(),
    body: text("body").notNull(),
    bodySha256: text("body_sha256").notNull(),
    wireCredit: text("wire_credit"),
    /** Articles carrying one story (wire copies, near-identical texts) share a group; null when alone. */
    copyGroupId: uuid("copy_group_id"),
    sourceName: text("source_name"),
    importedAt: timestamp("imported_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    importedBy: uuid("imported_by"),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    unique("articles_body_sha256_key").on(t.workspaceId, t.bodySha256),
    foreignKey({ columns: [t.workspaceId, t.outletId], foreignColumns: [outlets.workspaceId, outlets.id] }),
    foreignKey({ columns: [t.importedBy], foreignColumns: [users.id] }).onDelete("set null"),
    index("articles_outlet_idx").on(t.workspaceId, t.outletId, t.publishedAt),
    index("articles_published_idx").on(t.workspaceId, t.publishedAt),
    index("articles_copy_group_idx").on(t.workspaceId, t.copyGroupId),
    check("articles_body_sha256_format", sql`${t.bodySha256} ~ '^[0-9a-f]{64}$'`),
    check(
      "articles_published_precision",
      sql`(${t.publishedAt} is null) = (${t.publishedPrecision} is null)`,
    ),
  ],
);

export const entities = pgTable(
  "entities",
  {
    workspaceId: workspaceId(),
    id: id(),
    canonicalName: text("canonical_name").notNull(),
    kind: entityKindEnum("kind").notNull(),
    wikidataId: text("wikidata_id"),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    check("entities_wikidata_format", sql`${t.wikidataId} is null or ${t.wikidataId} ~ '^Q[0-9]+$'`),
  ],
);

/** Name variants; `normalized` (case, diacritics, hyphens, spaces folded) is what matching uses. */
export const entityAliases = pgTable(
  "entity_aliases",
  {
    workspaceId: workspaceId(),
    entityId: uuid("entity_id").notNull(),
    alias: text("alias").notNull(),
    normalized: text("normalized").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.entityId, t.normalized] }),
    foreignKey({
      columns: [t.workspaceId, t.entityId],
      foreignColumns: [entities.workspaceId, entities.id],
    }).onDelete("cascade"),
    index("entity_aliases_normalized_idx").on(t.workspaceId, t.normalized),
  ],
);

export const events = pgTable(
  "events",
  {
    workspaceId: workspaceId(),
    id: id(),
    kind: eventKindEnum("kind").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    placeEntityId: uuid("place_entity_id"),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({
      columns: [t.workspaceId, t.placeEntityId],
      foreignColumns: [entities.workspaceId, entities.id],
    }),
  ],
);

export const eventParticipants = pgTable(
  "event_participants",
  {
    workspaceId: workspaceId(),
    eventId: uuid("event_id").notNull(),
    entityId: uuid("entity_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.eventId, t.entityId] }),
    foreignKey({
      columns: [t.workspaceId, t.eventId],
      foreignColumns: [events.workspaceId, events.id],
    }).onDelete("cascade"),
    foreignKey({ columns: [t.workspaceId, t.entityId], foreignColumns: [entities.workspaceId, entities.id] }),
    index("event_participants_entity_idx").on(t.workspaceId, t.entityId),
  ],
);

/**
 * A proposition about one slot of an event. `value` holds the typed value (validated by the
 * ClaimValue contract); date claims also keep their interval in columns so overlap checks and
 * reports can use an index.
 */
export const claims = pgTable(
  "claims",
  {
    workspaceId: workspaceId(),
    id: id(),
    eventId: uuid("event_id").notNull(),
    slot: claimSlotEnum("slot").notNull(),
    value: jsonb("value").notNull(),
    summary: text("summary").notNull(),
    /** The fact-checker's wording in Indonesian, replacing the generated sentence. */
    sentenceId: text("sentence_id"),
    /** The fact-checker's wording in English, replacing the generated sentence. */
    sentenceEn: text("sentence_en"),
    dateStart: timestamp("date_start", { withTimezone: true, mode: "date" }),
    dateEnd: timestamp("date_end", { withTimezone: true, mode: "date" }),
    datePrecision: datePrecisionEnum("date_precision"),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.eventId], foreignColumns: [events.workspaceId, events.id] }),
    index("claims_event_idx").on(t.workspaceId, t.eventId, t.slot),
    check("claims_value_slot", sql`${t.value} ->> 'slot' = ${t.slot}::text`),
    check("claims_date_interval", sql`${t.dateStart} is null or ${t.dateEnd} > ${t.dateStart}`),
  ],
);

/**
 * An article asserts a claim: the outlet × claim matrix. The quote is stored as a W3C
 * TextQuoteSelector (exact, prefix, suffix) and TextPositionSelector (start, end).
 */
export const assertions = pgTable(
  "assertions",
  {
    workspaceId: workspaceId(),
    id: id(),
    articleId: uuid("article_id").notNull(),
    claimId: uuid("claim_id").notNull(),
    stance: stanceEnum("stance").notNull().default("asserts"),
    quoteExact: text("quote_exact").notNull(),
    quotePrefix: text("quote_prefix").notNull().default(""),
    quoteSuffix: text("quote_suffix").notNull().default(""),
    positionStart: integer("position_start").notNull(),
    positionEnd: integer("position_end").notNull(),
    attributionKind: attributionKindEnum("attribution_kind").notNull().default("none"),
    attributionText: text("attribution_text"),
    attributionEntityId: uuid("attribution_entity_id"),
    note: text("note"),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({
      columns: [t.workspaceId, t.articleId],
      foreignColumns: [articles.workspaceId, articles.id],
    }),
    foreignKey({ columns: [t.workspaceId, t.claimId], foreignColumns: [claims.workspaceId, claims.id] }),
    foreignKey({
      columns: [t.workspaceId, t.attributionEntityId],
      foreignColumns: [entities.workspaceId, entities.id],
    }),
    foreignKey({ columns: [t.createdBy], foreignColumns: [users.id] }).onDelete("set null"),
    index("assertions_claim_idx").on(t.workspaceId, t.claimId),
    index("assertions_article_idx").on(t.workspaceId, t.articleId),
    check(
      "assertions_position",
      sql`${t.positionStart} >= 0 and ${t.positionEnd} > ${t.positionStart} and length(${t.quoteExact}) = ${t.positionEnd} - ${t.positionStart}`,
    ),
  ],
);

/** MinHash LSH band hashes of each article body: candidate lookup for near-identical texts. */
export const articleFingerprints = pgTable(
  "article_fingerprints",
  {
    workspaceId: workspaceId(),
    articleId: uuid("article_id").notNull(),
    band: integer("band").notNull(),
    hash: bigint("hash", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.articleId, t.band] }),
    foreignKey({
      columns: [t.workspaceId, t.articleId],
      foreignColumns: [articles.workspaceId, articles.id],
    }).onDelete("cascade"),
    index("article_fingerprints_lookup_idx").on(t.workspaceId, t.band, t.hash),
  ],
);
