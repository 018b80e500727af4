import { asc, eq, inArray } from "drizzle-orm";
import type { CountingRules } from "@/lib/plans/plan-rules";
import type { Database } from "../../connect";
import { plans, ringFenceAreas, ringFences } from "../../schema";

/**
 * The plan's counting rules as stored, with what the settings form's save compares against them;
 * with `forUpdate`, locked until the transaction ends.
 */
export async function loadCountingRules(db: Database, planId: string, options: { forUpdate?: boolean } = {}): Promise<(CountingRules & { regionId: string; slug: string; rulesFrozenAt: Date | null; autoAdvance: boolean }) | null> {
  const query = db.select().from(plans).where(eq(plans.id, planId));
  const [plan] = options.forUpdate ? await query.for("update") : await query;
  if (!plan) return null;
  const fences = await db.select().from(ringFences).where(eq(ringFences.planId, planId)).orderBy(asc(ringFences.position));
  const listed = fences.length
    ? await db.select().from(ringFenceAreas).where(inArray(ringFenceAreas.ringFenceId, fences.map((f) => f.id)))
    : [];
  return {
    regionId: plan.regionId,
    slug: plan.slug,
    rulesFrozenAt: plan.rulesFrozenAt,
    autoAdvance: plan.autoAdvance,
    budgetPence: plan.budgetPence,
    ballotMethod: plan.ballotMethod,
    approvalLimit: plan.approvalLimit,
    cumulativePoints: plan.cumulativePoints,
    outcomeRule: plan.outcomeRule,
    utility: plan.utility,
    requiresVerifiedVoters: plan.requiresVerifiedVoters,
    ringFences: fences.map((f) => ({
      label: f.label,
      kind: f.kind,
      amountPence: f.amountPence,
      maxImdDecile: f.maxImdDecile,
      areaIds: listed.filter((l) => l.ringFenceId === f.id).map((l) => l.areaId),
    })),
  };
}
