CREATE TABLE "password_failures" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_ms" bigint NOT NULL,
	"times_ms" bigint[] DEFAULT '{}' NOT NULL
);
