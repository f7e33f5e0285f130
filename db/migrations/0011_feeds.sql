CREATE TABLE "feed_items" (
	"workspace_id" uuid NOT NULL,
	"feed_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"url" text,
	"title" text,
	"status" text NOT NULL,
	"article_id" uuid,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feed_items_workspace_id_feed_id_item_key_pk" PRIMARY KEY("workspace_id","feed_id","item_key")
);
--> statement-breakpoint
CREATE TABLE "feeds" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"url" text NOT NULL,
	"title" text,
	"active" boolean DEFAULT true NOT NULL,
	"poll_interval_seconds" integer DEFAULT 900 NOT NULL,
	"etag" text,
	"last_modified" text,
	"last_polled_at" timestamp with time zone,
	"last_result" text,
	"last_error" text,
	"failures" integer DEFAULT 0 NOT NULL,
	"next_poll_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "feeds_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "feeds_url_key" UNIQUE("workspace_id","url"),
	CONSTRAINT "feeds_url_http" CHECK ("feeds"."url" ~* '^https?://')
);
--> statement-breakpoint
ALTER TABLE "feed_items" ADD CONSTRAINT "feed_items_workspace_id_feed_id_feeds_workspace_id_id_fk" FOREIGN KEY ("workspace_id","feed_id") REFERENCES "public"."feeds"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feeds" ADD CONSTRAINT "feeds_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feeds" ADD CONSTRAINT "feeds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feeds_due_idx" ON "feeds" USING btree ("active","next_poll_at");