-- Verdict revisions, retraction and event-level verdicts; fact-checkers' wording of claims.
-- HAND EDIT (appended at the end, below the generated statements): published verdicts from before
-- this migration become revision 1 (revision = 1, modified_at = published_at) with one row in
-- verdict_revisions holding what was published.
ALTER TYPE "public"."verdict_status" ADD VALUE 'retracted';--> statement-breakpoint
CREATE TABLE "verdict_claims" (
	"workspace_id" uuid NOT NULL,
	"verdict_id" uuid NOT NULL,
	"claim_id" uuid NOT NULL,
	CONSTRAINT "verdict_claims_workspace_id_verdict_id_claim_id_pk" PRIMARY KEY("workspace_id","verdict_id","claim_id")
);
--> statement-breakpoint
CREATE TABLE "verdict_revisions" (
	"workspace_id" uuid NOT NULL,
	"verdict_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"rating_key" text NOT NULL,
	"rationale" text NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"url" text,
	"reviewer_id" uuid,
	"published_by" uuid,
	"published_at" timestamp with time zone NOT NULL,
	"retracted_at" timestamp with time zone,
	"retraction_reason" text,
	CONSTRAINT "verdict_revisions_workspace_id_verdict_id_revision_pk" PRIMARY KEY("workspace_id","verdict_id","revision"),
	CONSTRAINT "verdict_revisions_positive" CHECK ("verdict_revisions"."revision" >= 1)
);
--> statement-breakpoint
ALTER TABLE "verdicts" DROP CONSTRAINT "verdicts_published";--> statement-breakpoint
ALTER TABLE "verdicts" ALTER COLUMN "claim_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "sentence_id" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "sentence_en" text;--> statement-breakpoint
ALTER TABLE "verdicts" ADD COLUMN "event_id" uuid;--> statement-breakpoint
ALTER TABLE "verdicts" ADD COLUMN "url" text;--> statement-breakpoint
ALTER TABLE "verdicts" ADD COLUMN "modified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "verdicts" ADD COLUMN "revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "verdicts" ADD COLUMN "draft" jsonb;--> statement-breakpoint
ALTER TABLE "verdicts" ADD COLUMN "retracted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "verdicts" ADD COLUMN "retraction_reason" text;--> statement-breakpoint
ALTER TABLE "verdicts" ADD COLUMN "retracted_by" uuid;--> statement-breakpoint
ALTER TABLE "verdict_claims" ADD CONSTRAINT "verdict_claims_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdict_claims" ADD CONSTRAINT "verdict_claims_workspace_id_verdict_id_verdicts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","verdict_id") REFERENCES "public"."verdicts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdict_claims" ADD CONSTRAINT "verdict_claims_workspace_id_claim_id_claims_workspace_id_id_fk" FOREIGN KEY ("workspace_id","claim_id") REFERENCES "public"."claims"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdict_revisions" ADD CONSTRAINT "verdict_revisions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdict_revisions" ADD CONSTRAINT "verdict_revisions_workspace_id_verdict_id_verdicts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","verdict_id") REFERENCES "public"."verdicts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdict_revisions" ADD CONSTRAINT "verdict_revisions_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdict_revisions" ADD CONSTRAINT "verdict_revisions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "verdict_claims_claim_idx" ON "verdict_claims" USING btree ("workspace_id","claim_id");--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_workspace_id_event_id_events_workspace_id_id_fk" FOREIGN KEY ("workspace_id","event_id") REFERENCES "public"."events"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_retracted_by_users_id_fk" FOREIGN KEY ("retracted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "verdicts_event_idx" ON "verdicts" USING btree ("workspace_id","event_id");--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_published_once" CHECK (("verdicts"."status" = 'draft') = ("verdicts"."published_at" is null));--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_target" CHECK (("verdicts"."claim_id" is null) <> ("verdicts"."event_id" is null));--> statement-breakpoint
UPDATE "verdicts" SET "revision" = 1, "modified_at" = "published_at" WHERE "published_at" IS NOT NULL;--> statement-breakpoint
INSERT INTO "verdict_revisions" ("workspace_id", "verdict_id", "revision", "rating_key", "rationale", "evidence", "reviewer_id", "published_at")
SELECT "workspace_id", "id", 1, "rating_key", "rationale", "evidence", "reviewer_id", "published_at" FROM "verdicts" WHERE "published_at" IS NOT NULL;
