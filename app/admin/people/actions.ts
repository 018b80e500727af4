"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "@/db/queries/platform/record-audit";
import { reinstatePerson, suspendPerson } from "@/db/queries/moderation/suspend-person";
import { recordPersonModeration } from "@/db/queries/moderation/record-person-moderation";
import { verifyHomeArea } from "@/db/queries/moderation/verify-home-area";
import { authorize } from "@/lib/policy";
import { ActionError, defineAction } from "../../_server/action";

const reasonSchema = z.object({
  userId: z.uuid("Choose a person"),
  reason: z.string().trim().min(5, "Give a reason of at least 5 characters: the person will see it").max(500, "Use 500 characters or fewer"),
});

/** Suspension ends every session at once (sessions live in Postgres) and is recorded with its reason. */
export const suspendPersonAction = defineAction({
  schema: reasonSchema,
  load: async () => null,
  policy: (actor, _nothing, input) => authorize(actor, "user.suspend", { targetUserId: input.userId }),
  async run({ tx, actor, input }) {
    if (!(await suspendPerson(tx, input.userId, input.reason))) throw new ActionError("That person is already suspended or no longer exists.");
    await recordPersonModeration(tx, { moderatorId: actor.id, action: "suspend", subjectUserId: input.userId, reason: input.reason });
    await recordAudit(tx, { actorId: actor.id, action: "user.suspend", entityType: "user", entityId: input.userId, reason: input.reason });
    return null;
  },
  after: () => revalidatePath("/admin/people"),
  successMessage: "Suspended. They have been signed out everywhere.",
});

export const reinstatePersonAction = defineAction({
  schema: reasonSchema,
  load: async () => null,
  policy: (actor, _nothing, input) => authorize(actor, "user.reinstate", { targetUserId: input.userId }),
  async run({ tx, actor, input }) {
    if (!(await reinstatePerson(tx, input.userId))) throw new ActionError("That person is not suspended.");
    await recordPersonModeration(tx, { moderatorId: actor.id, action: "reinstate", subjectUserId: input.userId, reason: input.reason });
    await recordAudit(tx, { actorId: actor.id, action: "user.reinstate", entityType: "user", entityId: input.userId, reason: input.reason });
    return null;
  },
  after: () => revalidatePath("/admin/people"),
  successMessage: "Reinstated.",
});

export const verifyHomeAreaAction = defineAction({
  schema: z.object({ userId: z.uuid("Choose a person") }),
  load: async () => null,
  policy: (actor) => authorize(actor, "user.verifyHomeArea"),
  async run({ tx, actor, input }) {
    const verified = await verifyHomeArea(tx, input.userId, actor.id);
    if (!verified) throw new ActionError("This person has no home neighbourhood to verify, or it is already verified.");
    await recordPersonModeration(tx, { moderatorId: actor.id, action: "verify_home_area", subjectUserId: input.userId, reason: "Home neighbourhood checked" });
    await recordAudit(tx, { actorId: actor.id, action: "user.verify_home_area", entityType: "user", entityId: input.userId, details: { homeAreaId: verified.homeAreaId } });
    return null;
  },
  after: () => revalidatePath("/admin/people"),
  successMessage: "Home neighbourhood verified.",
});
