"use client";

import { useActionState } from "react";
import { FormMessage, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { formatPence } from "@/lib/shared/money";

/** One paper ballot as an officer copies it in; the form clears itself after each one is saved. */
export function PaperBallotForm<S extends FormState>({ action, planId, projects }: { action: (state: S | null, data: FormData) => Promise<S>; planId: string; projects: { id: string; title: string; costPence: number }[] }) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  return (
    <form action={formAction} className="rounded-lg border border-stone-300 bg-white p-4">
      <FormMessage state={state} />
      <input type="hidden" name="planId" value={planId} />
      <fieldset>
        <legend className="mb-2 font-semibold">Projects marked on the paper ballot</legend>
        <ul className="grid gap-2">
          {projects.map((p) => (
            <li key={p.id} className="flex items-center gap-3">
              <input id={`paper-${p.id}`} type="checkbox" name="proposalIds" value={p.id} className="h-6 w-6 accent-brand-600" />
              <label htmlFor={`paper-${p.id}`}>
                {p.title} ({formatPence(p.costPence)})
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-4">
        <SubmitButton>Save this paper ballot</SubmitButton>
      </div>
    </form>
  );
}
