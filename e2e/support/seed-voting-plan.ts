import { randomBytes } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { Database } from "../../db/connect";
import { areas, planPhases, plans, proposals, regions, themes, users } from "../../db/schema";

type PlanValues = typeof plans.$inferInsert;

/**
 * A plan in the demo region, open for voting for another week, with three costed projects on its
 * ballot: the start of every voting journey. `rules` sets the ballot method and the count.
 */
export async function seedVotingPlan(db: Database, name: string, rules: Pick<PlanValues, "ballotMethod" | "outcomeRule"> & Partial<PlanValues>) {
  const suffix = randomBytes(3).toString("hex");
  const [region] = await db.select().from(regions).where(eq(regions.slug, "northbridge"));
  if (!region) throw new Error("demo region missing");
  const [area] = await db.select().from(areas).where(eq(areas.regionId, region.id)).orderBy(asc(areas.name)).limit(1);
  const [theme] = await db.select().from(themes).where(eq(themes.regionId, region.id)).limit(1);
  const [author] = await db.select().from(users).where(eq(users.name, "Sharon Whitaker"));
  const [anyAuthor] = author ? [author] : await db.select().from(users).limit(1);
  if (!area || !theme || !anyAuthor) throw new Error("demo data missing");
  const slug = `${name.toLowerCase().replace(/\s+/g, "-")}-${suffix}`;
  const [plan] = await db
    .insert(plans)
    .values({ regionId: region.id, slug, title: `${name} ${suffix}`, summary: "A small fund decided by residents.", phase: "voting", budgetPence: 1_000_000, rulesFrozenAt: new Date(), ...rules })
    .returning();
  if (!plan) throw new Error("plan not created");
  await db.insert(planPhases).values({ planId: plan.id, phase: "voting", startsAt: new Date(Date.now() - 86_400_000), endsAt: new Date(Date.now() + 7 * 86_400_000) });
  const project = (title: string, pence: number) => ({ planId: plan.id, areaId: area.id, themeId: theme.id, authorId: anyAuthor.id, title, summary: `${title}, costed by the council.`, estimatedCostPence: pence, finalCostPence: pence, status: "on_ballot" as const, publishedAt: new Date() });
  await db.insert(proposals).values([project("Warm hub at the library", 600_000), project("Grit bins for steep streets", 300_000), project("Draught-proofing workshop", 250_000)]);
  return plan;
}
