CREATE TYPE "public"."attribution_kind" AS ENUM('named_person', 'named_org', 'wire', 'document', 'anonymous', 'none');--> statement-breakpoint
CREATE TYPE "public"."claim_slot" AS ENUM('date', 'place', 'participants', 'actor', 'quantity', 'occurred', 'statement');--> statement-breakpoint
CREATE TYPE "public"."date_precision" AS ENUM('day', 'week', 'month', 'year');--> statement-breakpoint
CREATE TYPE "public"."entity_kind" AS ENUM('person', 'organisation', 'place', 'country');--> statement-breakpoint
CREATE TYPE "public"."event_kind" AS ENUM('meeting', 'visit', 'statement', 'agreement', 'military_action', 'other');--> statement-breakpoint
CREATE TYPE "public"."flag_kind" AS ENUM('unsourced', 'anonymous_source', 'undated', 'unresolved_relative_date', 'internal_inconsistency', 'spam_injection', 'syndicated_copy');--> statement-breakpoint
CREATE TYPE "public"."outlet_kind" AS ENUM('news', 'wire', 'state_media', 'aggregator', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."published_precision" AS ENUM('minute', 'day', 'month', 'year');--> statement-breakpoint
CREATE TYPE "public"."review_status" AS ENUM('open', 'confirmed', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'editor', 'factchecker', 'viewer');--> statement-breakpoint
CREATE TYPE "public"."snapshot_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."stance" AS ENUM('asserts', 'denies', 'reports_unconfirmed');--> statement-breakpoint
CREATE TYPE "public"."verdict_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"role" "role" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "api_tokens_hash_key" UNIQUE("workspace_id","token_hash")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"workspace_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "memberships_workspace_id_user_id_pk" PRIMARY KEY("workspace_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "users_email_key" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "workspaces_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"outlet_id" uuid NOT NULL,
	"url" text,
	"title" text,
	"byline" text,
	"published_at" timestamp with time zone,
	"published_precision" "published_precision",
	"time_zone" text DEFAULT 'Asia/Jakarta' NOT NULL,
	"language" text NOT NULL,
	"body" text NOT NULL,
	"body_sha256" text NOT NULL,
	"wire_credit" text,
	"source_name" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "articles_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "articles_body_sha256_key" UNIQUE("workspace_id","body_sha256"),
	CONSTRAINT "articles_body_sha256_format" CHECK ("articles"."body_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "articles_published_precision" CHECK (("articles"."published_at" is null) = ("articles"."published_precision" is null))
);
--> statement-breakpoint
CREATE TABLE "assertions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"claim_id" uuid NOT NULL,
	"stance" "stance" DEFAULT 'asserts' NOT NULL,
	"quote_exact" text NOT NULL,
	"quote_prefix" text DEFAULT '' NOT NULL,
	"quote_suffix" text DEFAULT '' NOT NULL,
	"position_start" integer NOT NULL,
	"position_end" integer NOT NULL,
	"attribution_kind" "attribution_kind" DEFAULT 'none' NOT NULL,
	"attribution_text" text,
	"attribution_entity_id" uuid,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "assertions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "assertions_position" CHECK ("assertions"."position_start" >= 0 and "assertions"."position_end" > "assertions"."position_start" and length("assertions"."quote_exact") = "assertions"."position_end" - "assertions"."position_start")
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"slot" "claim_slot" NOT NULL,
	"value" jsonb NOT NULL,
	"summary" text NOT NULL,
	"date_start" timestamp with time zone,
	"date_end" timestamp with time zone,
	"date_precision" date_precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "claims_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "claims_value_slot" CHECK ("claims"."value" ->> 'slot' = "claims"."slot"::text),
	CONSTRAINT "claims_date_interval" CHECK ("claims"."date_start" is null or "claims"."date_end" > "claims"."date_start")
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"canonical_name" text NOT NULL,
	"kind" "entity_kind" NOT NULL,
	"wikidata_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "entities_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "entities_wikidata_format" CHECK ("entities"."wikidata_id" is null or "entities"."wikidata_id" ~ '^Q[0-9]+$')
);
--> statement-breakpoint
CREATE TABLE "entity_aliases" (
	"workspace_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"alias" text NOT NULL,
	"normalized" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entity_aliases_workspace_id_entity_id_normalized_pk" PRIMARY KEY("workspace_id","entity_id","normalized")
);
--> statement-breakpoint
CREATE TABLE "event_participants" (
	"workspace_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	CONSTRAINT "event_participants_workspace_id_event_id_entity_id_pk" PRIMARY KEY("workspace_id","event_id","entity_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" "event_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"place_entity_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "events_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "outlets" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"domain" text,
	"country" text,
	"language" text,
	"kind" "outlet_kind" DEFAULT 'news' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "outlets_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "outlets_name_key" UNIQUE("workspace_id","name"),
	CONSTRAINT "outlets_domain_key" UNIQUE("workspace_id","domain")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"workspace_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_user_id" uuid,
	"actor_token_id" uuid,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_events_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "contradictions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"rule_id" text NOT NULL,
	"event_id" uuid NOT NULL,
	"assertion_a_id" uuid NOT NULL,
	"assertion_b_id" uuid NOT NULL,
	"explanation" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "review_status" DEFAULT 'open' NOT NULL,
	"resolution_note" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "contradictions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "contradictions_pair_key" UNIQUE("workspace_id","rule_id","assertion_a_id","assertion_b_id"),
	CONSTRAINT "contradictions_pair_order" CHECK ("contradictions"."assertion_a_id" < "contradictions"."assertion_b_id")
);
--> statement-breakpoint
CREATE TABLE "flags" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" "flag_kind" NOT NULL,
	"rule_id" text NOT NULL,
	"article_id" uuid NOT NULL,
	"assertion_id" uuid,
	"explanation" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "review_status" DEFAULT 'open' NOT NULL,
	"resolution_note" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "flags_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "flags_target_key" UNIQUE NULLS NOT DISTINCT("workspace_id","kind","article_id","assertion_id")
);
--> statement-breakpoint
CREATE TABLE "reliability_scores" (
	"workspace_id" uuid NOT NULL,
	"snapshot_id" uuid NOT NULL,
	"outlet_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"accuracy" double precision NOT NULL,
	"accuracy_low" double precision NOT NULL,
	"accuracy_high" double precision NOT NULL,
	"assertion_count" integer NOT NULL,
	"claim_count" integer NOT NULL,
	"unsourced_count" integer NOT NULL,
	"anonymous_count" integer NOT NULL,
	"components" jsonb NOT NULL,
	CONSTRAINT "reliability_scores_workspace_id_snapshot_id_outlet_id_pk" PRIMARY KEY("workspace_id","snapshot_id","outlet_id")
);
--> statement-breakpoint
CREATE TABLE "reliability_snapshots" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"algorithm" text NOT NULL,
	"algorithm_version" text NOT NULL,
	"parameters" jsonb NOT NULL,
	"status" "snapshot_status" DEFAULT 'queued' NOT NULL,
	"progress" double precision DEFAULT 0 NOT NULL,
	"summary" jsonb,
	"error" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "reliability_snapshots_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "reliability_snapshots_progress" CHECK ("reliability_snapshots"."progress" >= 0 and "reliability_snapshots"."progress" <= 1)
);
--> statement-breakpoint
CREATE TABLE "verdict_scale" (
	"workspace_id" uuid NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"label_id" text NOT NULL,
	"label_en" text NOT NULL,
	"rating_value" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verdict_scale_workspace_id_key_pk" PRIMARY KEY("workspace_id","key"),
	CONSTRAINT "verdict_scale_position_key" UNIQUE("workspace_id","position")
);
--> statement-breakpoint
CREATE TABLE "verdicts" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"claim_id" uuid NOT NULL,
	"rating_key" text NOT NULL,
	"status" "verdict_status" DEFAULT 'draft' NOT NULL,
	"rationale" text NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reviewer_id" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "verdicts_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "verdicts_claim_key" UNIQUE("workspace_id","claim_id"),
	CONSTRAINT "verdicts_published" CHECK (("verdicts"."status" = 'published') = ("verdicts"."published_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_workspace_id_outlet_id_outlets_workspace_id_id_fk" FOREIGN KEY ("workspace_id","outlet_id") REFERENCES "public"."outlets"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assertions" ADD CONSTRAINT "assertions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assertions" ADD CONSTRAINT "assertions_workspace_id_article_id_articles_workspace_id_id_fk" FOREIGN KEY ("workspace_id","article_id") REFERENCES "public"."articles"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assertions" ADD CONSTRAINT "assertions_workspace_id_claim_id_claims_workspace_id_id_fk" FOREIGN KEY ("workspace_id","claim_id") REFERENCES "public"."claims"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assertions" ADD CONSTRAINT "assertions_workspace_id_attribution_entity_id_entities_workspace_id_id_fk" FOREIGN KEY ("workspace_id","attribution_entity_id") REFERENCES "public"."entities"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assertions" ADD CONSTRAINT "assertions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_workspace_id_event_id_events_workspace_id_id_fk" FOREIGN KEY ("workspace_id","event_id") REFERENCES "public"."events"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entities" ADD CONSTRAINT "entities_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_aliases" ADD CONSTRAINT "entity_aliases_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_aliases" ADD CONSTRAINT "entity_aliases_workspace_id_entity_id_entities_workspace_id_id_fk" FOREIGN KEY ("workspace_id","entity_id") REFERENCES "public"."entities"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_workspace_id_event_id_events_workspace_id_id_fk" FOREIGN KEY ("workspace_id","event_id") REFERENCES "public"."events"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_workspace_id_entity_id_entities_workspace_id_id_fk" FOREIGN KEY ("workspace_id","entity_id") REFERENCES "public"."entities"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_workspace_id_place_entity_id_entities_workspace_id_id_fk" FOREIGN KEY ("workspace_id","place_entity_id") REFERENCES "public"."entities"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outlets" ADD CONSTRAINT "outlets_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contradictions" ADD CONSTRAINT "contradictions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contradictions" ADD CONSTRAINT "contradictions_workspace_id_event_id_events_workspace_id_id_fk" FOREIGN KEY ("workspace_id","event_id") REFERENCES "public"."events"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contradictions" ADD CONSTRAINT "contradictions_workspace_id_assertion_a_id_assertions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","assertion_a_id") REFERENCES "public"."assertions"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contradictions" ADD CONSTRAINT "contradictions_workspace_id_assertion_b_id_assertions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","assertion_b_id") REFERENCES "public"."assertions"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contradictions" ADD CONSTRAINT "contradictions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_workspace_id_article_id_articles_workspace_id_id_fk" FOREIGN KEY ("workspace_id","article_id") REFERENCES "public"."articles"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_workspace_id_assertion_id_assertions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","assertion_id") REFERENCES "public"."assertions"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliability_scores" ADD CONSTRAINT "reliability_scores_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliability_scores" ADD CONSTRAINT "reliability_scores_workspace_id_snapshot_id_reliability_snapshots_workspace_id_id_fk" FOREIGN KEY ("workspace_id","snapshot_id") REFERENCES "public"."reliability_snapshots"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliability_scores" ADD CONSTRAINT "reliability_scores_workspace_id_outlet_id_outlets_workspace_id_id_fk" FOREIGN KEY ("workspace_id","outlet_id") REFERENCES "public"."outlets"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliability_snapshots" ADD CONSTRAINT "reliability_snapshots_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliability_snapshots" ADD CONSTRAINT "reliability_snapshots_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdict_scale" ADD CONSTRAINT "verdict_scale_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_workspace_id_claim_id_claims_workspace_id_id_fk" FOREIGN KEY ("workspace_id","claim_id") REFERENCES "public"."claims"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_workspace_id_rating_key_verdict_scale_workspace_id_key_fk" FOREIGN KEY ("workspace_id","rating_key") REFERENCES "public"."verdict_scale"("workspace_id","key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_hash_idx" ON "api_tokens" USING btree ("token_hash") WHERE "api_tokens"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "articles_outlet_idx" ON "articles" USING btree ("workspace_id","outlet_id","published_at");--> statement-breakpoint
CREATE INDEX "articles_published_idx" ON "articles" USING btree ("workspace_id","published_at");--> statement-breakpoint
CREATE INDEX "assertions_claim_idx" ON "assertions" USING btree ("workspace_id","claim_id");--> statement-breakpoint
CREATE INDEX "assertions_article_idx" ON "assertions" USING btree ("workspace_id","article_id");--> statement-breakpoint
CREATE INDEX "claims_event_idx" ON "claims" USING btree ("workspace_id","event_id","slot");--> statement-breakpoint
CREATE INDEX "entity_aliases_normalized_idx" ON "entity_aliases" USING btree ("workspace_id","normalized");--> statement-breakpoint
CREATE INDEX "event_participants_entity_idx" ON "event_participants" USING btree ("workspace_id","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_target_idx" ON "audit_events" USING btree ("workspace_id","target_type","target_id");--> statement-breakpoint
CREATE INDEX "contradictions_status_idx" ON "contradictions" USING btree ("workspace_id","status","event_id");--> statement-breakpoint
CREATE INDEX "flags_kind_idx" ON "flags" USING btree ("workspace_id","kind","status");--> statement-breakpoint
CREATE INDEX "flags_article_idx" ON "flags" USING btree ("workspace_id","article_id");--> statement-breakpoint
CREATE INDEX "reliability_scores_outlet_idx" ON "reliability_scores" USING btree ("workspace_id","outlet_id");--> statement-breakpoint
CREATE INDEX "reliability_snapshots_created_idx" ON "reliability_snapshots" USING btree ("workspace_id","created_at");