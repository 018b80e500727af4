import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { combineScores, type CombinedScores, type ScoreSheet } from "@/lib/review/assessments";
import type { ProposalFilters } from "@/lib/proposals/proposal-filters";
import type { Database } from "../../connect";
import {
  areas,
  assessmentCriteria,
  assessmentPriorities,
  assessments,
  assessmentScores,
  interestDeclarations,
  organisations,
  plans,
  proposals,
  strategicPriorities,
  supports,
  themes,
  users,
} from "../../schema";
import { proposalFiltersWhere } from "../proposals/proposal-search";

/** The proposal an assessment is about, with what the rules need: its plan and its organisation. */
export async function getProposalForAssessment(db: Database, proposalId: string) {
  const [row] = await db
    .select({
      id: proposals.id,
      title: proposals.title,
      status: proposals.status,
      organisationId: proposals.organisationId,
      organisationName: organisations.name,
      planId: plans.id,
      planSlug: plans.slug,
      planTitle: plans.title,
      planPhase: plans.phase,
    })
    .from(proposals)
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .leftJoin(organisations, eq(organisations.id, proposals.organisationId))
    .where(eq(proposals.id, proposalId));
  return row ?? null;
}

export function listPlanCriteria(db: Database, planId: string) {
  return db
    .select({ id: assessmentCriteria.id, name: assessmentCriteria.name, description: assessmentCriteria.description })
    .from(assessmentCriteria)
    .where(eq(assessmentCriteria.planId, planId))
    .orderBy(asc(assessmentCriteria.position), asc(assessmentCriteria.name));
}

export function listPlanPriorities(db: Database, planId: string) {
  return db
    .select({ id: strategicPriorities.id, title: strategicPriorities.title })
    .from(strategicPriorities)
    .where(eq(strategicPriorities.planId, planId))
    .orderBy(asc(strategicPriorities.position), asc(strategicPriorities.title));
}

/** Read from the database, never from a form: the policy's interestDeclared comes from here. */
export async function isInterestDeclared(db: Database, proposalId: string, reviewerId: string): Promise<boolean> {
  const [row] = await db
    .select({ reviewerId: interestDeclarations.reviewerId })
    .from(interestDeclarations)
    .where(and(eq(interestDeclarations.proposalId, proposalId), eq(interestDeclarations.reviewerId, reviewerId)));
  return row !== undefined;
}

/** Every assessment of a proposal with its scores and priority tags: three queries, no N+1. */
export async function listProposalAssessments(db: Database, proposalId: string) {
  const rows = await db
    .select({ id: assessments.id, reviewerId: assessments.reviewerId, reviewerName: users.name, notes: assessments.notes, updatedAt: assessments.updatedAt })
    .from(assessments)
    .innerJoin(users, eq(users.id, assessments.reviewerId))
    .where(eq(assessments.proposalId, proposalId))
    .orderBy(asc(assessments.createdAt));
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [scores, tags] = await Promise.all([
    db.select().from(assessmentScores).where(inArray(assessmentScores.assessmentId, ids)),
    db.select().from(assessmentPriorities).where(inArray(assessmentPriorities.assessmentId, ids)),
  ]);
  return rows.map((row) => ({
    ...row,
    scores: Object.fromEntries(scores.filter((s) => s.assessmentId === row.id).map((s) => [s.criterionId, s.score])) as Record<string, number>,
    priorityIds: tags.filter((t) => t.assessmentId === row.id).map((t) => t.priorityId),
  }));
}

export type ProposalAssessment = Awaited<ReturnType<typeof listProposalAssessments>>[number];

export function listInterestDeclarations(db: Database, proposalId: string) {
  return db
    .select({ reviewerId: interestDeclarations.reviewerId, reviewerName: users.name, reason: interestDeclarations.reason, createdAt: interestDeclarations.createdAt })
    .from(interestDeclarations)
    .innerJoin(users, eq(users.id, interestDeclarations.reviewerId))
    .where(eq(interestDeclarations.proposalId, proposalId))
    .orderBy(asc(interestDeclarations.createdAt));
}

export interface AssessmentInput {
  proposalId: string;
  reviewerId: string;
  notes: string;
  scores: { criterionId: string; score: number }[];
  priorityIds: string[];
}

/**
 * Saves a reviewer's assessment: one row per proposal and reviewer, its scores and tags replaced
 * whole. Call it inside the action's transaction so a half-replaced sheet is never seen.
 */
