import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { planVersions } from "../../schema";
import type { PlanDocument } from "./assemble-plan-document";

export async function listPlanVersions(db: Database, planId: string) {
  return db
    .select({ id: planVersions.id, version: planVersions.version, title: planVersions.title, publishedAt: planVersions.publishedAt })
    .from(planVersions)
    .where(eq(planVersions.planId, planId))
    .orderBy(desc(planVersions.version));
}

/** One version of a plan, or the latest when no number is given. */
export async function getPlanVersion(db: Database, planId: string, version?: number) {
  const [row] = await db
    .select()
    .from(planVersions)
    .where(version === undefined ? eq(planVersions.planId, planId) : and(eq(planVersions.planId, planId), eq(planVersions.version, version)))
    .orderBy(desc(planVersions.version))
    .limit(1);
  if (!row) return null;
  return { ...row, document: row.content as unknown as PlanDocument };
}
