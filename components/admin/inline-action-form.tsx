"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import type { ButtonVariant } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/**
 * A small form that posts hidden fields, and optionally a reason, to a server action and shows
 * its result beside it: for row actions in staff lists. A refused reason keeps what was typed.
 */
export function InlineActionForm<S extends FormState>({
  action,
  hidden,
  label,
  variant = "secondary",
  reason,
}: {
  action: (state: S | null, data: FormData) => Promise<S>;
  hidden: Record<string, string>;
  label: string;
  variant?: ButtonVariant;
  /** One text field to send with the action; its name defaults to "reason". */
  reason?: { id: string; label: string; hint?: string; name?: string };
}) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  return (
    <form action={formAction} className="mt-2" noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {reason ? (
        <TextField id={reason.id} name={reason.name ?? "reason"} label={reason.label} hint={reason.hint} defaultValue={typed(state, reason.name ?? "reason")} error={fieldError(state, reason.name ?? "reason")} />
      ) : null}
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}
