-- Same-event suggestions and the assertions an accepted claim suggestion recorded (one per slot).
-- The event link is cleared column-wise on delete (SET NULL ("event_id"), PostgreSQL 15+).
CREATE TABLE "event_suggestions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"key" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"score" double precision NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"event_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_suggestions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "event_suggestions_key" UNIQUE("workspace_id","key"),
	CONSTRAINT "event_suggestions_status" CHECK ("event_suggestions"."status" in ('open', 'accepted', 'dismissed')),
	CONSTRAINT "event_suggestions_score" CHECK ("event_suggestions"."score" >= 0 and "event_suggestions"."score" <= 1),
	CONSTRAINT "event_suggestions_version" CHECK ("event_suggestions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "suggestion_assertions" (
	"workspace_id" uuid NOT NULL,
	"suggestion_id" uuid NOT NULL,
	"slot" text NOT NULL,
	"assertion_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suggestion_assertions_workspace_id_suggestion_id_slot_pk" PRIMARY KEY("workspace_id","suggestion_id","slot")
);
--> statement-breakpoint
ALTER TABLE "event_suggestions" ADD CONSTRAINT "event_suggestions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_suggestions" ADD CONSTRAINT "event_suggestions_workspace_id_event_id_events_workspace_id_id_fk" FOREIGN KEY ("workspace_id","event_id") REFERENCES "public"."events"("workspace_id","id") ON DELETE SET NULL ("event_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_suggestions" ADD CONSTRAINT "event_suggestions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_assertions" ADD CONSTRAINT "suggestion_assertions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_assertions" ADD CONSTRAINT "suggestion_assertions_workspace_id_suggestion_id_article_suggestions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","suggestion_id") REFERENCES "public"."article_suggestions"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_assertions" ADD CONSTRAINT "suggestion_assertions_workspace_id_assertion_id_assertions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","assertion_id") REFERENCES "public"."assertions"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_suggestions_status_idx" ON "event_suggestions" USING btree ("workspace_id","status","score");--> statement-breakpoint
CREATE INDEX "suggestion_assertions_assertion_idx" ON "suggestion_assertions" USING btree ("workspace_id","assertion_id");