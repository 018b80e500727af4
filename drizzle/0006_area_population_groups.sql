CREATE TYPE "public"."equality_question" AS ENUM('age_band', 'gender', 'ethnicity', 'disability', 'employment_status');--> statement-breakpoint
CREATE TABLE "area_population_groups" (
	"area_id" uuid NOT NULL,
	"question" "equality_question" NOT NULL,
	"answer" text NOT NULL,
	"people" integer NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "area_population_groups_area_id_question_answer_pk" PRIMARY KEY("area_id","question","answer"),
	CONSTRAINT "area_population_groups_people_ck" CHECK ("area_population_groups"."people" >= 0)
);
--> statement-breakpoint
ALTER TABLE "area_population_groups" ADD CONSTRAINT "area_population_groups_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;