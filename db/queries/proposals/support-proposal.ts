import { and, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { supports } from "../../schema";

/** The unique index decides, so a double click or a race leaves one support. */
export async function addSupport(db: Database, proposalId: string, userId: string): Promise<boolean> {
  const rows = await db.insert(supports).values({ proposalId, userId }).onConflictDoNothing().returning({ userId: supports.userId });
  return rows.length > 0;
}

export async function removeSupport(db: Database, proposalId: string, userId: string): Promise<boolean> {
  const rows = await db.delete(supports).where(and(eq(supports.proposalId, proposalId), eq(supports.userId, userId))).returning({ userId: supports.userId });
  return rows.length > 0;
}
