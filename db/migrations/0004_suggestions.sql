-- Suggestions of assisted extraction. The assertion link is cleared column-wise on delete
-- (SET NULL ("assertion_id"), PostgreSQL 15+): workspace_id is part of the key and must stay.
CREATE TABLE "article_suggestions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"position_start" integer NOT NULL,
	"position_end" integer NOT NULL,
	"quote" text NOT NULL,
	"confidence" double precision NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"extractor_version" text NOT NULL,
	"assertion_id" uuid,
	"accepted_by" uuid,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_suggestions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "article_suggestions_kind" CHECK ("article_suggestions"."kind" in ('claim', 'date', 'entity', 'new_entity', 'attribution', 'spam', 'furniture')),
	CONSTRAINT "article_suggestions_status" CHECK ("article_suggestions"."status" in ('open', 'accepted')),
	CONSTRAINT "article_suggestions_position" CHECK ("article_suggestions"."position_start" >= 0 and "article_suggestions"."position_end" > "article_suggestions"."position_start" and length("article_suggestions"."quote") = "article_suggestions"."position_end" - "article_suggestions"."position_start"),
	CONSTRAINT "article_suggestions_confidence" CHECK ("article_suggestions"."confidence" >= 0 and "article_suggestions"."confidence" <= 1)
);
--> statement-breakpoint
ALTER TABLE "article_suggestions" ADD CONSTRAINT "article_suggestions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_suggestions" ADD CONSTRAINT "article_suggestions_workspace_id_article_id_articles_workspace_id_id_fk" FOREIGN KEY ("workspace_id","article_id") REFERENCES "public"."articles"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_suggestions" ADD CONSTRAINT "article_suggestions_workspace_id_assertion_id_assertions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","assertion_id") REFERENCES "public"."assertions"("workspace_id","id") ON DELETE SET NULL ("assertion_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_suggestions" ADD CONSTRAINT "article_suggestions_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_suggestions_article_idx" ON "article_suggestions" USING btree ("workspace_id","article_id","position_start");