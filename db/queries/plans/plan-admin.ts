import { and, asc, eq, inArray, notInArray } from "drizzle-orm";
import type { CountingRules } from "@/lib/plans/plan-rules";
import type { PlanSettings } from "@/lib/plans/plan-validation";
import type { Database } from "../../connect";
import { areas, assessmentCriteria, planPhases, planThemes, plans, pledgeRates, regions, ringFenceAreas, ringFences, strategicPriorities, themes } from "../../schema";
import { forgetPlanSnapshots } from "../measures/measure-snapshots";

/** Everything the settings form shows, for staff: drafts included, unlike the public plan query. */
export async function getPlanForAdmin(db: Database, slug: string) {
  const [row] = await db
    .select({ plan: plans, region: { id: regions.id, name: regions.name } })
    .from(plans)
    .innerJoin(regions, eq(regions.id, plans.regionId))
    .where(eq(plans.slug, slug))
    .limit(1);
  if (!row) return null;
  const planId = row.plan.id;
  const [phases, themeRows, priorities, criteria, rates, rules] = await Promise.all([
    db.select().from(planPhases).where(eq(planPhases.planId, planId)).orderBy(asc(planPhases.startsAt)),
    db.select({ themeId: planThemes.themeId }).from(planThemes).where(eq(planThemes.planId, planId)),
    db.select().from(strategicPriorities).where(eq(strategicPriorities.planId, planId)).orderBy(asc(strategicPriorities.position)),
    db.select().from(assessmentCriteria).where(eq(assessmentCriteria.planId, planId)).orderBy(asc(assessmentCriteria.position)),
    db.select().from(pledgeRates).where(eq(pledgeRates.planId, planId)),
    loadCountingRules(db, planId),
  ]);
  if (!rules) return null;
  return { ...row.plan, region: row.region, phases, themeIds: themeRows.map((t) => t.themeId), priorities, criteria, pledgeRates: rates, rules };
}

/** The region's themes and neighbourhoods: the choices a plan's form offers. */
export async function getRegionChoices(db: Database, regionId: string) {
  const [themeRows, areaRows] = await Promise.all([
    db.select({ id: themes.id, name: themes.name }).from(themes).where(eq(themes.regionId, regionId)).orderBy(asc(themes.name)),
    db.select({ id: areas.id, name: areas.name, code: areas.code, imdDecile: areas.imdDecile }).from(areas).where(eq(areas.regionId, regionId)).orderBy(asc(areas.name)),
  ]);
  return { themes: themeRows, areas: areaRows };
}

/** The plan's counting rules as stored; with `forUpdate`, locked until the transaction ends. */
export async function loadCountingRules(db: Database, planId: string, options: { forUpdate?: boolean } = {}): Promise<(CountingRules & { regionId: string; slug: string; rulesFrozenAt: Date | null }) | null> {
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

/** Ids among `ids` that are not themes (or areas) of the region: a form may only pick its own region's. */
export async function foreignIds(db: Database, regionId: string, kind: "themes" | "areas", ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const table = kind === "themes" ? themes : areas;
  const found = await db.select({ id: table.id }).from(table).where(and(eq(table.regionId, regionId), inArray(table.id, [...ids])));
  const known = new Set(found.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

export async function isSlugTaken(db: Database, slug: string, exceptPlanId?: string): Promise<boolean> {
  const [row] = await db.select({ id: plans.id }).from(plans).where(eq(plans.slug, slug)).limit(1);
  return row !== undefined && row.id !== exceptPlanId;
}

const ruleColumns = (rules: CountingRules) => ({
  budgetPence: rules.budgetPence,
  ballotMethod: rules.ballotMethod,
  approvalLimit: rules.ballotMethod === "approval" ? rules.approvalLimit : null,
  cumulativePoints: rules.ballotMethod === "cumulative" ? rules.cumulativePoints : null,
  outcomeRule: rules.outcomeRule,
  utility: rules.utility,
  requiresVerifiedVoters: rules.requiresVerifiedVoters,
});

const settingColumns = (settings: PlanSettings) => ({
  title: settings.title,
  slug: settings.slug,
  summary: settings.summary,
  periodLabel: settings.periodLabel,
  supportThreshold: settings.supportThreshold,
  preModeration: settings.preModeration,
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
