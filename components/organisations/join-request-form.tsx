"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { TextArea } from "@/components/ui/field";

export function JoinRequestForm<S extends FormState>({
  action,
  organisationId,
  organisationName,
}: {
  action: (state: S | null, data: FormData) => Promise<S>;
  organisationId: string;
  organisationName: string;
}) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  if (state?.ok) return <FormMessage state={state} />;
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextArea
        id="join-message"
        name="message"
        label="Message to the organisation's admins (optional)"
        hint="Say how you are connected, for example that you volunteer or work there."
        rows={3}
        maxLength={1000}
        defaultValue={typed(state, "message")}
        error={fieldError(state, "message")}
      />
      <SubmitButton pendingText="Sending…">Request to join {organisationName}</SubmitButton>
    </form>
  );
}
