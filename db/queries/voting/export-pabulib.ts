import { asc, eq, sql } from "drizzle-orm";
import { serialisePabulib } from "@/lib/pabulib/parse";
import type { Database } from "../../connect";
import { ballotChoices, ballots, plans, proposals } from "../../schema";

/** A plan's ballots as a Pabulib file: approval ballots, voter ids replaced by sequence numbers. */
export async function exportPlanAsPabulib(db: Database, planSlug: string): Promise<string> {
  const [plan] = await db.select().from(plans).where(eq(plans.slug, planSlug));
  if (!plan) throw new Error(`no plan with slug "${planSlug}"`);
  const projectRows = await db
    .select({ id: proposals.id, externalRef: proposals.externalRef, title: proposals.title, cost: sql<number>`coalesce(${proposals.finalCostPence}, ${proposals.estimatedCostPence})::bigint`.mapWith(Number) })
    .from(proposals)
    .where(eq(proposals.planId, plan.id))
    .orderBy(asc(proposals.externalRef), asc(proposals.id));
  const onBallot = projectRows;
  const idOf = new Map(onBallot.map((p, i) => [p.id, p.externalRef ?? String(i + 1)]));
  const ballotRows = await db
    .select({ id: ballots.id, choices: sql<string[]>`coalesce(array_agg(${ballotChoices.proposalId}::text order by ${ballotChoices.proposalId}) filter (where ${ballotChoices.proposalId} is not null), '{}')` })
    .from(ballots)
    .leftJoin(ballotChoices, eq(ballotChoices.ballotId, ballots.id))
    .where(eq(ballots.planId, plan.id))
    .groupBy(ballots.id)
    .orderBy(asc(ballots.castAt), asc(ballots.id));
  const projects = onBallot;
  return serialisePabulib({
    meta: {
      description: plan.title,
      country: "United Kingdom",
      unit: plan.slug,
      instance: plan.periodLabel || plan.slug,
      num_projects: String(projects.length),
      num_votes: String(ballotRows.length),
      budget: String(Math.floor(plan.budgetPence / 100)),
      vote_type: "approval",
      rule: plan.outcomeRule === "greedy" ? "greedy" : plan.outcomeRule === "mes" ? "equalshares" : "equalshares/add1",
      currency: "GBP",
    },
    projects: projects.map((p) => ({ id: idOf.get(p.id) ?? p.id, cost: Math.round(p.cost / 100), fields: { name: p.title } })),
    votes: ballotRows.map((b, i) => ({ voterId: String(i + 1), vote: b.choices.map((id) => idOf.get(id) ?? id), fields: {} })),
  });
}
