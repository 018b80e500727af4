"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { TextArea, TextField } from "@/components/ui/field";

type Action<S> = (state: S | null, data: FormData) => Promise<S>;

/** Staff publish the assembled plan as its next version. */
export function PublishPlanForm<S extends FormState>({ action, planId, nextVersion, defaultTitle }: { action: Action<S>; planId: string; nextVersion: number; defaultTitle: string }) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="planId" value={planId} />
      <TextField id="title" name="title" label="Title of the published plan" defaultValue={typed(state, "title", defaultTitle)} error={fieldError(state, "title")} required />
      <TextArea
        id="summary"
        name="summary"
        label="Summary"
        hint="Shown first on the published plan: what the plan does and for whom, in plain words."
        rows={6}
        defaultValue={typed(state, "summary")}
        error={fieldError(state, "summary")}
        required
      />
      <p className="mb-4 text-sm text-muted">Publishing never changes an earlier version: each version stays readable at its own address.</p>
      <SubmitButton pendingText="Publishing…">Publish version {nextVersion}</SubmitButton>
    </form>
  );
}
