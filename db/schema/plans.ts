import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, tstz, updatedAt } from "./_columns";
import {
  ballotMethod,
  outcomeRule,
  planPhase,
  pledgeKind,
  ringFenceKind,
  utilityKind,
} from "./enums";
import { areas, regions, themes } from "./geography";
import { users } from "./people";

/** A people's plan for a region and period: its budget, phases and the rules of the count. */
export const plans = pgTable(
  "plans",
  {
    id: id(),
    regionId: uuid("region_id")
      .notNull()
      .references(() => regions.id, { onDelete: "cascade" }),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    periodLabel: text("period_label").notNull().default(""),
    phase: planPhase("phase").notNull().default("draft"),
    budgetPence: bigint("budget_pence", { mode: "number" }).notNull(),
    ballotMethod: ballotMethod("ballot_method").notNull().default("approval"),
    // Approval: choose up to this many projects. Cumulative: points to spread.
    approvalLimit: integer("approval_limit"),
    cumulativePoints: integer("cumulative_points"),
    outcomeRule: outcomeRule("outcome_rule").notNull().default("mes_add1"),
    utility: utilityKind("utility").notNull().default("cost"),
    requiresVerifiedVoters: boolean("requires_verified_voters").notNull().default(false),
    minimumVoterAge: integer("minimum_voter_age"),
    supportThreshold: integer("support_threshold").notNull().default(25),
    preModeration: boolean("pre_moderation").notNull().default(false),
    // Dated phases move on by themselves at their end (db/jobs/phase-clock.ts). Voting closes at its
    // end time whatever this says: the time residents were shown is binding.
    autoAdvance: boolean("auto_advance").notNull().default(false),
    // Set when voting opens: the rules that change the count may not change after this.
    rulesFrozenAt: tstz("rules_frozen_at"),
    // Reviewers' assessments are private to staff until the plan publishes its reasoning.
    assessmentsPublishedAt: tstz("assessments_published_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("plans_region_phase_idx").on(t.regionId, t.phase),
    check("plans_budget_ck", sql`${t.budgetPence} >= 0`),
    check("plans_approval_limit_ck", sql`${t.approvalLimit} is null or ${t.approvalLimit} > 0`),
    check(
      "plans_cumulative_points_ck",
      sql`${t.cumulativePoints} is null or ${t.cumulativePoints} > 0`,
    ),
    check("plans_support_threshold_ck", sql`${t.supportThreshold} >= 0`),
  ],
);

/** Dates of each phase; what a person may do depends on the phase (docs/DESIGN.md §4). */
export const planPhases = pgTable(
  "plan_phases",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    phase: planPhase("phase").notNull(),
    startsAt: tstz("starts_at").notNull(),
    endsAt: tstz("ends_at"),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.phase] }),
    check("plan_phases_dates_ck", sql`${t.endsAt} is null or ${t.endsAt} > ${t.startsAt}`),
  ],
);

export const planThemes = pgTable(
  "plan_themes",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.planId, t.themeId] }), index("plan_themes_theme_idx").on(t.themeId)],
);

/** The LEP's strategic priorities for the plan. */
export const strategicPriorities = pgTable(
  "strategic_priorities",
  {
    id: id(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("strategic_priorities_plan_idx").on(t.planId, t.position)],
);

export const assessmentCriteria = pgTable(
  "assessment_criteria",
  {
    id: id(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("assessment_criteria_plan_name_uq").on(t.planId, t.name)],
);

/** How a plan values pledged contributions, e.g. £15 per volunteer hour. */
export const pledgeRates = pgTable(
  "pledge_rates",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    kind: pledgeKind("kind").notNull(),
    unit: text("unit").notNull(),
    pencePerUnit: bigint("pence_per_unit", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.kind] }),
    check("pledge_rates_pence_ck", sql`${t.pencePerUnit} >= 0`),
  ],
);

/** A share of the budget reserved for projects in deprived or listed areas, or by community groups. */
export const ringFences = pgTable(
  "ring_fences",
  {
    id: id(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    kind: ringFenceKind("kind").notNull(),
    amountPence: bigint("amount_pence", { mode: "number" }).notNull(),
    // deprived_areas: projects in areas with IMD decile <= this.
    maxImdDecile: integer("max_imd_decile"),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    index("ring_fences_plan_idx").on(t.planId, t.position),
    check("ring_fences_amount_ck", sql`${t.amountPence} >= 0`),
    check(
      "ring_fences_decile_ck",
      sql`${t.maxImdDecile} is null or ${t.maxImdDecile} between 1 and 10`,
    ),
  ],
);

/** For listed_areas ring-fences: which neighbourhoods qualify. */
export const ringFenceAreas = pgTable(
  "ring_fence_areas",
  {
    ringFenceId: uuid("ring_fence_id")
      .notNull()
      .references(() => ringFences.id, { onDelete: "cascade" }),
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.ringFenceId, t.areaId] })],
);

/**
 * Everyone who has taken part in a plan, once: proposed (beyond a draft), commented, supported,
 * pledged or voted online. Kept by triggers in the database (migration 0009) as those rows are
 * written, so the measures pages count a plan's participants from one small table instead of
 * de-duplicating every comment, support and ballot on each view. Taking part is for good: a
 * support withdrawn later does not undo it.
 */
export const planParticipants = pgTable(
  "plan_participants",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // When they first took part.
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.userId] }), index("plan_participants_user_idx").on(t.userId)],
);
