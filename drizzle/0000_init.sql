CREATE TYPE "public"."ballot_method" AS ENUM('approval', 'knapsack', 'cumulative');--> statement-breakpoint
CREATE TYPE "public"."ballot_source" AS ENUM('online', 'paper');--> statement-breakpoint
CREATE TYPE "public"."comment_stance" AS ENUM('support', 'concern', 'question', 'idea');--> statement-breakpoint
CREATE TYPE "public"."flag_status" AS ENUM('open', 'upheld', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."indicator_kind" AS ENUM('jobs_created', 'volunteer_hours', 'local_spend_pence', 'people_reached', 'apprenticeships');--> statement-breakpoint
CREATE TYPE "public"."invitation_status" AS ENUM('pending', 'accepted', 'declined', 'revoked');--> statement-breakpoint
CREATE TYPE "public"."moderation_action_kind" AS ENUM('hide', 'restore', 'merge', 'suspend', 'reinstate', 'verify_home_area', 'verify_organisation', 'dismiss_flag');--> statement-breakpoint
CREATE TYPE "public"."need_status" AS ENUM('open', 'met', 'closed');--> statement-breakpoint
CREATE TYPE "public"."organisation_role" AS ENUM('owner', 'admin', 'member');--> statement-breakpoint
CREATE TYPE "public"."outcome_rule" AS ENUM('greedy', 'mes', 'mes_add1');--> statement-breakpoint
CREATE TYPE "public"."participant_type" AS ENUM('resident', 'community_voluntary', 'social_enterprise', 'business', 'public_body');--> statement-breakpoint
CREATE TYPE "public"."partner_status" AS ENUM('proposed', 'agreed', 'declined');--> statement-breakpoint
CREATE TYPE "public"."plan_phase" AS ENUM('draft', 'ideas', 'review', 'voting', 'results', 'adopted', 'delivery');--> statement-breakpoint
CREATE TYPE "public"."pledge_kind" AS ENUM('volunteer_hours', 'money', 'premises', 'equipment', 'skills', 'jobs', 'procurement');--> statement-breakpoint
CREATE TYPE "public"."pledge_status" AS ENUM('offered', 'confirmed', 'declined', 'delivered', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."proposal_status" AS ENUM('draft', 'published', 'shortlisted', 'on_ballot', 'selected', 'not_selected', 'adopted', 'in_delivery', 'delivered', 'withdrawn', 'hidden');--> statement-breakpoint
CREATE TYPE "public"."ring_fence_kind" AS ENUM('deprived_areas', 'listed_areas', 'community_proposals');--> statement-breakpoint
CREATE TYPE "public"."sector" AS ENUM('community_voluntary', 'social_enterprise', 'business', 'public_body');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('moderator', 'reviewer', 'admin');--> statement-breakpoint
CREATE TYPE "public"."utility_kind" AS ENUM('cost', 'approval');--> statement-breakpoint
CREATE TABLE "areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"population" integer NOT NULL,
	"imd_decile" integer NOT NULL,
	"boundary" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "areas_population_ck" CHECK ("areas"."population" >= 0),
	CONSTRAINT "areas_imd_decile_ck" CHECK ("areas"."imd_decile" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regions_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "equality_answers" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"age_band" text,
	"gender" text,
	"ethnicity" text,
	"disability" text,
	"employment_status" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"session_token" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"expires" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_roles" (
	"user_id" uuid NOT NULL,
	"role" "staff_role" NOT NULL,
	"granted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_roles_user_id_role_pk" PRIMARY KEY("user_id","role")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text,
	"email" text,
	"email_verified" timestamp with time zone,
	"image" text,
	"participant_type" "participant_type" DEFAULT 'resident' NOT NULL,
	"home_area_id" uuid,
	"home_area_verified_at" timestamp with time zone,
	"home_area_verified_by" uuid,
	"suspended_at" timestamp with time zone,
	"suspended_reason" text,
	"deleted_at" timestamp with time zone,
	"notify_by_email" boolean DEFAULT true NOT NULL,
	"notify_digest" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" "organisation_role" DEFAULT 'member' NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"status" "invitation_status" DEFAULT 'pending' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "invitations_role_ck" CHECK ("invitations"."role" <> 'owner')
);
--> statement-breakpoint
CREATE TABLE "join_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status" "invitation_status" DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "organisation_role" DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"sector" "sector" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"offers" text DEFAULT '' NOT NULL,
	"area_served_id" uuid,
	"website" text,
	"verified_at" timestamp with time zone,
	"verified_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "assessment_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_phases" (
	"plan_id" uuid NOT NULL,
	"phase" "plan_phase" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	CONSTRAINT "plan_phases_plan_id_phase_pk" PRIMARY KEY("plan_id","phase"),
	CONSTRAINT "plan_phases_dates_ck" CHECK ("plan_phases"."ends_at" is null or "plan_phases"."ends_at" > "plan_phases"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "plan_themes" (
	"plan_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "plan_themes_plan_id_theme_id_pk" PRIMARY KEY("plan_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"period_label" text DEFAULT '' NOT NULL,
	"phase" "plan_phase" DEFAULT 'draft' NOT NULL,
	"budget_pence" bigint NOT NULL,
	"ballot_method" "ballot_method" DEFAULT 'approval' NOT NULL,
	"approval_limit" integer,
	"cumulative_points" integer,
	"outcome_rule" "outcome_rule" DEFAULT 'mes_add1' NOT NULL,
	"utility" "utility_kind" DEFAULT 'cost' NOT NULL,
	"requires_verified_voters" boolean DEFAULT false NOT NULL,
	"minimum_voter_age" integer,
	"support_threshold" integer DEFAULT 25 NOT NULL,
	"pre_moderation" boolean DEFAULT false NOT NULL,
	"rules_frozen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_slug_unique" UNIQUE("slug"),
	CONSTRAINT "plans_budget_ck" CHECK ("plans"."budget_pence" >= 0),
	CONSTRAINT "plans_approval_limit_ck" CHECK ("plans"."approval_limit" is null or "plans"."approval_limit" > 0),
	CONSTRAINT "plans_cumulative_points_ck" CHECK ("plans"."cumulative_points" is null or "plans"."cumulative_points" > 0),
	CONSTRAINT "plans_support_threshold_ck" CHECK ("plans"."support_threshold" >= 0)
);
--> statement-breakpoint
CREATE TABLE "pledge_rates" (
	"plan_id" uuid NOT NULL,
	"kind" "pledge_kind" NOT NULL,
	"unit" text NOT NULL,
	"pence_per_unit" bigint NOT NULL,
	CONSTRAINT "pledge_rates_plan_id_kind_pk" PRIMARY KEY("plan_id","kind"),
	CONSTRAINT "pledge_rates_pence_ck" CHECK ("pledge_rates"."pence_per_unit" >= 0)
);
--> statement-breakpoint
CREATE TABLE "ring_fence_areas" (
	"ring_fence_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	CONSTRAINT "ring_fence_areas_ring_fence_id_area_id_pk" PRIMARY KEY("ring_fence_id","area_id")
);
--> statement-breakpoint
CREATE TABLE "ring_fences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"label" text NOT NULL,
	"kind" "ring_fence_kind" NOT NULL,
	"amount_pence" bigint NOT NULL,
	"max_imd_decile" integer,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "ring_fences_amount_ck" CHECK ("ring_fences"."amount_pence" >= 0),
	CONSTRAINT "ring_fences_decile_ck" CHECK ("ring_fences"."max_imd_decile" is null or "ring_fences"."max_imd_decile" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "strategic_priorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"organisation_id" uuid,
	"parent_id" uuid,
	"stance" "comment_stance" NOT NULL,
	"body" text NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comments_body_ck" CHECK (char_length("comments"."body") between 1 and 5000)
);
--> statement-breakpoint
CREATE TABLE "endorsements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"endorsed_by" uuid,
	"statement" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follows" (
	"proposal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"alt_text" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_photos_storage_key_unique" UNIQUE("storage_key"),
	CONSTRAINT "proposal_photos_position_ck" CHECK ("proposal_photos"."position" between 0 and 2)
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"organisation_id" uuid,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"status" "proposal_status" DEFAULT 'draft' NOT NULL,
	"status_before_hidden" "proposal_status",
	"hidden_reason" text,
	"estimated_cost_pence" bigint NOT NULL,
	"final_cost_pence" bigint,
	"shortlist_reason" text,
	"merged_into_id" uuid,
	"latitude" double precision,
	"longitude" double precision,
	"support_count" integer DEFAULT 0 NOT NULL,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"pledged_value_pence" bigint DEFAULT 0 NOT NULL,
	"open_need_count" integer DEFAULT 0 NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B') || setweight(to_tsvector('english', coalesce(body, '')), 'C')) STORED,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposals_estimated_cost_ck" CHECK ("proposals"."estimated_cost_pence" >= 0),
	CONSTRAINT "proposals_final_cost_ck" CHECK ("proposals"."final_cost_pence" is null or "proposals"."final_cost_pence" >= 0),
	CONSTRAINT "proposals_counts_ck" CHECK ("proposals"."support_count" >= 0 and "proposals"."comment_count" >= 0 and "proposals"."open_need_count" >= 0),
	CONSTRAINT "proposals_pledged_ck" CHECK ("proposals"."pledged_value_pence" >= 0),
	CONSTRAINT "proposals_title_ck" CHECK (char_length("proposals"."title") between 1 and 140),
	CONSTRAINT "proposals_point_ck" CHECK (("proposals"."latitude" is null) = ("proposals"."longitude" is null) and ("proposals"."latitude" is null or ("proposals"."latitude" between -90 and 90 and "proposals"."longitude" between -180 and 180)))
);
--> statement-breakpoint
CREATE TABLE "supports" (
	"proposal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"kind" "pledge_kind" NOT NULL,
	"description" text NOT NULL,
	"status" "need_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"status" "partner_status" DEFAULT 'proposed' NOT NULL,
	"offered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pledges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"pledger_id" uuid NOT NULL,
	"organisation_id" uuid,
	"need_id" uuid,
	"kind" "pledge_kind" NOT NULL,
	"quantity" numeric(12, 2) NOT NULL,
	"unit" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" "pledge_status" DEFAULT 'offered' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pledges_quantity_ck" CHECK ("pledges"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "ballot_choices" (
	"ballot_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"points" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "ballot_choices_ballot_id_proposal_id_pk" PRIMARY KEY("ballot_id","proposal_id"),
	CONSTRAINT "ballot_choices_points_ck" CHECK ("ballot_choices"."points" > 0)
);
--> statement-breakpoint
CREATE TABLE "ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"voter_id" uuid,
	"source" "ballot_source" DEFAULT 'online' NOT NULL,
	"reference" text NOT NULL,
	"entered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ballots_reference_unique" UNIQUE("reference"),
	CONSTRAINT "ballots_source_voter_ck" CHECK ("ballots"."source" = 'paper' or "ballots"."voter_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "outcome_projects" (
	"outcome_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"votes" integer NOT NULL,
	"paper_votes" integer DEFAULT 0 NOT NULL,
	"cost_pence" bigint NOT NULL,
	"selected" boolean NOT NULL,
	"stage" text DEFAULT 'main' NOT NULL,
	"explanation" text NOT NULL,
	CONSTRAINT "outcome_projects_outcome_id_proposal_id_pk" PRIMARY KEY("outcome_id","proposal_id"),
	CONSTRAINT "outcome_projects_votes_ck" CHECK ("outcome_projects"."votes" >= 0 and "outcome_projects"."paper_votes" >= 0),
	CONSTRAINT "outcome_projects_cost_ck" CHECK ("outcome_projects"."cost_pence" >= 0)
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"rule" "outcome_rule" NOT NULL,
	"utility" "utility_kind" NOT NULL,
	"tie_break" text DEFAULT 'project id as text, ascending' NOT NULL,
	"inputs_fingerprint" text NOT NULL,
	"budget_pence" bigint NOT NULL,
	"spent_pence" bigint NOT NULL,
	"voter_count" integer NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"computed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcomes_spent_ck" CHECK ("outcomes"."spent_pence" >= 0 and "outcomes"."spent_pence" <= "outcomes"."budget_pence")
);
--> statement-breakpoint
CREATE TABLE "paper_tallies" (
	"plan_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"approvals" integer NOT NULL,
	"entered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "paper_tallies_plan_id_proposal_id_pk" PRIMARY KEY("plan_id","proposal_id"),
	CONSTRAINT "paper_tallies_approvals_ck" CHECK ("paper_tallies"."approvals" >= 0)
);
--> statement-breakpoint
CREATE TABLE "assessment_priorities" (
	"assessment_id" uuid NOT NULL,
	"priority_id" uuid NOT NULL,
	CONSTRAINT "assessment_priorities_assessment_id_priority_id_pk" PRIMARY KEY("assessment_id","priority_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_scores" (
	"assessment_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"score" integer NOT NULL,
	CONSTRAINT "assessment_scores_assessment_id_criterion_id_pk" PRIMARY KEY("assessment_id","criterion_id"),
	CONSTRAINT "assessment_scores_score_ck" CHECK ("assessment_scores"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delivery_indicators" (
	"update_id" uuid NOT NULL,
	"kind" "indicator_kind" NOT NULL,
	"value" numeric(14, 2) NOT NULL,
	CONSTRAINT "delivery_indicators_update_id_kind_pk" PRIMARY KEY("update_id","kind"),
	CONSTRAINT "delivery_indicators_value_ck" CHECK ("delivery_indicators"."value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "delivery_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"milestone" text,
	"happened_on" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interest_declarations" (
	"proposal_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interest_declarations_proposal_id_reviewer_id_pk" PRIMARY KEY("proposal_id","reviewer_id")
);
--> statement-breakpoint
CREATE TABLE "official_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"status" "proposal_status" NOT NULL,
	"body" text NOT NULL,
	"responding_body" text NOT NULL,
	"responded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_signatures" (
	"plan_version_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"signed_by" uuid,
	"statement" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_signatures_plan_version_id_organisation_id_pk" PRIMARY KEY("plan_version_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"content" jsonb NOT NULL,
	"published_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_versions_version_ck" CHECK ("plan_versions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"reason" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reporter_id" uuid NOT NULL,
	"proposal_id" uuid,
	"comment_id" uuid,
	"reason" text NOT NULL,
	"status" "flag_status" DEFAULT 'open' NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flags_one_target_ck" CHECK (num_nonnulls("flags"."proposal_id", "flags"."comment_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "moderation_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"moderator_id" uuid NOT NULL,
	"action" "moderation_action_kind" NOT NULL,
	"proposal_id" uuid,
	"comment_id" uuid,
	"subject_user_id" uuid,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"proposal_id" uuid,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"href" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limits_key_window_start_pk" PRIMARY KEY("key","window_start"),
	CONSTRAINT "rate_limits_count_ck" CHECK ("rate_limits"."count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equality_answers" ADD CONSTRAINT "equality_answers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_roles" ADD CONSTRAINT "staff_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_roles" ADD CONSTRAINT "staff_roles_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_home_area_id_areas_id_fk" FOREIGN KEY ("home_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_area_served_id_areas_id_fk" FOREIGN KEY ("area_served_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_criteria" ADD CONSTRAINT "assessment_criteria_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_phases" ADD CONSTRAINT "plan_phases_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_themes" ADD CONSTRAINT "plan_themes_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_themes" ADD CONSTRAINT "plan_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_rates" ADD CONSTRAINT "pledge_rates_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ring_fence_areas" ADD CONSTRAINT "ring_fence_areas_ring_fence_id_ring_fences_id_fk" FOREIGN KEY ("ring_fence_id") REFERENCES "public"."ring_fences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ring_fence_areas" ADD CONSTRAINT "ring_fence_areas_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ring_fences" ADD CONSTRAINT "ring_fences_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategic_priorities" ADD CONSTRAINT "strategic_priorities_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_endorsed_by_users_id_fk" FOREIGN KEY ("endorsed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_photos" ADD CONSTRAINT "proposal_photos_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_merged_into_id_proposals_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_offered_by_users_id_fk" FOREIGN KEY ("offered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_pledger_id_users_id_fk" FOREIGN KEY ("pledger_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_choices" ADD CONSTRAINT "ballot_choices_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_choices" ADD CONSTRAINT "ballot_choices_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_voter_id_users_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_projects" ADD CONSTRAINT "outcome_projects_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_projects" ADD CONSTRAINT "outcome_projects_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_computed_by_users_id_fk" FOREIGN KEY ("computed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_tallies" ADD CONSTRAINT "paper_tallies_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_tallies" ADD CONSTRAINT "paper_tallies_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_tallies" ADD CONSTRAINT "paper_tallies_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_priorities" ADD CONSTRAINT "assessment_priorities_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_priorities" ADD CONSTRAINT "assessment_priorities_priority_id_strategic_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."strategic_priorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_criterion_id_assessment_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."assessment_criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_indicators" ADD CONSTRAINT "delivery_indicators_update_id_delivery_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."delivery_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_updates" ADD CONSTRAINT "delivery_updates_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_updates" ADD CONSTRAINT "delivery_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_declarations" ADD CONSTRAINT "interest_declarations_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_declarations" ADD CONSTRAINT "interest_declarations_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_responses" ADD CONSTRAINT "official_responses_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_responses" ADD CONSTRAINT "official_responses_responded_by_users_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_signatures" ADD CONSTRAINT "plan_signatures_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_signatures" ADD CONSTRAINT "plan_signatures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_signatures" ADD CONSTRAINT "plan_signatures_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_moderator_id_users_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_subject_user_id_users_id_fk" FOREIGN KEY ("subject_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "areas_region_code_uq" ON "areas" USING btree ("region_id","code");--> statement-breakpoint
CREATE INDEX "areas_region_name_idx" ON "areas" USING btree ("region_id","name");--> statement-breakpoint
CREATE INDEX "areas_region_decile_idx" ON "areas" USING btree ("region_id","imd_decile");--> statement-breakpoint
CREATE UNIQUE INDEX "themes_region_slug_uq" ON "themes" USING btree ("region_id","slug");--> statement-breakpoint
CREATE INDEX "accounts_user_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "staff_roles_role_idx" ON "staff_roles" USING btree ("role");--> statement-breakpoint
CREATE INDEX "users_home_area_idx" ON "users" USING btree ("home_area_id");--> statement-breakpoint
CREATE INDEX "users_created_idx" ON "users" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "users_name_idx" ON "users" USING btree ("name");--> statement-breakpoint
CREATE INDEX "invitations_org_status_idx" ON "invitations" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "invitations_email_idx" ON "invitations" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "join_requests_pending_uq" ON "join_requests" USING btree ("organisation_id","user_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "join_requests_user_idx" ON "join_requests" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_org_user_uq" ON "memberships" USING btree ("organisation_id","user_id");--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_one_owner_uq" ON "memberships" USING btree ("organisation_id") WHERE role = 'owner';--> statement-breakpoint
CREATE INDEX "organisations_region_sector_idx" ON "organisations" USING btree ("region_id","sector","name");--> statement-breakpoint
CREATE INDEX "organisations_area_idx" ON "organisations" USING btree ("area_served_id");--> statement-breakpoint
CREATE INDEX "organisations_name_idx" ON "organisations" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_criteria_plan_name_uq" ON "assessment_criteria" USING btree ("plan_id","name");--> statement-breakpoint
CREATE INDEX "plan_themes_theme_idx" ON "plan_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "plans_region_phase_idx" ON "plans" USING btree ("region_id","phase");--> statement-breakpoint
CREATE INDEX "ring_fences_plan_idx" ON "ring_fences" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "strategic_priorities_plan_idx" ON "strategic_priorities" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "comments_proposal_created_idx" ON "comments" USING btree ("proposal_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_parent_idx" ON "comments" USING btree ("parent_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_author_idx" ON "comments" USING btree ("author_id");--> statement-breakpoint
CREATE UNIQUE INDEX "endorsements_proposal_org_uq" ON "endorsements" USING btree ("proposal_id","organisation_id");--> statement-breakpoint
CREATE INDEX "endorsements_org_idx" ON "endorsements" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "follows_proposal_user_uq" ON "follows" USING btree ("proposal_id","user_id");--> statement-breakpoint
CREATE INDEX "follows_user_idx" ON "follows" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_photos_position_uq" ON "proposal_photos" USING btree ("proposal_id","position");--> statement-breakpoint
CREATE INDEX "proposals_plan_status_published_idx" ON "proposals" USING btree ("plan_id","status","published_at");--> statement-breakpoint
CREATE INDEX "proposals_plan_support_idx" ON "proposals" USING btree ("plan_id","support_count");--> statement-breakpoint
CREATE INDEX "proposals_plan_pledged_idx" ON "proposals" USING btree ("plan_id","pledged_value_pence");--> statement-breakpoint
CREATE INDEX "proposals_plan_area_idx" ON "proposals" USING btree ("plan_id","area_id");--> statement-breakpoint
CREATE INDEX "proposals_plan_theme_idx" ON "proposals" USING btree ("plan_id","theme_id");--> statement-breakpoint
CREATE INDEX "proposals_area_idx" ON "proposals" USING btree ("area_id","published_at");--> statement-breakpoint
CREATE INDEX "proposals_author_idx" ON "proposals" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "proposals_organisation_idx" ON "proposals" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "proposals_search_idx" ON "proposals" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "supports_proposal_user_uq" ON "supports" USING btree ("proposal_id","user_id");--> statement-breakpoint
CREATE INDEX "supports_user_idx" ON "supports" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "needs_proposal_idx" ON "needs" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "needs_open_kind_idx" ON "needs" USING btree ("kind","created_at") WHERE status = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "partners_proposal_org_uq" ON "partners" USING btree ("proposal_id","organisation_id");--> statement-breakpoint
CREATE INDEX "partners_org_idx" ON "partners" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "pledges_proposal_status_idx" ON "pledges" USING btree ("proposal_id","status");--> statement-breakpoint
CREATE INDEX "pledges_pledger_idx" ON "pledges" USING btree ("pledger_id");--> statement-breakpoint
CREATE INDEX "pledges_organisation_idx" ON "pledges" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "pledges_need_idx" ON "pledges" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "ballot_choices_proposal_idx" ON "ballot_choices" USING btree ("proposal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ballots_plan_voter_uq" ON "ballots" USING btree ("plan_id","voter_id");--> statement-breakpoint
CREATE INDEX "ballots_plan_source_idx" ON "ballots" USING btree ("plan_id","source");--> statement-breakpoint
CREATE INDEX "outcome_projects_proposal_idx" ON "outcome_projects" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "outcomes_plan_idx" ON "outcomes" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outcomes_one_current_uq" ON "outcomes" USING btree ("plan_id") WHERE is_current;--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_proposal_reviewer_uq" ON "assessments" USING btree ("proposal_id","reviewer_id");--> statement-breakpoint
CREATE INDEX "assessments_reviewer_idx" ON "assessments" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "delivery_updates_proposal_idx" ON "delivery_updates" USING btree ("proposal_id","happened_on");--> statement-breakpoint
CREATE INDEX "official_responses_proposal_idx" ON "official_responses" USING btree ("proposal_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_plan_version_uq" ON "plan_versions" USING btree ("plan_id","version");--> statement-breakpoint
CREATE INDEX "audit_log_created_idx" ON "audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","created_at");--> statement-breakpoint
CREATE INDEX "flags_status_created_idx" ON "flags" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "flags_proposal_idx" ON "flags" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "flags_comment_idx" ON "flags" USING btree ("comment_id");--> statement-breakpoint
CREATE INDEX "moderation_actions_created_idx" ON "moderation_actions" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "moderation_actions_proposal_idx" ON "moderation_actions" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "moderation_actions_comment_idx" ON "moderation_actions" USING btree ("comment_id");--> statement-breakpoint
CREATE INDEX "moderation_actions_subject_idx" ON "moderation_actions" USING btree ("subject_user_id");--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id") WHERE read_at is null;--> statement-breakpoint
CREATE INDEX "outbox_emails_to_created_idx" ON "outbox_emails" USING btree ("to_address","created_at");--> statement-breakpoint
CREATE INDEX "rate_limits_window_idx" ON "rate_limits" USING btree ("window_start");