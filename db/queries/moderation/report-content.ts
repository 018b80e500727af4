import { and, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { flags } from "../../schema";

/** One open report per person per target: reporting twice does not double the count moderators see. */
export async function insertFlag(tx: Database, flag: { reporterId: string; reason: string } & ({ commentId: string } | { proposalId: string })): Promise<boolean> {
  const target = "commentId" in flag ? eq(flags.commentId, flag.commentId) : eq(flags.proposalId, flag.proposalId);
  const [existing] = await tx
    .select({ id: flags.id })
    .from(flags)
    .where(and(eq(flags.reporterId, flag.reporterId), eq(flags.status, "open"), target))
    .limit(1);
  if (existing) return false;
  await tx.insert(flags).values(flag);
  return true;
}
