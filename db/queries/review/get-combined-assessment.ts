import { asc, eq, inArray } from "drizzle-orm";
import { type CombinedScores, combineScores, type ScoreSheet } from "@/lib/review/assessments";
import type { Database } from "../../connect";
import { assessmentPriorities, assessments, assessmentScores, proposals, users } from "../../schema";
import { listPlanCriteria, listPlanPriorities } from "./list-assessment-criteria";
import { listInterestDeclarations } from "./declare-interest";

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
