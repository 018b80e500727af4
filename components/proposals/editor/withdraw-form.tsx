"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { FormMessage, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";

type Action<S> = (state: S | null, data: FormData) => Promise<S>;

/**
 * Withdrawing cannot be undone, so it takes two steps: the first button only asks. The form posts
 * to the server action directly, so it works before the page's scripts have loaded.
 */
export function WithdrawForm<S extends FormState>({ action, proposalId }: { action: Action<S>; proposalId: string }) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  const [asking, setAsking] = useState(false);
  if (state?.ok) {
    return (
      <div>
        <FormMessage state={state} />
        <Link href={`/proposals/${proposalId}`} className="font-semibold text-brand-700 underline">
          See your proposal
        </Link>
      </div>
    );
  }
  return (
    <div>
      <FormMessage state={state} />
      {asking ? (
        <form action={formAction} className="rounded-md border-2 border-red-700 bg-red-50 p-4">
          <p className="font-semibold">Are you sure you want to withdraw this proposal?</p>
          <p className="mt-1 text-sm">It stays at its address, marked as withdrawn, with its discussion and pledges. This cannot be undone.</p>
          <input type="hidden" name="proposalId" value={proposalId} />
          <input type="hidden" name="confirm" value="withdraw" />
          <div className="mt-3 flex flex-wrap gap-3">
            <SubmitButton variant="danger" pendingText="Withdrawing…">
              Yes, withdraw it
            </SubmitButton>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              No, keep it
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="danger" onClick={() => setAsking(true)}>
          Withdraw this proposal
        </Button>
      )}
    </div>
  );
}
