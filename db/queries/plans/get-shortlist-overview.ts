import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import type { BallotSource } from "@/lib/voting/ballot-methods";
import type { Database } from "../../connect";
import { ballots, outcomes, proposals } from "../../schema";

/** What an officer needs to run a plan's shortlist and vote, in four queries. */
export async function getPlanManagement(db: Database, planId: string, threshold: number) {
  const [candidates, shortlist, ballotCounts, [current]] = await Promise.all([
    db
      .select({ id: proposals.id, title: proposals.title, supportCount: proposals.supportCount, estimatedCostPence: proposals.estimatedCostPence })
      .from(proposals)
      .where(and(eq(proposals.planId, planId), eq(proposals.status, "published")))
      .orderBy(desc(proposals.supportCount), asc(proposals.title))
      .limit(100),
    db
      .select({ id: proposals.id, title: proposals.title, status: proposals.status, supportCount: proposals.supportCount, estimatedCostPence: proposals.estimatedCostPence, finalCostPence: proposals.finalCostPence, shortlistReason: proposals.shortlistReason })
      .from(proposals)
      .where(and(eq(proposals.planId, planId), inArray(proposals.status, ["shortlisted", "on_ballot"])))
      .orderBy(asc(proposals.title)),
    db.select({ source: ballots.source, n: count() }).from(ballots).where(eq(ballots.planId, planId)).groupBy(ballots.source),
    db.select().from(outcomes).where(and(eq(outcomes.planId, planId), eq(outcomes.isCurrent, true))),
  ]);
  return {
    overThreshold: candidates.filter((c) => c.supportCount >= threshold),
    belowThreshold: candidates.filter((c) => c.supportCount < threshold),
    shortlist,
    ballots: Object.fromEntries(ballotCounts.map((b) => [b.source, b.n])) as Partial<Record<BallotSource, number>>,
    currentOutcome: current ?? null,
  };
}
