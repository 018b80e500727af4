import { asc, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { areas, assessmentCriteria, planPhases, plans, planThemes, pledgeRates, regions, strategicPriorities, themes } from "../../schema";
import { loadCountingRules } from "./load-counting-rules";

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
