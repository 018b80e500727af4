"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formArray } from "@/lib/shared/form";
import { markNotificationsRead } from "@/db/queries/platform/list-notifications";
import { authorize } from "@/lib/policy";
import { defineAction } from "../_server/action";

/** Marks the signed-in person's own notifications read; the where clause scopes it to them. */
export const markNotificationsReadAction = defineAction({
  schema: z.object({ ids: formArray(z.uuid(), 100).optional() }),
  load: async () => null,
  policy: (actor) => authorize(actor, "profile.update", { targetUserId: actor.id }),
  async run({ tx, actor, input }) {
    await markNotificationsRead(tx, actor.id, input.ids);
    return null;
  },
  after: () => revalidatePath("/", "layout"),
  successMessage: "Marked as read.",
});
