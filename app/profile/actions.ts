"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getAreaRegionId } from "@/db/queries/geography/get-area-region";
import { recordAudit } from "@/db/queries/platform/record-audit";
import { anonymiseAccount, listOwnedOrganisations } from "@/db/queries/people/anonymise-account";
import { saveEqualityAnswers, updateProfile } from "@/db/queries/people/update-profile";
import { authorize } from "@/lib/policy";
import { deleteAccountSchema, equalitySchema, profileSchema } from "@/lib/people/profile-validation";
import { ActionError, defineAction } from "../_server/action";

/** Only ever the signed-in person's own profile: the id comes from the session, never the form. */
export const updateProfileAction = defineAction({
  schema: profileSchema,
  load: async () => null,
  policy: (actor) => authorize(actor, "profile.update", { targetUserId: actor.id }),
  async run({ tx, actor, input }) {
    if (input.homeAreaId && !(await getAreaRegionId(tx, input.homeAreaId))) throw new ActionError("Choose a neighbourhood from the list", "homeAreaId");
    await updateProfile(tx, actor.id, input, input.homeAreaId !== actor.homeAreaId);
    return null;
  },
  after: () => revalidatePath("/profile"),
  successMessage: "Your profile has been saved.",
});

export const updateEqualityAction = defineAction({
  schema: equalitySchema,
  load: async () => null,
  policy: (actor) => authorize(actor, "profile.update", { targetUserId: actor.id }),
  async run({ tx, actor, input }) {
    await saveEqualityAnswers(tx, actor.id, input);
    return null;
  },
  after: () => revalidatePath("/profile"),
  successMessage: "Thank you. Your answers are saved and only ever used in anonymous totals.",
});

export const deleteAccountAction = defineAction({
  schema: deleteAccountSchema,
  load: async () => null,
  policy: (actor) => authorize(actor, "account.delete", { targetUserId: actor.id }),
  async run({ tx, actor }) {
    const owned = await listOwnedOrganisations(tx, actor.id);
    if (owned.length > 0) {
      throw new ActionError(`You own ${owned.map((o) => o.name).join(", ")}. Transfer ownership before deleting your account.`);
    }
    await anonymiseAccount(tx, actor.id);
    await recordAudit(tx, { actorId: null, action: "account.delete", entityType: "user", entityId: actor.id, reason: "Deleted by its owner" });
    return null;
  },
  after: () => redirect("/?deleted=1"),
});
