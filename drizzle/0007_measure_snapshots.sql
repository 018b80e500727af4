CREATE TABLE "measure_snapshots" (
	"key" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"refreshing_until" timestamp with time zone
);
