"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { Select, TextField } from "@/components/ui/field";
import type { ModerationFormAction } from "./types";

interface Candidate {
  id: string;
  title: string;
  planTitle: string;
}

/** Merge a duplicate into another proposal of the same plan: supports, followers, pledges and comments move. */
export function MergeForm({ action, candidates }: { action: ModerationFormAction; candidates: readonly Candidate[] }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, null);
  const options = candidates.map((candidate) => ({ value: candidate.id, label: `${candidate.title} (${candidate.planTitle})` }));
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <Select id="merge-duplicate" name="duplicateId" label="The duplicate" hint="It will be hidden, with a link to the proposal it joins." placeholder="Choose a proposal" options={options} defaultValue={typed(state, "duplicateId")} error={fieldError(state, "duplicateId")} />
      <Select id="merge-target" name="targetId" label="Merge it into" hint="Must be in the same plan." placeholder="Choose a proposal" options={options} defaultValue={typed(state, "targetId")} error={fieldError(state, "targetId")} />
      <TextField id="merge-reason" name="reason" label="Reason" hint="Both authors see it." defaultValue={typed(state, "reason")} error={fieldError(state, "reason")} />
      <SubmitButton variant="danger" pendingText="Merging…">
        Merge proposals
      </SubmitButton>
    </form>
  );
}
