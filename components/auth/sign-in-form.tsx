"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { TextField } from "@/components/ui/field";

export function SignInForm<S extends FormState>({ action, next }: { action: (state: S | null, data: FormData) => Promise<S>; next?: string }) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  return (
    <form action={formAction} noValidate className="max-w-md">
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        id="email"
        name="email"
        type="email"
        inputMode="email"
        autoComplete="email"
        label="Email address"
        hint="We will email you a link. Open it on this device to sign in: no password needed."
        defaultValue={typed(state, "email")}
        error={fieldError(state, "email")}
        required
      />
      <SubmitButton pendingText="Sending…">Email me a sign-in link</SubmitButton>
    </form>
  );
}
