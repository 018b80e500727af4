import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "../../connect";
import { themes } from "../../schema";

/** The plan's themes, for its filter and its proposal form: those the plan lists, or else every theme in its region. */
export async function listPlanThemes(db: Database, planId: string, regionId: string) {
  const listed = await db
    .select({ id: themes.id, name: themes.name })
    .from(themes)
    .where(sql`${themes.id} in (select theme_id from plan_themes where plan_id = ${planId})`)
    .orderBy(asc(themes.name));
  if (listed.length > 0) return listed;
  return db.select({ id: themes.id, name: themes.name }).from(themes).where(eq(themes.regionId, regionId)).orderBy(asc(themes.name));
}

/** Whether a theme may be chosen for a plan: one of its own themes, or its region's when it has none. */
export async function isThemeAllowed(db: Database, planId: string, regionId: string, themeId: string): Promise<boolean> {
  return (await listPlanThemes(db, planId, regionId)).some((theme) => theme.id === themeId);
}
