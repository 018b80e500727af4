"use client";

import { useActionState, type ReactNode } from "react";
import { FormMessage, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import type { ButtonVariant } from "@/components/ui/button";
import type { FormAction } from "./types";

/**
 * One button that posts a few hidden fields to a server action and shows a refusal beside it.
 * Works before JavaScript loads: the form posts and the page renders the answer.
 */
export function ActionButton({
  action,
  fields,
  children,
  pendingText = "Working…",
  variant = "secondary",
}: {
  action: FormAction;
  fields: Record<string, string>;
  /** The button's words; put the detail a screen reader needs in an sr-only span. */
  children: ReactNode;
  pendingText?: string;
  variant?: ButtonVariant;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, null);
  return (
    <form action={formAction}>
      <FormMessage state={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} pendingText={pendingText}>
        {children}
      </SubmitButton>
    </form>
  );
}