export async function saveAssessment(db: Database, input: AssessmentInput): Promise<string> {
  const [row] = await db
    .insert(assessments)
    .values({ proposalId: input.proposalId, reviewerId: input.reviewerId, notes: input.notes })
    .onConflictDoUpdate({ target: [assessments.proposalId, assessments.reviewerId], set: { notes: input.notes, updatedAt: sql`now()` } })
    .returning({ id: assessments.id });
  if (!row) throw new Error("assessment not saved");
  await db.delete(assessmentScores).where(eq(assessmentScores.assessmentId, row.id));
  await db.delete(assessmentPriorities).where(eq(assessmentPriorities.assessmentId, row.id));
  if (input.scores.length) await db.insert(assessmentScores).values(input.scores.map((s) => ({ assessmentId: row.id, criterionId: s.criterionId, score: s.score })));
  if (input.priorityIds.length) await db.insert(assessmentPriorities).values(input.priorityIds.map((priorityId) => ({ assessmentId: row.id, priorityId })));
  return row.id;
}

/**
 * Records a reviewer's interest and withdraws any scores they gave, so a conflicted score never
 * counts in the combined view. Declaring again updates the reason.
 */
export async function declareInterest(db: Database, input: { proposalId: string; reviewerId: string; reason: string }): Promise<{ removedAssessment: boolean }> {
  await db
    .insert(interestDeclarations)
    .values(input)
    .onConflictDoUpdate({ target: [interestDeclarations.proposalId, interestDeclarations.reviewerId], set: { reason: input.reason } });
  const removed = await db
    .delete(assessments)
    .where(and(eq(assessments.proposalId, input.proposalId), eq(assessments.reviewerId, input.reviewerId)))
    .returning({ id: assessments.id });
  return { removedAssessment: removed.length > 0 };
}

/** The staff view of one proposal: the plan's criteria, every sheet, the combination and any declared interests. */
export async function getCombinedAssessment(db: Database, proposalId: string, planId: string) {
  const [criteria, sheets, declarations, priorities] = await Promise.all([
    listPlanCriteria(db, planId),
    listProposalAssessments(db, proposalId),
    listInterestDeclarations(db, proposalId),
    listPlanPriorities(db, planId),
  ]);
  const combined = combineScores(criteria, sheets);
  const priorityCounts = priorities.map((p) => ({ ...p, count: sheets.filter((s) => s.priorityIds.includes(p.id)).length }));
  return { criteria, sheets, combined, declarations, priorities: priorityCounts };
}

/** Combined scores for every proposal of a plan, for the reviewer workspace. */
export async function combinedScoresForPlan(db: Database, planId: string): Promise<Map<string, CombinedScores>> {
  const [criteria, rows] = await Promise.all([
    listPlanCriteria(db, planId),
    db
      .select({ proposalId: assessments.proposalId, reviewerId: assessments.reviewerId, criterionId: assessmentScores.criterionId, score: assessmentScores.score })
      .from(assessments)
      .innerJoin(proposals, eq(proposals.id, assessments.proposalId))
      .innerJoin(assessmentScores, eq(assessmentScores.assessmentId, assessments.id))
      .where(eq(proposals.planId, planId)),
  ]);
  const sheets = new Map<string, Map<string, Record<string, number>>>();
  for (const row of rows) {
    const byReviewer = sheets.get(row.proposalId) ?? new Map<string, Record<string, number>>();
    const scores = byReviewer.get(row.reviewerId) ?? {};
    scores[row.criterionId] = row.score;
    byReviewer.set(row.reviewerId, scores);
    sheets.set(row.proposalId, byReviewer);
  }
  const result = new Map<string, CombinedScores>();
  for (const [proposalId, byReviewer] of sheets) {
    const list: ScoreSheet[] = [...byReviewer].map(([reviewerId, scores]) => ({ reviewerId, scores }));
    result.set(proposalId, combineScores(criteria, list));
  }
  return result;
}

export const reviewSorts = ["supports", "votes", "leverage", "deprived", "score"] as const;
export type ReviewSort = (typeof reviewSorts)[number];

/** Most deprived neighbourhoods: IMD deciles 1 and 2. */
const DEPRIVED_DECILE_MAX = 2;

export type ReviewFilters = Pick<ProposalFilters, "q" | "theme" | "area" | "band" | "status" | "needs" | "by">;

const noFilters: ReviewFilters = { q: "", theme: null, area: null, band: null, status: null, needs: false, by: null };

/**
 * The plan's public proposals with the signals reviewers rank by: supports, pledged value against
 * the cost (leverage), the share of supporters living in deciles 1–2, and the combined score.
 */
