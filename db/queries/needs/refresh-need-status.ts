import { and, eq } from "drizzle-orm";
import { needStatusFor } from "@/lib/pledges/lifecycle";
import type { Database } from "../../connect";
import { needs, pledges } from "../../schema";

/** Recomputes whether a need is met from the pledges that answer it (lib/pledges/pledges.ts decides). */
export async function refreshNeedStatus(db: Database, needId: string): Promise<void> {
  const [[need], answering] = await Promise.all([
    db.select({ kind: needs.kind, status: needs.status }).from(needs).where(eq(needs.id, needId)).limit(1),
    db.select({ kind: pledges.kind, status: pledges.status }).from(pledges).where(eq(pledges.needId, needId)),
  ]);
  if (!need) return;
  const status = needStatusFor(need, answering);
  if (status !== need.status) await db.update(needs).set({ status }).where(and(eq(needs.id, needId), eq(needs.status, need.status)));
}
