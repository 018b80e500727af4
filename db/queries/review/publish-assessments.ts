import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../../connect";
import { plans } from "../../schema";
import { getCombinedAssessment } from "./get-combined-assessment";

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
