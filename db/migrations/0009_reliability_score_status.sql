CREATE TYPE "public"."evidence_basis" AS ENUM('own', 'copies_only', 'own_and_copies', 'none');--> statement-breakpoint
CREATE TYPE "public"."score_status" AS ENUM('scored', 'insufficient_evidence', 'no_outlet');--> statement-breakpoint
ALTER TABLE "reliability_scores" ALTER COLUMN "score" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "reliability_scores" ALTER COLUMN "accuracy" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "reliability_scores" ALTER COLUMN "accuracy_low" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "reliability_scores" ALTER COLUMN "accuracy_high" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "reliability_scores" ADD COLUMN "status" "score_status" DEFAULT 'scored' NOT NULL;--> statement-breakpoint
ALTER TABLE "reliability_scores" ADD COLUMN "basis" "evidence_basis" DEFAULT 'own' NOT NULL;--> statement-breakpoint
CREATE INDEX "reliability_scores_rank_idx" ON "reliability_scores" USING btree ("workspace_id","snapshot_id","status",(-coalesce("score", -1)),"outlet_id");--> statement-breakpoint
ALTER TABLE "reliability_scores" ADD CONSTRAINT "reliability_scores_score_iff_scored" CHECK (("reliability_scores"."status" = 'scored') = ("reliability_scores"."score" is not null and "reliability_scores"."accuracy" is not null));