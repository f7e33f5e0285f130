ALTER TABLE "reliability_snapshots" ADD COLUMN "claimed_by" text;--> statement-breakpoint
ALTER TABLE "reliability_snapshots" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reliability_snapshots" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "reliability_snapshots_pending_idx" ON "reliability_snapshots" USING btree ("created_at") WHERE "reliability_snapshots"."status" in ('queued', 'running');