"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { Select, TextArea, TextField } from "@/components/ui/field";

type Action<S> = (state: S | null, data: FormData) => Promise<S>;

/** Staff write the public response that accompanies a status. */
export function ResponseForm<S extends FormState>({
  action,
  proposalId,
  statuses,
  defaultStatus,
  defaultRespondingBody,
}: {
  action: Action<S>;
  proposalId: string;
  statuses: { value: string; label: string }[];
  defaultStatus: string;
  defaultRespondingBody: string;
}) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <Select
        id="status"
        name="status"
        label="Status this response goes with"
        hint="Choosing a different status from the current one moves the proposal there."
        options={statuses}
        defaultValue={typed(state, "status", defaultStatus)}
        error={fieldError(state, "status")}
      />
      <TextArea
        id="body"
        name="body"
        label="Public response"
        hint="Shown on the proposal and sent to its author and followers. Say what was decided and why."
        rows={7}
        defaultValue={typed(state, "body")}
        error={fieldError(state, "body")}
        required
      />
      <TextField
        id="respondingBody"
        name="respondingBody"
        label="Responding body"
        hint="For example “Northbridge & Brackside LEP” or “Northbridge City Council”."
        defaultValue={typed(state, "respondingBody", defaultRespondingBody)}
        error={fieldError(state, "respondingBody")}
        required
      />
      <SubmitButton pendingText="Publishing…">Publish response</SubmitButton>
    </form>
  );
}
