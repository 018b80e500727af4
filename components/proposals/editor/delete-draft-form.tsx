"use client";

import { useActionState, useState } from "react";
import { FormMessage, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";

type Action<S> = (state: S | null, data: FormData) => Promise<S>;

/** Deleting a draft cannot be undone, so the first button only asks. */
export function DeleteDraftForm<S extends FormState>({ action, proposalId, title }: { action: Action<S>; proposalId: string; title: string }) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  const [asking, setAsking] = useState(false);
  if (state?.ok) return <FormMessage state={state} />;
  return (
    <div className="mt-3">
      <FormMessage state={state} />
      {asking ? (
        <form action={formAction} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="proposalId" value={proposalId} />
          <p className="w-full text-sm font-semibold">Delete “{title}” for good?</p>
          <SubmitButton variant="danger" pendingText="Deleting…">
            Yes, delete it
          </SubmitButton>
          <Button variant="secondary" onClick={() => setAsking(false)}>
            No, keep it
          </Button>
        </form>
      ) : (
        <Button variant="quiet" onClick={() => setAsking(true)}>
          Delete<span className="sr-only"> the draft “{title}”</span>
        </Button>
      )}
    </div>
  );
}
