import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { assessments, interestDeclarations, users } from "../../schema";

/** Read from the database, never from a form: the policy's interestDeclared comes from here. */
export async function isInterestDeclared(db: Database, proposalId: string, reviewerId: string): Promise<boolean> {
  const [row] = await db
    .select({ reviewerId: interestDeclarations.reviewerId })
    .from(interestDeclarations)
    .where(and(eq(interestDeclarations.proposalId, proposalId), eq(interestDeclarations.reviewerId, reviewerId)));
  return row !== undefined;
}

export function listInterestDeclarations(db: Database, proposalId: string) {
  return db
    .select({ reviewerId: interestDeclarations.reviewerId, reviewerName: users.name, reason: interestDeclarations.reason, createdAt: interestDeclarations.createdAt })
    .from(interestDeclarations)
    .innerJoin(users, eq(users.id, interestDeclarations.reviewerId))
    .where(eq(interestDeclarations.proposalId, proposalId))
    .orderBy(asc(interestDeclarations.createdAt));
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
