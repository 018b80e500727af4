"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { TextArea } from "@/components/ui/field";

type Action<S> = (state: S | null, data: FormData) => Promise<S>;

/** An organisation's admin signs a published version, with an optional public statement. */
export function SignPlanForm<S extends FormState>({ action, planVersionId, organisation }: { action: Action<S>; planVersionId: string; organisation: { id: string; name: string } }) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  const field = `statement-${organisation.id}`;
  if (state?.ok) return <FormMessage state={state} />;
  return (
    <form action={formAction} noValidate className="mb-4">
      <FormMessage state={state} />
      <input type="hidden" name="planVersionId" value={planVersionId} />
      <input type="hidden" name="organisationId" value={organisation.id} />
      <TextArea id={field} name="statement" label={`Statement from ${organisation.name} (optional)`} hint="Shown beside your signature." rows={3} defaultValue={typed(state, "statement")} error={fieldError(state, "statement")} />
      <SubmitButton pendingText="Signing…">Sign this plan for {organisation.name}</SubmitButton>
    </form>
  );
}
