import { createHash } from "node:crypto";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { PointsBallot, RingFence } from "@/lib/outcome";
import { countPlan, paperVotesOf } from "@/lib/outcome/plan-count";
import { buildRingFences } from "@/lib/outcome/ring-fence-eligibility";
import type { Database } from "../../connect";
import { areas, ballotChoices, ballots, organisations, outcomeProjects, outcomes, paperTallies, plans, proposals, ringFenceAreas, ringFences } from "../../schema";
import { recordAudit } from "../platform/record-audit";
import { notifyProposalFollowers } from "../platform/notify-followers";
import { forgetPlanSnapshots } from "../measures/measure-snapshots";

/** Statuses of proposals that stood on the ballot (before or after a count). */
export const ballotStatuses = ["on_ballot", "selected", "not_selected", "adopted", "in_delivery", "delivered"] as const;

export interface OutcomeInputs {
  plan: typeof plans.$inferSelect;
  projects: { engineId: string; proposalId: string; cost: number; areaId: string; imdDecile: number; sector: string | null }[];
  /** The projects each ballot chose, by engine id; on a points plan, the points it gave them. */
  ballots: (string[] | PointsBallot)[];
  /** Paper approvals entered as counts per project (greedy approval plans only), by engine id. */
  paperCounts: Map<string, number>;
  ringFences: RingFence[];
  fingerprint: string;
}

