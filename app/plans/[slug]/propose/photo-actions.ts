"use server";

import { revalidatePath } from "next/cache";
import { addPhoto, removePhoto } from "@/db/queries/proposals/manage-proposal-photos";
import { type AuthoringTarget } from "@/db/queries/proposals/get-proposal";
import type { SignedInPerson } from "@/db/queries/people/load-actor";
import { authorize } from "@/lib/policy";
import { photoRemovalSchema, photoUploadSchema } from "@/lib/proposals/proposal-validation";
import { ActionError, defineAction } from "../../../_server/action";
import { PhotoRejected, reencodePhoto } from "../../../_server/images";
import { getStorage, newStorageKey } from "../../../_server/storage";
import { loadTarget } from "./authoring";

// Photos can be added while a proposal can still be edited: as a draft or once live.
const photoStatuses = new Set(["draft", "published", "shortlisted"]);

function decidePhotoChange(actor: SignedInPerson, target: AuthoringTarget) {
  const decision = authorize(actor, "proposal.edit", { planPhase: target.planPhase, authorId: target.authorId });
  if (decision.allowed && !photoStatuses.has(target.status)) throw new ActionError("Photos can no longer be changed on this proposal.");
  return decision;
}

// Any revalidation makes Next re-render the page the action came from; a draft is on no public
// page, and re-rendering the editor mid-draft would only cost a slow phone a round of data.
function refreshIfLive(live: boolean, proposalId: string) {
  if (live) revalidatePath(`/proposals/${proposalId}`);
}

export const addPhotoAction = defineAction({
  schema: photoUploadSchema,
  load: (tx, input) => loadTarget(tx, input.proposalId),
  policy: decidePhotoChange,
  async run({ tx, actor, input, resource: target }) {
    let encoded;
    try {
      encoded = await reencodePhoto(new Uint8Array(await input.photo.arrayBuffer()));
    } catch (error) {
      if (error instanceof PhotoRejected) throw new ActionError(error.message, "photo");
      throw error;
    }
    const storageKey = newStorageKey(encoded.extension);
    const outcome = await addPhoto(tx, actor.id, { proposalId: target.id, storageKey, altText: input.alt, width: encoded.width, height: encoded.height });
    if (!outcome.added) {
      throw outcome.reason === "full"
        ? new ActionError("You can add up to three photos. Remove one to add another.", "photo")
        : new ActionError("That proposal could not be found.");
    }
    const photo = outcome.added;
    // Stored last, inside the transaction: if storing fails, the row is rolled back with it.
    await getStorage().put(storageKey, encoded.bytes, encoded.contentType);
    return { id: photo.id, url: `/photos/${storageKey}`, alt: photo.altText, width: photo.width, height: photo.height, live: target.status !== "draft" };
  },
  after: ({ live }, { input }) => refreshIfLive(live, input.proposalId),
  successMessage: "Photo added.",
});

export const removePhotoAction = defineAction({
  schema: photoRemovalSchema,
  load: (tx, input) => loadTarget(tx, input.proposalId),
  policy: decidePhotoChange,
  async run({ tx, actor, input, resource: target }) {
    const storageKey = await removePhoto(tx, { proposalId: target.id, authorId: actor.id, photoId: input.photoId });
    if (!storageKey) throw new ActionError("That photo could not be found.");
    return { photoId: input.photoId, storageKey, live: target.status !== "draft" };
  },
  async after({ storageKey, live }, { input }) {
    await getStorage()
      .delete(storageKey)
      .catch((error: unknown) => console.error("could not delete photo", storageKey, error));
    refreshIfLive(live, input.proposalId);
  },
  successMessage: "Photo removed.",
});
