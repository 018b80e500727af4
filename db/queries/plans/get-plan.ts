import { and, asc, eq, ne } from "drizzle-orm";
import type { Database } from "../../connect";
import { planPhases, plans, regions } from "../../schema";

export async function getPublicPlanBySlug(db: Database, slug: string) {
  const [plan] = await db
    .select({ plan: plans, region: { id: regions.id, name: regions.name, slug: regions.slug } })
    .from(plans)
    .innerJoin(regions, eq(regions.id, plans.regionId))
    .where(and(eq(plans.slug, slug), ne(plans.phase, "draft")))
    .limit(1);
  if (!plan) return null;
  const phases = await db
    .select()
    .from(planPhases)
    .where(eq(planPhases.planId, plan.plan.id))
    .orderBy(asc(planPhases.startsAt));
  return { ...plan.plan, region: plan.region, phases };
}

/**
 * A plan by slug whatever its phase, drafts included: for the pages of its staff and of people
 * proposing to it (which explain when it is closed), never for the public.
 */
export async function getPlanBySlug(db: Database, slug: string) {
  const [row] = await db
    .select({
      id: plans.id,
      slug: plans.slug,
      title: plans.title,
      phase: plans.phase,
      regionId: plans.regionId,
      regionName: regions.name,
      assessmentsPublishedAt: plans.assessmentsPublishedAt,
    })
    .from(plans)
    .innerJoin(regions, eq(regions.id, plans.regionId))
    .where(eq(plans.slug, slug))
    .limit(1);
  return row ?? null;
}
