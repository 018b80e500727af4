import { and, desc, eq, sql } from "drizzle-orm";
import type { BallotSource } from "@/lib/voting/ballot-methods";
import type { Database } from "../../connect";
import { areas, ballots, outcomeProjects, outcomes, proposals } from "../../schema";

/** A plan's current count with every project's explanation, and ballots by source. */
export async function getPlanResults(db: Database, planId: string) {
  const [outcome] = await db.select().from(outcomes).where(and(eq(outcomes.planId, planId), eq(outcomes.isCurrent, true)));
  if (!outcome) return null;
  const [projects, bySource] = await Promise.all([
    db
      .select({
        proposalId: outcomeProjects.proposalId,
        title: proposals.title,
        areaName: areas.name,
        imdDecile: areas.imdDecile,
        votes: outcomeProjects.votes,
        paperVotes: outcomeProjects.paperVotes,
        costPence: outcomeProjects.costPence,
        selected: outcomeProjects.selected,
        stage: outcomeProjects.stage,
        explanation: outcomeProjects.explanation,
      })
      .from(outcomeProjects)
      .innerJoin(proposals, eq(proposals.id, outcomeProjects.proposalId))
      .innerJoin(areas, eq(areas.id, proposals.areaId))
      .where(eq(outcomeProjects.outcomeId, outcome.id))
      .orderBy(desc(outcomeProjects.selected), desc(outcomeProjects.votes), proposals.title),
    db.select({ source: ballots.source, n: sql<number>`count(*)::int` }).from(ballots).where(eq(ballots.planId, planId)).groupBy(ballots.source),
  ]);
  return {
    outcome,
    projects,
    ballots: Object.fromEntries(bySource.map((b) => [b.source, b.n])) as Partial<Record<BallotSource, number>>,
  };
}
