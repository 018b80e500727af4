"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { Select, TextArea, TextField, type SelectOption } from "@/components/ui/field";
import { sectorLabels } from "@/lib/organisations/sectors";

export interface OrganisationFormValues {
  name: string;
  sector: string;
  description: string;
  offers: string;
  areaServedId: string;
  website: string;
}

const empty: OrganisationFormValues = { name: "", sector: "", description: "", offers: "", areaServedId: "", website: "" };

const sectorOptions: SelectOption[] = Object.entries(sectorLabels).map(([value, label]) => ({ value, label }));

/** Registers an organisation, or edits its profile when given an organisationId. */
export function OrganisationForm<S extends FormState>({
  action,
  areas,
  initial = empty,
  organisationId,
  submitLabel,
}: {
  action: (state: S | null, data: FormData) => Promise<S>;
  areas: SelectOption[];
  initial?: OrganisationFormValues;
  organisationId?: string;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  const value = (field: keyof OrganisationFormValues) => typed(state, field, initial[field]);
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <FormMessage state={state} />
      {organisationId ? <input type="hidden" name="organisationId" value={organisationId} /> : null}
      <TextField id="name" name="name" label="Name" autoComplete="organization" defaultValue={value("name")} error={fieldError(state, "name")} required maxLength={120} />
      <Select
        id="sector"
        name="sector"
        label="Sector"
        hint="Community groups and charities, social enterprises, businesses or public bodies such as the council, NHS or a college."
        placeholder="Choose a sector"
        options={sectorOptions}
        defaultValue={value("sector")}
        error={fieldError(state, "sector")}
        required
      />
      <TextArea id="description" name="description" label="What the organisation does" hint="A few sentences for people who have not heard of you." defaultValue={value("description")} error={fieldError(state, "description")} maxLength={4000} />
      <TextArea
        id="offers"
        name="offers"
        label="What it can offer (optional)"
        hint="For example volunteers, a meeting room on weekday evenings, apprenticeships or mentoring. Proposals that need these can find you."
        rows={3}
        defaultValue={value("offers")}
        error={fieldError(state, "offers")}
        maxLength={2000}
      />
      <Select
        id="areaServedId"
        name="areaServedId"
        label="Neighbourhood served (optional)"
        hint="Leave this as it is if you work across the whole region."
        placeholder="The whole region"
        options={areas}
        defaultValue={value("areaServedId")}
        error={fieldError(state, "areaServedId")}
      />
      <TextField id="website" name="website" type="url" inputMode="url" autoComplete="url" label="Website (optional)" hint="For example https://example.org" defaultValue={value("website")} error={fieldError(state, "website")} maxLength={300} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
