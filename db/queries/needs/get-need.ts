import { and, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { needs } from "../../schema";

export async function getNeedOnProposal(db: Database, needId: string, proposalId: string) {
  const [row] = await db
    .select({ id: needs.id, kind: needs.kind, status: needs.status, description: needs.description })
    .from(needs)
    .where(and(eq(needs.id, needId), eq(needs.proposalId, proposalId)))
    .limit(1);
  return row ?? null;
}
