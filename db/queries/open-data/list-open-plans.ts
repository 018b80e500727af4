import { and, asc, count, desc, eq, ne } from "drizzle-orm";
import { plans, regions } from "../../schema";
import type { Database } from "../../connect";
import type { OpenList } from "./open-list";

const publishedPlan = ne(plans.phase, "draft");

/** A published plan by slug, or null: drafts are as unknown to the API as plans that do not exist. */
export async function findOpenPlan(db: Database, slug: string) {
  const [plan] = await db
    .select({ id: plans.id, slug: plans.slug })
    .from(plans)
    .where(and(eq(plans.slug, slug), publishedPlan))
    .limit(1);
  return plan ?? null;
}

export const openPlans: OpenList<null, OpenPlan> = {
  rows: (db, _scope, window) =>
    db
      .select({
        slug: plans.slug,
        title: plans.title,
        summary: plans.summary,
        periodLabel: plans.periodLabel,
        phase: plans.phase,
        regionName: regions.name,
        budgetPence: plans.budgetPence,
        ballotMethod: plans.ballotMethod,
        outcomeRule: plans.outcomeRule,
      })
      .from(plans)
      .innerJoin(regions, eq(regions.id, plans.regionId))
      .where(publishedPlan)
      .orderBy(desc(plans.createdAt), asc(plans.id))
      .limit(window.limit)
      .offset(window.offset),
  count: async (db) => (await db.select({ n: count() }).from(plans).where(publishedPlan))[0]?.n ?? 0,
};

export type OpenPlan = {
  slug: string;
  title: string;
  summary: string;
  periodLabel: string;
  phase: string;
  regionName: string;
  budgetPence: number;
  ballotMethod: string;
  outcomeRule: string;
};
