"use client";

import { useActionState, useRef } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { Select, TextArea, TextField } from "@/components/ui/field";
import { pledgeKindLabels, type PledgeKind } from "@/lib/pledges/kinds";
import type { FormAction, OrganisationChoice } from "./types";

export interface PledgeFormProps {
  action: FormAction;
  proposalId: string;
  /** The signed-in person's name, for the "as myself" choice. */
  personName: string | null;
  actingFor: readonly OrganisationChoice[];
  /** The plan's unit for each kind it values, offered as the default unit. */
  units: Partial<Record<PledgeKind, string>>;
  openNeeds: readonly { id: string; kind: PledgeKind; description: string }[];
}

// From the labels, not lib/pledges, so the browser bundle does not carry zod for one list.
const kindOptions = Object.entries(pledgeKindLabels).map(([value, label]) => ({ value, label }));

/** Offer a contribution: as oneself or for an organisation one administers, optionally answering a need. */
export function PledgeForm({ action, proposalId, personName, actingFor, units, openNeeds }: PledgeFormProps) {
  const [state, formAction] = useActionState<FormState, FormData>(action, null);
  const kindRef = useRef<HTMLSelectElement>(null);
  const unitRef = useRef<HTMLInputElement>(null);
  const defaultUnits = new Set(Object.values(units));

  // Fill in the plan's unit for the chosen kind, unless the person has typed a unit of their own.
  function suggestUnit(kind: string) {
    const unit = unitRef.current;
    if (!unit || (unit.value !== "" && !defaultUnits.has(unit.value))) return;
    unit.value = units[kind as PledgeKind] ?? "";
  }

  // Answering a need means pledging what it asks for, so choosing one picks its kind.
  function chooseNeed(needId: string) {
    const need = openNeeds.find((candidate) => candidate.id === needId);
    if (!need || !kindRef.current) return;
    kindRef.current.value = need.kind;
    suggestUnit(need.kind);
  }

  const chosenKind = typed(state, "kind");
  const chosenOrganisation = typed(state, "organisationId");
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      {actingFor.length > 0 ? (
        <fieldset className="mb-5" aria-describedby={fieldError(state, "organisationId") ? "organisationId-error" : undefined}>
          <legend className="mb-1 font-semibold">Who is pledging?</legend>
          {fieldError(state, "organisationId") ? (
            <p id="organisationId-error" className="mb-1 text-sm font-semibold text-red-700">
              <span className="sr-only">Error: </span>
              {fieldError(state, "organisationId")}
            </p>
          ) : null}
          {[{ id: "", name: personName ? `Myself (${personName})` : "Myself" }, ...actingFor].map((choice) => (
            <label key={choice.id || "self"} className="flex min-h-11 items-center gap-3">
              <input type="radio" name="organisationId" value={choice.id} defaultChecked={chosenOrganisation === choice.id} className="h-6 w-6 shrink-0 accent-brand-600" />
              <span>{choice.name}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {openNeeds.length > 0 ? (
        <Select
          id="pledge-need"
          name="needId"
          label="Does it answer one of the needs?"
          hint="The need counts as met once the proposer confirms your pledge."
          placeholder="No, it is something else"
          options={openNeeds.map((need) => ({ value: need.id, label: `${pledgeKindLabels[need.kind]}: ${need.description}` }))}
          defaultValue={typed(state, "needId")}
          error={fieldError(state, "needId")}
          onChange={(event) => chooseNeed(event.currentTarget.value)}
        />
      ) : null}
      <Select
        ref={kindRef}
        id="pledge-kind"
        name="kind"
        label="What are you pledging?"
        placeholder="Choose one"
        options={kindOptions}
        defaultValue={chosenKind}
        error={fieldError(state, "kind")}
        onChange={(event) => suggestUnit(event.currentTarget.value)}
        required
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField
          id="pledge-quantity"
          name="quantity"
          label="How much?"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={typed(state, "quantity")}
          error={fieldError(state, "quantity")}
          required
        />
        <TextField
          ref={unitRef}
          id="pledge-unit"
          name="unit"
          label="Counted in"
          placeholder="e.g. hours"
          autoComplete="off"
          defaultValue={typed(state, "unit", units[chosenKind as PledgeKind] ?? "")}
          error={fieldError(state, "unit")}
          required
        />
      </div>
      <TextArea
        id="pledge-description"
        name="description"
        label="Anything the proposer should know (optional)"
        hint="For example when you are free, or what the space has."
        rows={3}
        defaultValue={typed(state, "description")}
        error={fieldError(state, "description")}
      />
      <SubmitButton pendingText="Sending your pledge…">Offer this pledge</SubmitButton>
    </form>
  );
}
