"use server";

import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { users } from "@/db/schema";
import { recordAudit } from "@/db/queries/platform/audit";
import { reinstatePerson, suspendPerson } from "@/db/queries/people/people";
import { moderationActions } from "@/db/schema";
import { authorize } from "@/lib/policy";
import { ActionError, defineAction } from "../../_server/action";

const reasonSchema = z.object({
  userId: z.uuid("Choose a person"),
  reason: z.string().trim().min(5, "Give a reason of at least 5 characters: the person will see it").max(500, "Use 500 characters or fewer"),
});

/** Suspension ends every session at once (sessions live in Postgres) and is recorded with its reason. */
export const suspendPersonAction = defineAction({
  schema: reasonSchema,
  policy: ({ actor, input }) => authorize(actor, "user.suspend", { targetUserId: input.userId }),
  async run({ tx, actor, input }) {
    if (!(await suspendPerson(tx, input.userId, input.reason))) throw new ActionError("That person is already suspended or no longer exists.");
    await tx.insert(moderationActions).values({ moderatorId: actor.id, action: "suspend", subjectUserId: input.userId, reason: input.reason });
    await recordAudit(tx, { actorId: actor.id, action: "user.suspend", entityType: "user", entityId: input.userId, reason: input.reason });
    return null;
  },
  after: () => revalidatePath("/admin/people"),
  successMessage: "Suspended. They have been signed out everywhere.",
});

export const reinstatePersonAction = defineAction({
  schema: reasonSchema,
  policy: ({ actor, input }) => authorize(actor, "user.reinstate", { targetUserId: input.userId }),
  async run({ tx, actor, input }) {
    if (!(await reinstatePerson(tx, input.userId))) throw new ActionError("That person is not suspended.");
    await tx.insert(moderationActions).values({ moderatorId: actor.id, action: "reinstate", subjectUserId: input.userId, reason: input.reason });
    await recordAudit(tx, { actorId: actor.id, action: "user.reinstate", entityType: "user", entityId: input.userId, reason: input.reason });
    return null;
  },
  after: () => revalidatePath("/admin/people"),
  successMessage: "Reinstated.",
});

export const verifyHomeAreaAction = defineAction({
  schema: z.object({ userId: z.uuid("Choose a person") }),
  policy: ({ actor }) => authorize(actor, "user.verifyHomeArea"),
  async run({ tx, actor, input }) {
    const verified = await tx
      .update(users)
      .set({ homeAreaVerifiedAt: new Date(), homeAreaVerifiedBy: actor.id })
      .where(and(eq(users.id, input.userId), isNotNull(users.homeAreaId), isNull(users.homeAreaVerifiedAt)))
      .returning({ homeAreaId: users.homeAreaId });
    if (verified.length === 0) throw new ActionError("This person has no home neighbourhood to verify, or it is already verified.");
    await tx.insert(moderationActions).values({ moderatorId: actor.id, action: "verify_home_area", subjectUserId: input.userId, reason: "Home neighbourhood checked" });
    await recordAudit(tx, { actorId: actor.id, action: "user.verify_home_area", entityType: "user", entityId: input.userId, details: { homeAreaId: verified[0]?.homeAreaId } });
    return null;
  },
  after: () => revalidatePath("/admin/people"),
  successMessage: "Home neighbourhood verified.",
});
