"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { Checkbox, Select, TextField } from "@/components/ui/field";
import { equalityQuestions, PREFER_NOT_TO_SAY, type EqualityQuestion } from "@/lib/people/profile-validation";

type Action<S> = (state: S | null, data: FormData) => Promise<S>;

export interface ProfileValues {
  name: string;
  homeAreaId: string;
  notifyByEmail: boolean;
  notifyDigest: boolean;
}

export function ProfileForm<S extends FormState>({ action, initial, areas }: { action: Action<S>; initial: ProfileValues; areas: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  const failed = state !== null && !state.ok;
  const checked = (field: "notifyByEmail" | "notifyDigest") => (failed ? typed(state, field) === "on" : initial[field]);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <TextField id="name" name="name" label="Your name" hint="Shown beside what you propose and write." autoComplete="name" defaultValue={typed(state, "name", initial.name)} error={fieldError(state, "name")} required />
      <Select
        id="homeAreaId"
        name="homeAreaId"
        label="Home neighbourhood"
        hint="Type the first letters to jump through the list. Some plans only let residents of their area vote."
        placeholder="Not set"
        options={areas}
        defaultValue={typed(state, "homeAreaId", initial.homeAreaId)}
        error={fieldError(state, "homeAreaId")}
      />
      <fieldset className="mb-5">
        <legend className="mb-2 font-semibold">Notifications</legend>
        <Checkbox id="notifyByEmail" name="notifyByEmail" label="Email me about proposals I follow" defaultChecked={checked("notifyByEmail")} />
        <Checkbox id="notifyDigest" name="notifyDigest" label="Send one weekly summary instead of separate emails" defaultChecked={checked("notifyDigest")} />
      </fieldset>
      <SubmitButton>Save profile</SubmitButton>
    </form>
  );
}

export function EqualityForm<S extends FormState>({ action, initial }: { action: Action<S>; initial: Partial<Record<EqualityQuestion, string | null>> }) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      {(Object.keys(equalityQuestions) as EqualityQuestion[]).map((question) => (
        <Select
          key={question}
          id={question}
          name={question}
          label={equalityQuestions[question].label}
          placeholder="No answer"
          options={[...equalityQuestions[question].options, PREFER_NOT_TO_SAY].map((option) => ({ value: option, label: option }))}
          defaultValue={typed(state, question, initial[question] ?? "")}
          error={fieldError(state, question)}
        />
      ))}
      <SubmitButton>Save answers</SubmitButton>
    </form>
  );
}

export function DeleteAccountForm<S extends FormState>({ action }: { action: Action<S> }) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <TextField id="confirm" name="confirm" label="Type “delete my account” to confirm" autoComplete="off" defaultValue={typed(state, "confirm")} error={fieldError(state, "confirm")} />
      <SubmitButton variant="danger" pendingText="Deleting…">
        Delete my account
      </SubmitButton>
    </form>
  );
}
