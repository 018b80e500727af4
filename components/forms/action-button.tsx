"use client";

import { useActionState, type ReactNode } from "react";
import { FormMessage, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import type { ButtonVariant } from "@/components/ui/button";

/**
 * One button that posts a few hidden fields to a server action and shows its answer next to it.
 * Works without JavaScript: the form posts and the page renders the result.
 */
export function ActionButton<S extends FormState>({
  action,
  fields,
  children,
  pendingText,
  variant = "secondary",
}: {
  action: (state: S | null, data: FormData) => Promise<S | null>;
  fields: Record<string, string>;
  children: ReactNode;
  pendingText?: string;
  variant?: ButtonVariant;
}) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  return (
    <form action={formAction}>
      <FormMessage state={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} pendingText={pendingText ?? "Working…"}>
        {children}
      </SubmitButton>
    </form>
  );
}
