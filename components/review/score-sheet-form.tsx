"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { Checkbox, Select, TextArea } from "@/components/ui/field";

type Action<S> = (state: S | null, data: FormData) => Promise<S>;

const scoreOptions = [
  { value: "1", label: "1 – Poor" },
  { value: "2", label: "2 – Weak" },
  { value: "3", label: "3 – Adequate" },
  { value: "4", label: "4 – Good" },
  { value: "5", label: "5 – Excellent" },
];

export interface ScoreSheetValues {
  notes: string;
  scores: Record<string, number>;
  priorityIds: string[];
}

/** One 1–5 select per criterion, notes and the strategic priorities the proposal serves. */
export function ScoreSheetForm<S extends FormState>({
  action,
  proposalId,
  criteria,
  priorities,
  initial,
}: {
  action: Action<S>;
  proposalId: string;
  criteria: { id: string; name: string; description: string }[];
  priorities: { id: string; title: string }[];
  initial: ScoreSheetValues;
}) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  const failed = state !== null && !state.ok;
  const chosenPriorities = failed ? typed(state, "priorityIds").split("\n") : initial.priorityIds;
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <fieldset className="mb-5">
        <legend className="mb-3 text-lg font-bold">Scores</legend>
        {criteria.map((criterion) => {
          const name = `score_${criterion.id}`;
          return (
            <Select
              key={criterion.id}
              id={name}
              name={name}
              label={criterion.name}
              hint={criterion.description || undefined}
              placeholder="Choose a score"
              options={scoreOptions}
              defaultValue={typed(state, name, initial.scores[criterion.id] ? String(initial.scores[criterion.id]) : "")}
              error={fieldError(state, name)}
              required
            />
          );
        })}
      </fieldset>
      {priorities.length ? (
        <fieldset className="mb-5">
          <legend className="mb-2 font-semibold">Strategic priorities it serves</legend>
          {fieldError(state, "priorityIds") ? <p className="mb-2 text-sm font-semibold text-red-700">{fieldError(state, "priorityIds")}</p> : null}
          {priorities.map((priority) => (
            <Checkbox key={priority.id} id={`priority-${priority.id}`} name="priorityIds" value={priority.id} label={priority.title} defaultChecked={chosenPriorities.includes(priority.id)} />
          ))}
        </fieldset>
      ) : null}
      <TextArea id="notes" name="notes" label="Notes" hint="Private to staff until the plan publishes its reasoning." defaultValue={typed(state, "notes", initial.notes)} error={fieldError(state, "notes")} />
      <SubmitButton>Save assessment</SubmitButton>
    </form>
  );
}
