import { and, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { follows } from "../../schema";

/** The unique index decides, so a double click or a race leaves one follow. */
export async function addFollow(db: Database, proposalId: string, userId: string): Promise<boolean> {
  const rows = await db.insert(follows).values({ proposalId, userId }).onConflictDoNothing().returning({ userId: follows.userId });
  return rows.length > 0;
}

export async function removeFollow(db: Database, proposalId: string, userId: string): Promise<boolean> {
  const rows = await db.delete(follows).where(and(eq(follows.proposalId, proposalId), eq(follows.userId, userId))).returning({ userId: follows.userId });
  return rows.length > 0;
}
