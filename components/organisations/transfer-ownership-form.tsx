"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { Select, type SelectOption } from "@/components/ui/field";

export function TransferOwnershipForm<S extends FormState>({
  action,
  organisationId,
  members,
}: {
  action: (state: S | null, data: FormData) => Promise<S>;
  organisationId: string;
  members: SelectOption[];
}) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <Select
        id="transfer-to"
        name="userId"
        label="New owner"
        hint="They must already be a member. You will become an admin."
        placeholder="Choose a member"
        options={members}
        defaultValue={typed(state, "userId")}
        error={fieldError(state, "userId")}
        required
      />
      <SubmitButton variant="danger" pendingText="Transferring…">
        Transfer ownership
      </SubmitButton>
    </form>
  );
}
