import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../connect";
import { proposalPhotos, proposals } from "../../schema";

export async function updatePhotoAlts(tx: Database, proposalId: string, rows: readonly { id: string; alt: string }[]): Promise<void> {
  for (const row of rows) {
    await tx.update(proposalPhotos).set({ altText: row.alt }).where(and(eq(proposalPhotos.id, row.id), eq(proposalPhotos.proposalId, proposalId)));
  }
}

export type AddPhotoOutcome = { added: typeof proposalPhotos.$inferSelect } | { added: null; reason: "not_found" | "full" };

/**
 * Adds a photo to the author's own proposal in the first free of the three places. The proposal
 * row is locked first, so two uploads at once cannot both take the last place.
 */
export async function addPhoto(tx: Database, authorId: string, photo: { proposalId: string; storageKey: string; altText: string; width: number; height: number }): Promise<AddPhotoOutcome> {
  const [owned] = await tx
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(eq(proposals.id, photo.proposalId), eq(proposals.authorId, authorId)))
    .for("update");
  if (!owned) return { added: null, reason: "not_found" };
  const taken = new Set((await tx.select({ position: proposalPhotos.position }).from(proposalPhotos).where(eq(proposalPhotos.proposalId, photo.proposalId))).map((p) => p.position));
  const position = [0, 1, 2].find((candidate) => !taken.has(candidate));
  if (position === undefined) return { added: null, reason: "full" };
  const [row] = await tx.insert(proposalPhotos).values({ ...photo, position }).returning();
  if (!row) throw new Error("photo not inserted");
  return { added: row };
}

/** Removes a photo of the author's own proposal; returns its storage key, or null if there is no such photo. */
export async function removePhoto(tx: Database, scope: { proposalId: string; authorId: string; photoId: string }): Promise<string | null> {
  const owned = tx.select({ id: proposals.id }).from(proposals).where(and(eq(proposals.id, scope.proposalId), eq(proposals.authorId, scope.authorId)));
  const [row] = await tx
    .delete(proposalPhotos)
    .where(and(eq(proposalPhotos.id, scope.photoId), eq(proposalPhotos.proposalId, scope.proposalId), inArray(proposalPhotos.proposalId, owned)))
    .returning({ key: proposalPhotos.storageKey });
  return row?.key ?? null;
}
