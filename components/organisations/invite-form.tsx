"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { Select, TextField } from "@/components/ui/field";
import { grantableRoleOptions } from "./labels";

export function InviteForm<S extends FormState>({ action, organisationId }: { action: (state: S | null, data: FormData) => Promise<S>; organisationId: string }) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField
        id="invite-email"
        name="email"
        type="email"
        inputMode="email"
        autoComplete="off"
        label="Email address"
        hint="We will email them a link to join. It works for 14 days."
        defaultValue={typed(state, "email")}
        error={fieldError(state, "email")}
        required
      />
      <Select id="invite-role" name="role" label="Role" options={grantableRoleOptions} defaultValue={typed(state, "role", "member")} error={fieldError(state, "role")} />
      <SubmitButton pendingText="Sending…">Send invitation</SubmitButton>
    </form>
  );
}
