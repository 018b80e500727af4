import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../connect";
import { proposals } from "../../schema";

/** Ballot projects of a plan, with the cost that counts, for the ballot page and validation. */
export async function listBallotProjects(db: Database, planId: string) {
  return db
    .select({ id: proposals.id, title: proposals.title, summary: proposals.summary, costPence: sql<number>`coalesce(${proposals.finalCostPence}, ${proposals.estimatedCostPence})::bigint`.mapWith(Number), areaId: proposals.areaId })
    .from(proposals)
    .where(and(eq(proposals.planId, planId), inArray(proposals.status, ["on_ballot"])))
    .orderBy(asc(proposals.title));
}
