"use client";

import { useActionState, useState } from "react";
import { FlashMessage } from "@/components/ui/flash-message";
import { Button } from "@/components/ui/button";
import { checkBallot, whyNotAdd, type BallotMethod, type BallotProject } from "@/lib/voting/ballot";
import { formatPence } from "@/lib/shared/money";
import { BallotReceipt, type Receipt } from "./ballot-receipt";

export type { Receipt };

export type CastResult = { ok: true; data: Receipt; message?: string } | { ok: false; message: string; fieldErrors: Record<string, string[]>; values: Record<string, string> };

interface Props<S extends CastResult> {
  planId: string;
  method: BallotMethod;
  budgetPence: number;
  approvalLimit: number | null;
  projects: (BallotProject & { summary: string })[];
  initialChosen: string[];
  action: (state: S | null, data: FormData) => Promise<S>;
}

export function BallotForm<S extends CastResult>({ planId, method, budgetPence, approvalLimit, projects, initialChosen, action }: Props<S>) {
  const [chosen, setChosen] = useState<string[]>(initialChosen);
  const [step, setStep] = useState<"choose" | "review">("choose");
  const [refusal, setRefusal] = useState<string | null>(null);
  const [state, formAction, pending] = useActionState<S | null, FormData>(action, null);
  // The receipt a person has put aside to change their ballot; a new cast brings a new receipt.
  const [dismissed, setDismissed] = useState<S | null>(null);
  const rules = { method, budgetPence, approvalLimit };
  const check = checkBallot(rules, projects, chosen);

  function toggle(id: string, on: boolean) {
    if (!on) {
      setChosen((current) => current.filter((c) => c !== id));
      setRefusal(null);
      return;
    }
    const reason = whyNotAdd(rules, projects, chosen, id);
    if (reason) {
      setRefusal(reason);
      return;
    }
    setRefusal(null);
    setChosen((current) => [...current, id]);
  }

  if (state?.ok && state !== dismissed && step === "review") {
    return (
      <BallotReceipt
        receipt={state.data}
        onChange={() => {
          setDismissed(state);
          setStep("choose");
        }}
      />
    );
  }

  const summary = method === "knapsack" ? `Chosen ${formatPence(check.totalPence)} of ${formatPence(budgetPence)}. ${formatPence(Math.max(0, check.leftPence))} left.` : `Chosen ${chosen.length}${approvalLimit ? ` of up to ${approvalLimit}` : ""} projects.`;

  return (
    <div>
      <div className="sticky top-0 z-10 -mx-4 mb-4 border-b-2 border-brand-600 bg-brand-50 px-4 py-3" aria-live="polite">
        <p className="font-semibold">{summary}</p>
      </div>
      {refusal ? <FlashMessage tone="error" title={refusal} /> : null}
      {state && !state.ok && step === "review" ? <FlashMessage tone="error" title={state.message} /> : null}
      {step === "choose" ? (
        <fieldset>
          <legend className="mb-3 text-lg font-semibold">{method === "knapsack" ? "Choose projects whose total cost fits the budget" : `Choose up to ${approvalLimit ?? "any number of"} projects`}</legend>
          <ul className="grid gap-3">
            {projects.map((project) => {
              const id = `choice-${project.id}`;
              return (
                <li key={project.id} className="rounded-lg border border-stone-300 bg-white p-3">
                  <div className="flex items-start gap-3">
                    <input id={id} type="checkbox" className="mt-1 h-6 w-6 shrink-0 accent-brand-600" checked={chosen.includes(project.id)} onChange={(event) => toggle(project.id, event.target.checked)} aria-describedby={`${id}-summary`} />
                    <label htmlFor={id} className="min-w-0">
                      <span className="block font-semibold">{project.title}</span>
                      <span className="block font-semibold text-brand-800">{formatPence(project.costPence)}</span>
                    </label>
                  </div>
                  <p id={`${id}-summary`} className="mt-1 pl-9 text-sm text-muted">
                    {project.summary}
                  </p>
                </li>
              );
            })}
          </ul>
          <Button className="mt-6" onClick={() => setStep("review")} disabled={!check.ok}>
            Review my choices
          </Button>
        </fieldset>
      ) : (
        <form action={formAction}>
          <input type="hidden" name="planId" value={planId} />
          {chosen.map((id) => (
            <input key={id} type="hidden" name="proposalIds" value={id} />
          ))}
          <h2 className="text-lg font-semibold">Check your ballot</h2>
          <ul className="mt-2 grid gap-1">
            {projects
              .filter((p) => chosen.includes(p.id))
              .map((p) => (
                <li key={p.id} className="flex justify-between gap-3 border-b border-stone-200 py-1">
                  <span>{p.title}</span>
                  <span className="font-semibold">{formatPence(p.costPence)}</span>
                </li>
              ))}
          </ul>
          {chosen.length === 0 ? <p className="mt-2">You have not chosen any projects. An empty ballot still counts towards the number of voters.</p> : null}
          <p className="mt-2 font-semibold">Total {formatPence(check.totalPence)}</p>
          <div className="mt-4 flex flex-wrap gap-3">
            <Button type="submit" disabled={pending}>
              {pending ? "Casting…" : "Cast my ballot"}
            </Button>
            <Button variant="secondary" onClick={() => setStep("choose")}>
              Change my choices
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
