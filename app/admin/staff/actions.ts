"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "@/db/queries/platform/record-audit";
import { grantStaffRole, revokeStaffRole } from "@/db/queries/people/grant-staff-role";
import { staffRoles } from "@/lib/people/staff-roles";
import { authorize } from "@/lib/policy";
import { ActionError, defineAction } from "../../_server/action";

const staffRoleSchema = z.object({
  userId: z.uuid("Choose a person"),
  role: z.enum(staffRoles, "Choose a role"),
});

/** Admins only (docs/DESIGN.md §2); every change is written to the audit log in the same transaction. */
export const grantStaffRoleAction = defineAction({
  schema: staffRoleSchema,
  load: async () => null,
  policy: (actor, _nothing, input) => authorize(actor, "staffRole.grant", { targetUserId: input.userId }),
  async run({ tx, actor, input }) {
    const granted = await grantStaffRole(tx, input.userId, input.role, actor.id);
    if (!granted) throw new ActionError("That person already has this role.");
    await recordAudit(tx, { actorId: actor.id, action: "staff_role.grant", entityType: "user", entityId: input.userId, details: { role: input.role } });
    return { role: input.role };
  },
  after: () => revalidatePath("/admin/staff"),
  successMessage: ({ role }) => `Granted the ${role} role.`,
});

export const revokeStaffRoleAction = defineAction({
  schema: staffRoleSchema,
  load: async () => null,
  policy: (actor, _nothing, input) => authorize(actor, "staffRole.revoke", { targetUserId: input.userId }),
  async run({ tx, actor, input }) {
    const revoked = await revokeStaffRole(tx, input.userId, input.role);
    if (!revoked) throw new ActionError("That person does not have this role.");
    await recordAudit(tx, { actorId: actor.id, action: "staff_role.revoke", entityType: "user", entityId: input.userId, details: { role: input.role } });
    return { role: input.role };
  },
  after: () => revalidatePath("/admin/staff"),
  successMessage: ({ role }) => `Removed the ${role} role.`,
});
