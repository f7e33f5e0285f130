CREATE TABLE "reliability_refresh_queue" (
	"workspace_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reliability_refresh_queue_workspace_id_event_id_pk" PRIMARY KEY("workspace_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "reliability_refreshed_scores" (
	"workspace_id" uuid NOT NULL,
	"outlet_id" uuid NOT NULL,
	"snapshot_id" uuid NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"status" "score_status" NOT NULL,
	"basis" "evidence_basis" NOT NULL,
	"score" double precision,
	"accuracy" double precision,
	"accuracy_low" double precision,
	"accuracy_high" double precision,
	"assertion_count" integer NOT NULL,
	"claim_count" integer NOT NULL,
	"unsourced_count" integer NOT NULL,
	"anonymous_count" integer NOT NULL,
	"components" jsonb NOT NULL,
	CONSTRAINT "reliability_refreshed_scores_workspace_id_outlet_id_pk" PRIMARY KEY("workspace_id","outlet_id"),
	CONSTRAINT "reliability_refreshed_scores_score_iff_scored" CHECK (("reliability_refreshed_scores"."status" = 'scored') = ("reliability_refreshed_scores"."score" is not null and "reliability_refreshed_scores"."accuracy" is not null))
);
--> statement-breakpoint
CREATE TABLE "reliability_state_parts" (
	"workspace_id" uuid NOT NULL,
	"snapshot_id" uuid NOT NULL,
	"first_object" text NOT NULL,
	"last_object" text NOT NULL,
	"claims" "bytea" NOT NULL,
	CONSTRAINT "reliability_state_parts_workspace_id_first_object_pk" PRIMARY KEY("workspace_id","first_object")
);
--> statement-breakpoint
CREATE TABLE "reliability_states" (
	"workspace_id" uuid NOT NULL,
	"snapshot_id" uuid NOT NULL,
	"algorithm_version" text NOT NULL,
	"parameters" jsonb NOT NULL,
	"state" "bytea" NOT NULL,
	"refreshes" integer DEFAULT 0 NOT NULL,
	"refreshed_at" timestamp with time zone,
	CONSTRAINT "reliability_states_workspace_id_pk" PRIMARY KEY("workspace_id")
);
--> statement-breakpoint
ALTER TABLE "reliability_refresh_queue" ADD CONSTRAINT "reliability_refresh_queue_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliability_refreshed_scores" ADD CONSTRAINT "reliability_refreshed_scores_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliability_refreshed_scores" ADD CONSTRAINT "reliability_refreshed_scores_workspace_id_snapshot_id_reliability_snapshots_workspace_id_id_fk" FOREIGN KEY ("workspace_id","snapshot_id") REFERENCES "public"."reliability_snapshots"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliability_refreshed_scores" ADD CONSTRAINT "reliability_refreshed_scores_workspace_id_outlet_id_outlets_workspace_id_id_fk" FOREIGN KEY ("workspace_id","outlet_id") REFERENCES "public"."outlets"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliability_state_parts" ADD CONSTRAINT "reliability_state_parts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliability_state_parts" ADD CONSTRAINT "reliability_state_parts_workspace_id_snapshot_id_reliability_snapshots_workspace_id_id_fk" FOREIGN KEY ("workspace_id","snapshot_id") REFERENCES "public"."reliability_snapshots"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliability_states" ADD CONSTRAINT "reliability_states_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliability_states" ADD CONSTRAINT "reliability_states_workspace_id_snapshot_id_reliability_snapshots_workspace_id_id_fk" FOREIGN KEY ("workspace_id","snapshot_id") REFERENCES "public"."reliability_snapshots"("workspace_id","id") ON DELETE cascade ON UPDATE no action;