export async function listProposalsForReview(db: Database, planId: string, sort: ReviewSort, filters: ReviewFilters = noFilters) {
  const deprivedSupporters = db
    .select({
      proposalId: supports.proposalId,
      total: sql<number>`count(*)::int`.as("total"),
      deprived: sql<number>`count(*) filter (where ${areas.imdDecile} <= ${DEPRIVED_DECILE_MAX})::int`.as("deprived"),
    })
    .from(supports)
    .innerJoin(users, eq(users.id, supports.userId))
    .leftJoin(areas, eq(areas.id, users.homeAreaId))
    .groupBy(supports.proposalId)
    .as("deprived_supporters");
  const [rows, scores] = await Promise.all([
    db
      .select({
        id: proposals.id,
        title: proposals.title,
        status: proposals.status,
        supportCount: proposals.supportCount,
        pledgedValuePence: proposals.pledgedValuePence,
        costPence: sql<number>`coalesce(${proposals.finalCostPence}, ${proposals.estimatedCostPence})`.mapWith(Number),
        areaName: areas.name,
        imdDecile: areas.imdDecile,
        themeName: themes.name,
        organisationName: organisations.name,
        supporters: sql<number>`coalesce(${deprivedSupporters.total}, 0)`.mapWith(Number),
        deprivedSupporters: sql<number>`coalesce(${deprivedSupporters.deprived}, 0)`.mapWith(Number),
        // Ballots that chose it (online, paper and imported), plus paper approvals counted per project.
        votes: sql<number>`((select count(*) from ballot_choices bc where bc.proposal_id = ${proposals.id}) + coalesce((select sum(pt.approvals) from paper_tallies pt where pt.proposal_id = ${proposals.id}), 0))::int`.mapWith(Number),
      })
      .from(proposals)
      .innerJoin(areas, eq(areas.id, proposals.areaId))
      .innerJoin(themes, eq(themes.id, proposals.themeId))
      .leftJoin(organisations, eq(organisations.id, proposals.organisationId))
      .leftJoin(deprivedSupporters, eq(deprivedSupporters.proposalId, proposals.id))
      .where(proposalFiltersWhere(planId, filters)),
    combinedScoresForPlan(db, planId),
  ]);
  const ranked = rows.map((row) => {
    const combined = scores.get(row.id);
    return {
      ...row,
      // Pledged value per pound of public money asked for.
      leverage: row.costPence > 0 ? row.pledgedValuePence / row.costPence : 0,
      deprivedShare: row.supporters > 0 ? row.deprivedSupporters / row.supporters : 0,
      score: combined?.overall ?? null,
      scoreMin: combined?.overallMin ?? null,
      scoreMax: combined?.overallMax ?? null,
      assessmentCount: combined?.reviewerCount ?? 0,
      combined: combined ?? null,
    };
  });
  const key = (row: (typeof ranked)[number]): number => {
    switch (sort) {
      case "supports":
        return row.supportCount;
      case "votes":
        return row.votes;
      case "leverage":
        return row.leverage;
      case "deprived":
        return row.deprivedShare;
      case "score":
        return row.score ?? -1;
    }
  };
  return ranked.sort((a, b) => key(b) - key(a) || b.supportCount - a.supportCount || a.title.localeCompare(b.title));
}

export type ReviewRow = Awaited<ReturnType<typeof listProposalsForReview>>[number];

/** A plan by slug for staff pages, drafts included. */
export async function getPlanForReview(db: Database, slug: string) {
  const [plan] = await db
    .select({ id: plans.id, slug: plans.slug, title: plans.title, phase: plans.phase, regionId: plans.regionId, assessmentsPublishedAt: plans.assessmentsPublishedAt })
    .from(plans)
    .where(eq(plans.slug, slug))
    .limit(1);
  return plan ?? null;
}

/**
 * What the public may read once a plan has published its reasoning: the combined scores and the
 * reviewers' notes, never who wrote them. Before that, nothing (assessments are private to staff).
 */
export async function getPublishedReasoning(db: Database, proposalId: string, planId: string) {
  const [plan] = await db.select({ publishedAt: plans.assessmentsPublishedAt }).from(plans).where(eq(plans.id, planId));
  if (!plan?.publishedAt) return null;
  const { combined, sheets } = await getCombinedAssessment(db, proposalId, planId);
  if (combined.reviewerCount === 0) return null;
  return { combined, notes: sheets.map((sheet) => sheet.notes.trim()).filter((note) => note.length > 0), publishedAt: plan.publishedAt };
}

/** Publishes a plan's assessments once; returns false when they were already public. */
export async function publishAssessments(db: Database, planId: string): Promise<boolean> {
  const updated = await db
    .update(plans)
    .set({ assessmentsPublishedAt: sql`now()` })
    .where(and(eq(plans.id, planId), isNull(plans.assessmentsPublishedAt)))
    .returning({ id: plans.id });
  return updated.length > 0;
}
