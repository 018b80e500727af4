import { and, eq, inArray } from "drizzle-orm";
import { type PledgeTransition, statusesBefore } from "@/lib/pledges/lifecycle";
import type { Database } from "../../connect";
import { pledges } from "../../schema";

/**
 * Moves a pledge on, only from a status the lifecycle allows and only on the named proposal;
 * returns null when nothing matched (a stale click, a delivered pledge, another proposal's pledge).
 */
export async function movePledge(db: Database, target: { pledgeId: string; proposalId: string; to: PledgeTransition }) {
  const now = new Date();
  const [row] = await db
    .update(pledges)
    // Drizzle leaves undefined columns untouched, so only the matching timestamp is written.
    .set({
      status: target.to,
      confirmedAt: target.to === "confirmed" ? now : undefined,
      deliveredAt: target.to === "delivered" ? now : undefined,
      withdrawnAt: target.to === "withdrawn" ? now : undefined,
    })
    .where(and(eq(pledges.id, target.pledgeId), eq(pledges.proposalId, target.proposalId), inArray(pledges.status, statusesBefore(target.to))))
    .returning({ id: pledges.id, needId: pledges.needId });
  return row ?? null;
}
