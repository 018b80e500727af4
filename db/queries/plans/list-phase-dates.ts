import { asc, eq } from "drizzle-orm";
import type { PhaseDates } from "@/lib/plans/phase-dates";
import type { Database } from "../../connect";
import { planPhases } from "../../schema";

/** The dates a plan set for its phases, earliest first; phases without dates are absent. */
export async function listPhaseDates(db: Database, planId: string): Promise<PhaseDates[]> {
  return db
    .select({ phase: planPhases.phase, startsAt: planPhases.startsAt, endsAt: planPhases.endsAt })
    .from(planPhases)
    .where(eq(planPhases.planId, planId))
    .orderBy(asc(planPhases.startsAt));
}
