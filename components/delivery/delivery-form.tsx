"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { TextArea, TextField } from "@/components/ui/field";
import { countIndicatorKinds, indicatorLabels } from "@/lib/delivery/indicators";

type Action<S> = (state: S | null, data: FormData) => Promise<S>;

const counts = countIndicatorKinds.map((name) => ({ name, label: indicatorLabels[name] }));

/** The author or an officer reports progress; indicators left blank are not reported (blank is not zero). */
export function DeliveryForm<S extends FormState>({ action, proposalId, today }: { action: Action<S>; proposalId: string; today: string }) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <TextArea id="body" name="body" label="Progress" hint="What happened, in plain words. This is public." rows={6} defaultValue={typed(state, "body")} error={fieldError(state, "body")} required />
      <TextField id="milestone" name="milestone" label="Milestone (optional)" hint="For example “Opened to the public” or “First apprentices started”." defaultValue={typed(state, "milestone")} error={fieldError(state, "milestone")} />
      <TextField id="happenedOn" name="happenedOn" type="date" label="Date" max={today} defaultValue={typed(state, "happenedOn", today)} error={fieldError(state, "happenedOn")} required />
      <fieldset className="mb-2">
        <legend className="mb-2 text-lg font-bold">Indicators (optional)</legend>
        <p className="mb-3 text-sm text-muted">Numbers since the last update. Leave blank what you are not reporting.</p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {counts.map((c) => (
            <TextField key={c.name} id={c.name} name={c.name} label={c.label} inputMode="numeric" defaultValue={typed(state, c.name)} error={fieldError(state, c.name)} />
          ))}
          <TextField id="local_spend" name="local_spend" label={`${indicatorLabels.local_spend_pence} (£)`} hint="Money spent with local businesses and people." inputMode="decimal" defaultValue={typed(state, "local_spend")} error={fieldError(state, "local_spend")} />
        </div>
      </fieldset>
      <SubmitButton pendingText="Publishing…">Publish update</SubmitButton>
    </form>
  );
}
