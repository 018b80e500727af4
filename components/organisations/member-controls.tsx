"use client";

import { useActionState } from "react";
import { FormMessage, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import type { OrganisationRole } from "@/lib/policy";
import { ActionButton } from "@/components/forms/action-button";

type Action<S> = (state: S | null, data: FormData) => Promise<S>;

/** Change one member's role, or remove them. Never shown for the owner: ownership moves by transfer. */
export function MemberControls<S extends FormState, R extends FormState>({
  organisationId,
  member,
  changeRole,
  remove,
}: {
  organisationId: string;
  member: { userId: string; name: string; role: Exclude<OrganisationRole, "owner"> };
  changeRole: Action<S>;
  remove: Action<R>;
}) {
  const [state, formAction] = useActionState<S | null, FormData>(changeRole, null);
  const newRole = member.role === "admin" ? "member" : "admin";
  return (
    <div className="flex flex-wrap items-start gap-3">
      <form action={formAction}>
        <FormMessage state={state} />
        <input type="hidden" name="organisationId" value={organisationId} />
        <input type="hidden" name="userId" value={member.userId} />
        <input type="hidden" name="role" value={newRole} />
        <SubmitButton variant="secondary" pendingText="Changing…">
          {newRole === "admin" ? `Make ${member.name} an admin` : `Change ${member.name} to a member`}
        </SubmitButton>
      </form>
      <ActionButton action={remove} fields={{ organisationId, userId: member.userId }} variant="danger" pendingText="Removing…">
        Remove {member.name}
      </ActionButton>
    </div>
  );
}
