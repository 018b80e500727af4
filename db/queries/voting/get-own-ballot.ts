import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../../connect";
import { ballotChoices, ballots, proposals } from "../../schema";

/** The person's current ballot with its choices (and on a points ballot, their points), for "your ballot is counted". */
export async function getOwnBallot(db: Database, planId: string, voterId: string) {
  const [ballot] = await db.select().from(ballots).where(and(eq(ballots.planId, planId), eq(ballots.voterId, voterId)));
  if (!ballot) return null;
  const choices = await db
    .select({ id: proposals.id, title: proposals.title, points: ballotChoices.points, costPence: sql<number>`coalesce(${proposals.finalCostPence}, ${proposals.estimatedCostPence})::bigint`.mapWith(Number) })
    .from(ballotChoices)
    .innerJoin(proposals, eq(proposals.id, ballotChoices.proposalId))
    .where(eq(ballotChoices.ballotId, ballot.id))
    .orderBy(asc(proposals.title));
  return { ...ballot, choices };
}
