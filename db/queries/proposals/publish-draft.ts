import { and, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { proposals } from "../../schema";

export async function publishDraft(tx: Database, proposalId: string, authorId: string): Promise<boolean> {
  const updated = await tx
    .update(proposals)
    .set({ status: "published", publishedAt: new Date() })
    .where(and(eq(proposals.id, proposalId), eq(proposals.authorId, authorId), eq(proposals.status, "draft")))
    .returning({ id: proposals.id });
  return updated.length > 0;
}
