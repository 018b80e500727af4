import { and, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { planPhases } from "../../schema";

/** When the plan's voting phase ends, or null when it set no end. */
export async function getVotingEnd(db: Database, planId: string): Promise<Date | null> {
  const [row] = await db.select({ endsAt: planPhases.endsAt }).from(planPhases).where(and(eq(planPhases.planId, planId), eq(planPhases.phase, "voting")));
  return row?.endsAt ?? null;
}
