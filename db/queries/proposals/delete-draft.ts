import { and, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { proposalPhotos, proposals } from "../../schema";

/** Deletes the author's own draft and returns its photos' storage keys, for removal once committed. */
export async function deleteDraft(tx: Database, proposalId: string, authorId: string): Promise<string[] | null> {
  const photos = await tx.select({ key: proposalPhotos.storageKey }).from(proposalPhotos).where(eq(proposalPhotos.proposalId, proposalId));
  const deleted = await tx
    .delete(proposals)
    .where(and(eq(proposals.id, proposalId), eq(proposals.authorId, authorId), eq(proposals.status, "draft")))
    .returning({ id: proposals.id });
  return deleted.length > 0 ? photos.map((photo) => photo.key) : null;
}
