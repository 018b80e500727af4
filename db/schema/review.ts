import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, tstz, updatedAt } from "./_columns";
import { indicatorKind, proposalStatus } from "./enums";
import { organisations } from "./organisations";
import { users } from "./people";
import { assessmentCriteria, plans, strategicPriorities } from "./plans";
import { proposals } from "./proposals";

/** A reviewer's assessment of a proposal; private to staff until the plan publishes its reasoning. */
export const assessments = pgTable(
  "assessments",
  {
    id: id(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    reviewerId: uuid("reviewer_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    notes: text("notes").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("assessments_proposal_reviewer_uq").on(t.proposalId, t.reviewerId),
    index("assessments_reviewer_idx").on(t.reviewerId),
  ],
);

export const assessmentScores = pgTable(
  "assessment_scores",
  {
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    criterionId: uuid("criterion_id")
      .notNull()
      .references(() => assessmentCriteria.id, { onDelete: "cascade" }),
    score: integer("score").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.criterionId] }),
    check("assessment_scores_score_ck", sql`${t.score} between 1 and 5`),
  ],
);

export const assessmentPriorities = pgTable(
  "assessment_priorities",
  {
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    priorityId: uuid("priority_id")
      .notNull()
      .references(() => strategicPriorities.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.priorityId] })],
);

/** A reviewer's declared interest in a proposal; a declared reviewer cannot score it. */
export const interestDeclarations = pgTable(
  "interest_declarations",
  {
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    reviewerId: uuid("reviewer_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.reviewerId] })],
);

/** Public "you said, we did" text attached to a status change. */
export const officialResponses = pgTable(
  "official_responses",
  {
    id: id(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    status: proposalStatus("status").notNull(),
    body: text("body").notNull(),
    // The body that gave it, e.g. "Northbridge City Council" or "Northbridge LEP".
    respondingBody: text("responding_body").notNull(),
    respondedBy: uuid("responded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("official_responses_proposal_idx").on(t.proposalId, t.createdAt)],
);

/** A published version of a people's plan; versions are immutable, a new one never rewrites an old. */
export const planVersions = pgTable(
  "plan_versions",
  {
    id: id(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
    publishedAt: createdAt(),
  },
  (t) => [
    uniqueIndex("plan_versions_plan_version_uq").on(t.planId, t.version),
    check("plan_versions_version_ck", sql`${t.version} >= 1`),
  ],
);

export const planSignatures = pgTable(
  "plan_signatures",
  {
    planVersionId: uuid("plan_version_id")
      .notNull()
      .references(() => planVersions.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    signedBy: uuid("signed_by").references(() => users.id, { onDelete: "set null" }),
    statement: text("statement").notNull().default(""),
    signedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.planVersionId, t.organisationId] })],
);

export const deliveryUpdates = pgTable(
  "delivery_updates",
  {
    id: id(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    milestone: text("milestone"),
    happenedOn: tstz("happened_on").notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [index("delivery_updates_proposal_idx").on(t.proposalId, t.happenedOn)],
);

export const deliveryIndicators = pgTable(
  "delivery_indicators",
  {
    updateId: uuid("update_id")
      .notNull()
      .references(() => deliveryUpdates.id, { onDelete: "cascade" }),
    kind: indicatorKind("kind").notNull(),
    value: numeric("value", { precision: 14, scale: 2, mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.updateId, t.kind] }),
    check("delivery_indicators_value_ck", sql`${t.value} >= 0`),
  ],
);

