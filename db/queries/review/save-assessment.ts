import { eq, sql } from "drizzle-orm";
import type { Database } from "../../connect";
import { assessmentPriorities, assessments, assessmentScores } from "../../schema";

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
