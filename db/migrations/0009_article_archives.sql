CREATE TABLE "article_archives" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"requested_url" text NOT NULL,
	"final_url" text NOT NULL,
	"canonical_url" text NOT NULL,
	"redirects" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"http_status" integer NOT NULL,
	"content_type" text,
	"charset" text NOT NULL,
	"html" "bytea" NOT NULL,
	"html_sha256" text NOT NULL,
	"fetched_at" timestamp with time zone NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_archives_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "article_archives_canonical_key" UNIQUE("workspace_id","canonical_url"),
	CONSTRAINT "article_archives_sha256_format" CHECK ("article_archives"."html_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "article_archives_urls_http" CHECK ("article_archives"."final_url" ~* '^https?://' and "article_archives"."canonical_url" ~* '^https?://')
);
--> statement-breakpoint
ALTER TABLE "article_archives" ADD CONSTRAINT "article_archives_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_archives" ADD CONSTRAINT "article_archives_workspace_id_article_id_articles_workspace_id_id_fk" FOREIGN KEY ("workspace_id","article_id") REFERENCES "public"."articles"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_archives" ADD CONSTRAINT "article_archives_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_archives_article_idx" ON "article_archives" USING btree ("workspace_id","article_id");