/** Everything the count depends on, read in a handful of queries, with a fingerprint of it. */
export async function loadOutcomeInputs(db: Database, planId: string): Promise<OutcomeInputs> {
  const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw new Error("plan not found");
  const projectRows = await db
    .select({ id: proposals.id, externalRef: proposals.externalRef, cost: sql<number>`coalesce(${proposals.finalCostPence}, ${proposals.estimatedCostPence})::bigint`.mapWith(Number), areaId: proposals.areaId, imdDecile: areas.imdDecile, sector: organisations.sector })
    .from(proposals)
    .innerJoin(areas, eq(areas.id, proposals.areaId))
    .leftJoin(organisations, eq(organisations.id, proposals.organisationId))
    .where(and(eq(proposals.planId, planId), inArray(proposals.status, [...ballotStatuses])))
    .orderBy(asc(proposals.id));
  const engineIdOf = new Map(projectRows.map((p) => [p.id, p.externalRef ?? p.id]));
  const ballotRows = await db
    .select({
      id: ballots.id,
      choices: sql<string[]>`coalesce(array_agg(${ballotChoices.proposalId}::text order by ${ballotChoices.proposalId}) filter (where ${ballotChoices.proposalId} is not null), '{}')`,
      points: sql<number[]>`coalesce(array_agg(${ballotChoices.points} order by ${ballotChoices.proposalId}) filter (where ${ballotChoices.proposalId} is not null), '{}')`,
    })
    .from(ballots)
    .leftJoin(ballotChoices, eq(ballotChoices.ballotId, ballots.id))
    .where(eq(ballots.planId, planId))
    .groupBy(ballots.id)
    .orderBy(asc(ballots.id));
  const fenceRows = await db.select().from(ringFences).where(eq(ringFences.planId, planId)).orderBy(asc(ringFences.position));
  const tallies = await db.select().from(paperTallies).where(eq(paperTallies.planId, planId));
  const listed = fenceRows.length
    ? await db.select().from(ringFenceAreas).where(inArray(ringFenceAreas.ringFenceId, fenceRows.map((f) => f.id)))
    : [];
  const projects = projectRows.map((p) => ({ engineId: p.externalRef ?? p.id, proposalId: p.id, cost: p.cost, areaId: p.areaId, imdDecile: p.imdDecile, sector: p.sector }));
  const fences = buildRingFences(
    fenceRows.map((fence) => ({ label: fence.label, amount: fence.amountPence, kind: fence.kind, maxImdDecile: fence.maxImdDecile, areaIds: new Set(listed.filter((l) => l.ringFenceId === fence.id).map((l) => l.areaId)) })),
    projects,
  );
  const byPoints = plan.ballotMethod === "cumulative";
  // Engine id → points per ballot; approval and knapsack choices all hold 1.
  const scored = ballotRows.map((b) => b.choices.flatMap((id, i) => {
    const engineId = engineIdOf.get(id);
    return engineId === undefined ? [] : [[engineId, Number(b.points[i] ?? 1)] as const];
  }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const ballotsForEngine = scored.map((b): string[] | PointsBallot => (byPoints ? { points: new Map(b) } : b.map(([id]) => id)));
  const paperCounts = new Map(tallies.flatMap((t) => (engineIdOf.has(t.proposalId) && t.approvals > 0 ? [[engineIdOf.get(t.proposalId) ?? t.proposalId, t.approvals] as const] : [])));
  const fingerprint = createHash("sha256")
    .update(
      JSON.stringify({
        rule: plan.outcomeRule,
        utility: plan.utility,
        budget: plan.budgetPence,
        projects: projects.map((p) => [p.engineId, p.cost]).sort(),
        // A points plan's ballots carry their points, so moving a point changes the fingerprint.
        ballots: scored.map((b) => b.map(([id, points]) => (byPoints ? `${id}:${points}` : id)).join(",")).sort(),
        paper: [...paperCounts.entries()].sort(),
        // Which projects each ring-fence admits, so a change of areas or decile shows in the fingerprint.
        fences: fences.map((fence) => [fence.label, fence.amount, projects.filter((p) => fence.eligible(p.engineId)).map((p) => p.engineId).sort()]),
      }),
    )
    .digest("hex");
  return { plan, projects, ballots: ballotsForEngine, paperCounts, ringFences: fences, fingerprint };
}

/**
 * Counts a plan's ballots and stores the result as the plan's current outcome, with the rule,
 * the inputs' fingerprint and every project's explanation; marks proposals selected or not;
 * writes the audit log. Run it in a transaction. Returns whether an earlier count of exactly the
 * same inputs chose the same projects (it always should: the count is deterministic).
 */
export async function countAndStoreOutcome(db: Database, planId: string, actorId: string | null) {
  const inputs = await loadOutcomeInputs(db, planId);
  const outcome = countPlan({
    rule: inputs.plan.outcomeRule,
    utility: inputs.plan.utility,
    budgetPence: inputs.plan.budgetPence,
    projects: inputs.projects,
    ballots: inputs.ballots,
    points: inputs.plan.ballotMethod === "cumulative",
    paperCounts: inputs.paperCounts,
    ringFences: inputs.ringFences,
  });
  const [previous] = await db.select().from(outcomes).where(and(eq(outcomes.planId, planId), eq(outcomes.isCurrent, true)));
  const previousSelected = previous ? await db.select({ proposalId: outcomeProjects.proposalId }).from(outcomeProjects).where(and(eq(outcomeProjects.outcomeId, previous.id), eq(outcomeProjects.selected, true))) : [];
  const byEngineId = new Map(inputs.projects.map((p) => [p.engineId, p]));
  const selectedIds = outcome.selected.map((id) => byEngineId.get(id)?.proposalId).filter((id): id is string => id !== undefined);
  const reproduced = previous?.inputsFingerprint === inputs.fingerprint ? sameSet(previousSelected.map((r) => r.proposalId), selectedIds) : null;

  await db.update(outcomes).set({ isCurrent: false }).where(and(eq(outcomes.planId, planId), eq(outcomes.isCurrent, true)));
  // Where the money goes changes with the count: the measures pages must not show the old one.
  await forgetPlanSnapshots(db, planId);
  const [stored] = await db
    .insert(outcomes)
    .values({
      planId,
      rule: outcome.rule,
      utility: outcome.utility,
      inputsFingerprint: inputs.fingerprint,
      budgetPence: outcome.budget,
      spentPence: outcome.spent,
      // Paper counts are approvals, not people: the voter count is the ballots actually cast.
      voterCount: inputs.ballots.length,
      computedBy: actorId,
      details: { stages: outcome.stages.map((s) => ({ label: s.label, budget: s.budget, spent: s.spent, selected: s.selected.map((id) => byEngineId.get(id)?.proposalId ?? id), add1Increments: s.add1Increments ?? null })) },
    })
    .returning({ id: outcomes.id });
  if (!stored) throw new Error("outcome not stored");
  const explanations = outcome.explanations.flatMap((e) => {
    const project = byEngineId.get(e.projectId);
    const paper = paperVotesOf(inputs.plan.outcomeRule, inputs.paperCounts, e.projectId);
    return project ? [{ outcomeId: stored.id, proposalId: project.proposalId, votes: e.votes - paper, paperVotes: paper, costPence: e.cost, selected: e.selected, stage: e.stage ?? "main", explanation: e.sentence }] : [];
  });
  if (explanations.length) await db.insert(outcomeProjects).values(explanations);
  const allIds = inputs.projects.map((p) => p.proposalId);
  const chosen = new Set(selectedIds);
  // Only proposals still waiting on the count change status; adopted or delivered ones keep theirs.
  const changed = [
    ...(chosen.size
      ? await db.update(proposals).set({ status: "selected" }).where(and(inArray(proposals.id, [...chosen]), inArray(proposals.status, ["on_ballot", "not_selected"]))).returning({ id: proposals.id, title: proposals.title, status: proposals.status })
      : []),
    ...(allIds.some((id) => !chosen.has(id))
      ? await db.update(proposals).set({ status: "not_selected" }).where(and(inArray(proposals.id, allIds.filter((id) => !chosen.has(id))), inArray(proposals.status, ["on_ballot", "selected"]))).returning({ id: proposals.id, title: proposals.title, status: proposals.status })
      : []),
  ];
  // Authors and followers hear about the decision, with the reason from the count.
  const reasonOf = new Map(explanations.map((e) => [e.proposalId, e.explanation]));
  for (const proposal of changed) {
    await notifyProposalFollowers(db, {
      proposalId: proposal.id,
      kind: "status.changed",
      title: proposal.status === "selected" ? `“${proposal.title}” was selected by the vote` : `“${proposal.title}” was not selected this time`,
      body: reasonOf.get(proposal.id) ?? "",
      actorId,
    });
  }
  await recordAudit(db, {
    actorId,
    action: "outcome.compute",
    entityType: "plan",
    entityId: planId,
    details: { outcomeId: stored.id, rule: outcome.rule, fingerprint: inputs.fingerprint, spentPence: outcome.spent, selected: selectedIds.length, reproduced },
  });
  return { outcomeId: stored.id, outcome, fingerprint: inputs.fingerprint, reproduced };
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}
