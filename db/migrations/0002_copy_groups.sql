CREATE TABLE "article_fingerprints" (
	"workspace_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"band" integer NOT NULL,
	"hash" bigint NOT NULL,
	CONSTRAINT "article_fingerprints_workspace_id_article_id_band_pk" PRIMARY KEY("workspace_id","article_id","band")
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "copy_group_id" uuid;--> statement-breakpoint
ALTER TABLE "article_fingerprints" ADD CONSTRAINT "article_fingerprints_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_fingerprints" ADD CONSTRAINT "article_fingerprints_workspace_id_article_id_articles_workspace_id_id_fk" FOREIGN KEY ("workspace_id","article_id") REFERENCES "public"."articles"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_fingerprints_lookup_idx" ON "article_fingerprints" USING btree ("workspace_id","band","hash");--> statement-breakpoint
CREATE INDEX "articles_copy_group_idx" ON "articles" USING btree ("workspace_id","copy_group_id");