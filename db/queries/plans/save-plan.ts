import { and, eq, notInArray } from "drizzle-orm";
import { normaliseRules, type CountingRules } from "@/lib/plans/plan-rules";
import type { PlanSettings } from "@/lib/plans/plan-details-form";
import type { Database } from "../../connect";
import { assessmentCriteria, planPhases, plans, planThemes, pledgeRates, ringFenceAreas, ringFences, strategicPriorities } from "../../schema";
import { forgetPlanSnapshots } from "../measures/measure-snapshots";

// The columns are the normalised rules, so what is stored is what the freeze compares.
const ruleColumns = (rules: CountingRules) => {
  const { ringFences: _ringFences, ...columns } = normaliseRules(rules);
  return columns;
};

const settingColumns = (settings: PlanSettings) => ({
  title: settings.title,
  slug: settings.slug,
  summary: settings.summary,
  periodLabel: settings.periodLabel,
  supportThreshold: settings.supportThreshold,
  preModeration: settings.preModeration,
  autoAdvance: settings.autoAdvance,
});

/** A new plan in its draft phase, with its settings and rules. */
export async function insertPlan(tx: Database, regionId: string, settings: PlanSettings, rules: CountingRules): Promise<{ id: string; slug: string }> {
  const [plan] = await tx.insert(plans).values({ regionId, ...settingColumns(settings), ...ruleColumns(rules) }).returning({ id: plans.id, slug: plans.slug });
  if (!plan) throw new Error("plan not created");
  await writeSettingLists(tx, plan.id, settings);
  await writeRingFences(tx, plan.id, rules);
  return plan;
}

/** The settings that never affect the count; may change in any phase. */
export async function updatePlanSettings(tx: Database, planId: string, settings: PlanSettings): Promise<void> {
  await tx.update(plans).set({ ...settingColumns(settings), updatedAt: new Date() }).where(eq(plans.id, planId));
  await forgetPlanSnapshots(tx, planId);
  await writeSettingLists(tx, planId, settings);
}

/** Replaces the counting rules. Callers check the freeze first: this only writes. */
export async function updateCountingRules(tx: Database, planId: string, rules: CountingRules): Promise<void> {
  await tx.update(plans).set(ruleColumns(rules)).where(eq(plans.id, planId));
  await forgetPlanSnapshots(tx, planId);
  await tx.delete(ringFences).where(eq(ringFences.planId, planId));
  await writeRingFences(tx, planId, rules);
}

async function writeRingFences(tx: Database, planId: string, rules: CountingRules) {
  for (const [position, fence] of rules.ringFences.entries()) {
    const [row] = await tx
      .insert(ringFences)
      .values({ planId, label: fence.label, kind: fence.kind, amountPence: fence.amountPence, maxImdDecile: fence.kind === "deprived_areas" ? fence.maxImdDecile : null, position })
      .returning({ id: ringFences.id });
    if (row && fence.kind === "listed_areas" && fence.areaIds.length) {
      await tx.insert(ringFenceAreas).values(fence.areaIds.map((areaId) => ({ ringFenceId: row.id, areaId })));
    }
  }
}

/**
 * Phases, themes and rates are replaced; priorities and criteria are updated in place by id,
 * because assessments point at them and deleting a row would delete its scores.
 */
async function writeSettingLists(tx: Database, planId: string, settings: PlanSettings) {
  await tx.delete(planPhases).where(eq(planPhases.planId, planId));
  if (settings.phases.length) await tx.insert(planPhases).values(settings.phases.map((p) => ({ planId, ...p })));
  await tx.delete(planThemes).where(eq(planThemes.planId, planId));
  if (settings.themeIds.length) await tx.insert(planThemes).values(settings.themeIds.map((themeId) => ({ planId, themeId })));
  await tx.delete(pledgeRates).where(eq(pledgeRates.planId, planId));
  if (settings.pledgeRates.length) await tx.insert(pledgeRates).values(settings.pledgeRates.map((r) => ({ planId, ...r })));

  const keptPriorities = settings.priorities.flatMap((p) => (p.id ? [p.id] : []));
  await tx.delete(strategicPriorities).where(and(eq(strategicPriorities.planId, planId), keptPriorities.length ? notInArray(strategicPriorities.id, keptPriorities) : undefined));
  for (const [position, p] of settings.priorities.entries()) {
    const values = { title: p.title, description: p.description, position };
    if (p.id) await tx.update(strategicPriorities).set(values).where(and(eq(strategicPriorities.id, p.id), eq(strategicPriorities.planId, planId)));
    else await tx.insert(strategicPriorities).values({ planId, ...values });
  }

  const keptCriteria = settings.criteria.flatMap((c) => (c.id ? [c.id] : []));
  await tx.delete(assessmentCriteria).where(and(eq(assessmentCriteria.planId, planId), keptCriteria.length ? notInArray(assessmentCriteria.id, keptCriteria) : undefined));
  // Renames can swap two names; clear them first so the (plan, name) unique index never trips mid-way.
  for (const id of keptCriteria) await tx.update(assessmentCriteria).set({ name: `~${id}` }).where(and(eq(assessmentCriteria.id, id), eq(assessmentCriteria.planId, planId)));
  for (const [position, c] of settings.criteria.entries()) {
    const values = { name: c.name, description: c.description, position };
    if (c.id) await tx.update(assessmentCriteria).set(values).where(and(eq(assessmentCriteria.id, c.id), eq(assessmentCriteria.planId, planId)));
    else await tx.insert(assessmentCriteria).values({ planId, ...values });
  }
}
