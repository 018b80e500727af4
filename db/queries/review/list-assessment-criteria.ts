import { asc, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { assessmentCriteria, strategicPriorities } from "../../schema";

export function listPlanCriteria(db: Database, planId: string) {
  return db
    .select({ id: assessmentCriteria.id, name: assessmentCriteria.name, description: assessmentCriteria.description })
    .from(assessmentCriteria)
    .where(eq(assessmentCriteria.planId, planId))
    .orderBy(asc(assessmentCriteria.position), asc(assessmentCriteria.name));
}

export function listPlanPriorities(db: Database, planId: string) {
  return db
    .select({ id: strategicPriorities.id, title: strategicPriorities.title })
    .from(strategicPriorities)
    .where(eq(strategicPriorities.planId, planId))
    .orderBy(asc(strategicPriorities.position), asc(strategicPriorities.title));
}
