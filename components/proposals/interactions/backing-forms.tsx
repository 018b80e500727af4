"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { Select, TextArea, TextField } from "@/components/ui/field";
import type { FormAction, OrganisationChoice } from "./types";

interface BackingFormProps {
  action: FormAction;
  proposalId: string;
  /** Organisations the person administers that have not yet done this. */
  organisations: readonly OrganisationChoice[];
  /** Keeps ids unique when both forms are on the page. */
  idPrefix: string;
}

/** With one organisation there is nothing to choose: say which it is. */
function OrganisationChoiceField({ organisations, state, idPrefix, verb }: { organisations: readonly OrganisationChoice[]; state: FormState; idPrefix: string; verb: string }) {
  const [only] = organisations;
  if (organisations.length === 1 && only) {
    return (
      <>
        <input type="hidden" name="organisationId" value={only.id} />
        <p className="mb-3">
          {verb} as <strong>{only.name}</strong>.
        </p>
        {fieldError(state, "organisationId") ? <p className="mb-3 text-sm font-semibold text-red-700">{fieldError(state, "organisationId")}</p> : null}
      </>
    );
  }
  return (
    <Select
      id={`${idPrefix}-organisation`}
      name="organisationId"
      label="Which organisation?"
      placeholder="Choose one"
      options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
      defaultValue={typed(state, "organisationId")}
      error={fieldError(state, "organisationId")}
      required
    />
  );
}

/** An organisation's admin backs the proposal publicly, with an optional statement. */
export function EndorseForm({ action, proposalId, organisations, idPrefix }: BackingFormProps) {
  const [state, formAction] = useActionState<FormState, FormData>(action, null);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <OrganisationChoiceField organisations={organisations} state={state} idPrefix={idPrefix} verb="Endorsing" />
      <TextArea
        id={`${idPrefix}-statement`}
        name="statement"
        label="Statement (optional)"
        hint="Shown with your endorsement: why your organisation backs this idea."
        rows={3}
        defaultValue={typed(state, "statement")}
        error={fieldError(state, "statement")}
      />
      <SubmitButton variant="secondary" pendingText="Endorsing…">
        Endorse this proposal
      </SubmitButton>
    </form>
  );
}

/** An organisation's admin offers to help deliver the proposal; the proposer accepts or declines. */
export function PartnerOfferForm({ action, proposalId, organisations, idPrefix }: BackingFormProps) {
  const [state, formAction] = useActionState<FormState, FormData>(action, null);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <OrganisationChoiceField organisations={organisations} state={state} idPrefix={idPrefix} verb="Offering" />
      <TextField
        id={`${idPrefix}-role`}
        name="role"
        label="What will your organisation do?"
        hint="For example “We will host the sessions” or “We will mentor the apprentices”."
        autoComplete="off"
        defaultValue={typed(state, "role")}
        error={fieldError(state, "role")}
        required
      />
      <SubmitButton variant="secondary" pendingText="Sending your offer…">
        Offer to partner
      </SubmitButton>
    </form>
  );
}
