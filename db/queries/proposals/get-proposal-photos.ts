import { asc, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { proposalPhotos, proposals } from "../../schema";

export function listProposalPhotos(db: Database, proposalId: string) {
  return db
    .select({ id: proposalPhotos.id, storageKey: proposalPhotos.storageKey, altText: proposalPhotos.altText, width: proposalPhotos.width, height: proposalPhotos.height })
    .from(proposalPhotos)
    .where(eq(proposalPhotos.proposalId, proposalId))
    .orderBy(asc(proposalPhotos.position));
}

/** Who may see a stored photo: the status and author of the proposal it belongs to. */
export async function getPhotoAccess(db: Database, storageKey: string) {
  const [row] = await db
    .select({ status: proposals.status, authorId: proposals.authorId })
    .from(proposalPhotos)
    .innerJoin(proposals, eq(proposals.id, proposalPhotos.proposalId))
    .where(eq(proposalPhotos.storageKey, storageKey))
    .limit(1);
  return row ?? null;
}
