ALTER TYPE "public"."ballot_source" ADD VALUE 'imported';--> statement-breakpoint
ALTER TABLE "ballots" DROP CONSTRAINT "ballots_source_voter_ck";--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "external_ref" text;--> statement-breakpoint
CREATE UNIQUE INDEX "proposals_plan_external_ref_uq" ON "proposals" USING btree ("plan_id","external_ref");--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_source_voter_ck" CHECK ("ballots"."source" <> 'online' or "ballots"."voter_id" is not null);