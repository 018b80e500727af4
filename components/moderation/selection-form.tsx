"use client";

import { useActionState, useState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import type { ModerationFormAction } from "./types";
import { Button } from "@/components/ui/button";
import { Checkbox, TextField } from "@/components/ui/field";

export const selectionFormId = "moderation-selection";

/**
 * The bulk form: checkboxes anywhere on the page join it through their `form` attribute, so each
 * row can also keep its own hide/restore form without nesting forms. Each button posts the same
 * selection and reason to its own action.
 */
export function SelectionForm({ hide, restore, dismiss }: { hide: ModerationFormAction; restore: ModerationFormAction; dismiss: ModerationFormAction }) {
  const [hideState, hideAction, hiding] = useActionState<FormState, FormData>(hide, null);
  const [restoreState, restoreAction, restoring] = useActionState<FormState, FormData>(restore, null);
  const [dismissState, dismissAction, dismissing] = useActionState<FormState, FormData>(dismiss, null);
  const [last, setLast] = useState<"hide" | "restore" | "dismiss" | null>(null);
  const state = last === "hide" ? hideState : last === "restore" ? restoreState : last === "dismiss" ? dismissState : null;
  const pending = hiding || restoring || dismissing;
  const itemsError = fieldError(state, "items");
  return (
    <form id={selectionFormId} className="mb-8 rounded-lg border-2 border-brand-600 bg-white p-4" noValidate aria-labelledby="selection-heading">
      <h2 id="selection-heading" className="text-lg font-semibold">
        Act on the selected items
      </h2>
      <p className="mb-3 text-sm text-muted">Tick items in the lists below, give one reason, then choose what to do. Authors see the reason.</p>
      {/* Pressing Enter in the reason must not hide anything: a disabled first submit button blocks implicit submission. */}
      <button type="submit" disabled hidden aria-hidden="true" tabIndex={-1} />
      <FormMessage state={state} />
      {itemsError ? (
        <p className="mb-2 text-sm font-semibold text-red-700" role="alert">
          <span className="sr-only">Error: </span>
          {itemsError}
        </p>
      ) : null}
      <TextField id="selection-reason" name="reason" label="Reason" hint="At least 5 characters." defaultValue={typed(state, "reason")} error={fieldError(state, "reason")} />
      <Checkbox
        id="selection-keep-on-ballot"
        name="keepOnBallot"
        label="Take the text out of view but keep it on the ballot"
        hint="While a vote is open, a project on the ballot cannot be hidden. Tick this to take its text out of view (for example, unlawful content) instead: it stays counted, and its page shows your reason."
        defaultChecked={typed(state, "keepOnBallot") === "on"}
        error={fieldError(state, "keepOnBallot")}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="danger" formAction={hideAction} onClick={() => setLast("hide")} disabled={pending}>
          Hide selected
        </Button>
        <Button type="submit" variant="secondary" formAction={restoreAction} onClick={() => setLast("restore")} disabled={pending}>
          Restore selected
        </Button>
        <Button type="submit" variant="secondary" formAction={dismissAction} onClick={() => setLast("dismiss")} disabled={pending}>
          Dismiss reports on selected
        </Button>
      </div>
    </form>
  );
}

/** A row's checkbox, joined to the bulk form wherever the row is. */
export function SelectBox({ value, label }: { value: string; label: string }) {
  const id = `select-${value.replace(":", "-")}`;
  return (
    <div className="flex min-h-11 items-center gap-2">
      <input id={id} type="checkbox" name="items" value={value} form={selectionFormId} className="h-6 w-6 shrink-0 accent-brand-600" />
      <label htmlFor={id} className="text-sm font-semibold">
        Select <span className="sr-only">{label}</span>
      </label>
    </div>
  );
}
