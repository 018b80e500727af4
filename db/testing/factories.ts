import { randomBytes } from "node:crypto";
import type { Database } from "../connect";
import { areas, plans, proposals, regions, themes, users } from "../schema";

const unique = () => randomBytes(4).toString("hex");

/** Minimal valid rows for integration tests; each accepts overrides for what a test is about. */
export async function makeRegion(db: Database) {
  const [region] = await db
    .insert(regions)
    .values({ slug: `region-${unique()}`, name: "Test Region" })
    .returning();
  if (!region) throw new Error("region not created");
  return region;
}

export async function makeArea(db: Database, regionId: string, overrides: Partial<typeof areas.$inferInsert> = {}) {
  const [area] = await db
    .insert(areas)
    .values({ regionId, code: `E0${unique()}`, name: "Test Ward", population: 9000, imdDecile: 3, ...overrides })
    .returning();
  if (!area) throw new Error("area not created");
  return area;
}

export async function makeTheme(db: Database, regionId: string) {
  const [theme] = await db
    .insert(themes)
    .values({ regionId, slug: `theme-${unique()}`, name: "Skills and employment" })
    .returning();
  if (!theme) throw new Error("theme not created");
  return theme;
}

export async function makeUser(db: Database, overrides: Partial<typeof users.$inferInsert> = {}) {
  const [user] = await db
    .insert(users)
    .values({ name: "Test Person", email: `person-${unique()}@example.test`, ...overrides })
    .returning();
  if (!user) throw new Error("user not created");
  return user;
}

export async function makePlan(db: Database, regionId: string, overrides: Partial<typeof plans.$inferInsert> = {}) {
  const [plan] = await db
    .insert(plans)
    .values({ regionId, slug: `plan-${unique()}`, title: "Test Plan", budgetPence: 10_000_000, ...overrides })
    .returning();
  if (!plan) throw new Error("plan not created");
  return plan;
}

/** A region with one area, one theme, one author and one plan: the usual starting point. */
export async function makeWorld(db: Database) {
  const region = await makeRegion(db);
  const area = await makeArea(db, region.id);
  const theme = await makeTheme(db, region.id);
  const author = await makeUser(db);
  const plan = await makePlan(db, region.id, { phase: "ideas" });
  return { region, area, theme, author, plan };
}

export async function makeProposal(
  db: Database,
  world: Awaited<ReturnType<typeof makeWorld>>,
  overrides: Partial<typeof proposals.$inferInsert> = {},
) {
  const [proposal] = await db
    .insert(proposals)
    .values({
      planId: world.plan.id,
      areaId: world.area.id,
      themeId: world.theme.id,
      authorId: world.author.id,
      title: "Repair café in the old library",
      summary: "A monthly repair café run by volunteers.",
      estimatedCostPence: 250_000,
      status: "published",
      publishedAt: new Date(),
      ...overrides,
    })
    .returning();
  if (!proposal) throw new Error("proposal not created");
  return proposal;
}
