import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./_columns";
import { ballotSource, outcomeRule, utilityKind } from "./enums";
import { users } from "./people";
import { plans } from "./plans";
import { proposals } from "./proposals";

/**
 * One ballot per person per plan, enforced by a unique index rather than select-then-insert.
 * Paper ballots have no voter, so they fall outside the index (NULLs are distinct).
 */
export const ballots = pgTable(
  "ballots",
  {
    id: id(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    voterId: uuid("voter_id").references(() => users.id, { onDelete: "restrict" }),
    source: ballotSource("source").notNull().default("online"),
    // Shown on the receipt; unguessable, so it identifies a ballot only to its holder.
    reference: text("reference").notNull().unique(),
    enteredBy: uuid("entered_by").references(() => users.id, { onDelete: "set null" }),
    castAt: createdAt(),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("ballots_plan_voter_uq").on(t.planId, t.voterId),
    index("ballots_plan_source_idx").on(t.planId, t.source),
    // Paper and imported ballots are anonymous; online ones always belong to a person.
    check("ballots_source_voter_ck", sql`${t.source} <> 'online' or ${t.voterId} is not null`),
  ],
);

export const ballotChoices = pgTable(
  "ballot_choices",
  {
    ballotId: uuid("ballot_id")
      .notNull()
      .references(() => ballots.id, { onDelete: "cascade" }),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    // 1 for approval and knapsack; the points given for cumulative ballots.
    points: integer("points").notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.ballotId, t.proposalId] }),
    index("ballot_choices_proposal_idx").on(t.proposalId),
    check("ballot_choices_points_ck", sql`${t.points} > 0`),
  ],
);

/** Paper approval ballots entered as counts per project, shown separately in results. */
export const paperTallies = pgTable(
  "paper_tallies",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    approvals: integer("approvals").notNull(),
    enteredBy: uuid("entered_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.proposalId] }),
    check("paper_tallies_approvals_ck", sql`${t.approvals} >= 0`),
  ],
);

/** A computed outcome, stored with the rule and a fingerprint of its inputs so it can be reproduced. */
export const outcomes = pgTable(
  "outcomes",
  {
    id: id(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    rule: outcomeRule("rule").notNull(),
    utility: utilityKind("utility").notNull(),
    tieBreak: text("tie_break").notNull().default("project id as text, ascending"),
    inputsFingerprint: text("inputs_fingerprint").notNull(),
    budgetPence: bigint("budget_pence", { mode: "number" }).notNull(),
    spentPence: bigint("spent_pence", { mode: "number" }).notNull(),
    voterCount: integer("voter_count").notNull(),
    isCurrent: boolean("is_current").notNull().default(true),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    computedBy: uuid("computed_by").references(() => users.id, { onDelete: "set null" }),
    computedAt: createdAt(),
  },
  (t) => [
    index("outcomes_plan_idx").on(t.planId, t.computedAt),
    uniqueIndex("outcomes_one_current_uq").on(t.planId).where(sql`is_current`),
    check("outcomes_spent_ck", sql`${t.spentPence} >= 0 and ${t.spentPence} <= ${t.budgetPence}`),
  ],
);

export const outcomeProjects = pgTable(
  "outcome_projects",
  {
    outcomeId: uuid("outcome_id")
      .notNull()
      .references(() => outcomes.id, { onDelete: "cascade" }),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    votes: integer("votes").notNull(),
    paperVotes: integer("paper_votes").notNull().default(0),
    costPence: bigint("cost_pence", { mode: "number" }).notNull(),
    selected: boolean("selected").notNull(),
    // Which stage chose it: a ring-fence's label, or "main".
    stage: text("stage").notNull().default("main"),
    explanation: text("explanation").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.outcomeId, t.proposalId] }),
    index("outcome_projects_proposal_idx").on(t.proposalId),
    check("outcome_projects_votes_ck", sql`${t.votes} >= 0 and ${t.paperVotes} >= 0`),
    check("outcome_projects_cost_ck", sql`${t.costPence} >= 0`),
  ],
);
