"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FlashMessage } from "@/components/ui/flash-message";
import { TextField } from "@/components/ui/field";
import { checkPoints, tooManyPoints, type BallotProject } from "@/lib/voting/ballot";
import { formatPence } from "@/lib/shared/money";
import { BallotReceipt } from "./ballot-receipt";
import type { CastResult } from "./ballot-form";

interface Props<S extends CastResult> {
  planId: string;
  /** The points each voter spreads (the plan's cumulativePoints). */
  allowance: number;
  projects: (BallotProject & { summary: string })[];
  /** Points on the person's current ballot, by project id. */
  initialPoints: Record<string, number>;
  action: (state: S | null, data: FormData) => Promise<S>;
}

const fieldOf = (id: string) => `points.${id}`;

/** What was typed, as numbers: a blank box is 0; anything else that is not a number stays NaN. */
function pointsFrom(typed: Record<string, string>, projects: readonly BallotProject[]): Map<string, number> {
  return new Map(projects.map((p) => [p.id, (typed[p.id] ?? "").trim() === "" ? 0 : Number(typed[p.id])]));
}

/**
 * A points (cumulative) ballot: a number per project and a running "points left". It is a plain
 * form, so it works without JavaScript: a refused ballot comes back from the server with the typed
 * points and the points left worked out there.
 */
export function PointsBallotForm<S extends CastResult>({ planId, allowance, projects, initialPoints, action }: Props<S>) {
  const [state, formAction, pending] = useActionState<S | null, FormData>(action, null);
  const [typed, setTyped] = useState<Record<string, string>>(() =>
    Object.fromEntries(projects.map((p) => [p.id, state && !state.ok ? (state.values[fieldOf(p.id)] ?? "") : String(initialPoints[p.id] ?? "")])),
  );
  // A refusal's field errors stay until the person edits; the receipt until they choose to change.
  const [edited, setEdited] = useState<S | null>(null);
  const [dismissed, setDismissed] = useState<S | null>(null);
  const [blocked, setBlocked] = useState<string | null>(null);
  const check = checkPoints(allowance, projects, pointsFrom(typed, projects));
  const serverErrors = state && !state.ok && state !== edited ? state.fieldErrors : {};

  if (state?.ok && state !== dismissed) return <BallotReceipt receipt={state.data} onChange={() => setDismissed(state)} />;

  const overMessage = check.spent > allowance ? tooManyPoints(check.spent, allowance) : null;
  const pointsError = serverErrors.points?.[0] ?? overMessage ?? blocked;

  function submit(event: FormEvent<HTMLFormElement>) {
    // Without JavaScript this never runs and the server checks alone; with it, nothing is sent until the points add up.
    event.preventDefault();
    if (!check.ok) {
      setBlocked(check.reason);
      return;
    }
    setBlocked(null);
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form action={formAction} onSubmit={submit} noValidate>
      <input type="hidden" name="planId" value={planId} />
      <div className="sticky top-0 z-10 -mx-4 mb-4 border-b-2 border-brand-600 bg-brand-50 px-4 py-3">
        <p id="points-left" aria-live="polite" className="font-semibold">
          {Math.max(0, check.left)} of {allowance} points left
        </p>
        <p id="points-error" aria-live="polite" className={pointsError ? "mt-1 text-sm font-semibold text-red-700" : "sr-only"}>
          {pointsError ? (
            <span>
              <span className="sr-only">Error: </span>
              {pointsError}
            </span>
          ) : null}
        </p>
      </div>
      {state && !state.ok && !pointsError && state !== edited ? <FlashMessage tone="error" title={state.message} /> : null}
      <fieldset>
        <legend className="mb-3 text-lg font-semibold">Spread your {allowance} points across the projects you want</legend>
        <ul className="grid gap-3">
          {projects.map((project) => {
            const id = `points-${project.id}`;
            const value = typed[project.id] ?? "";
            const own = pointsFrom({ [project.id]: value }, [project]).get(project.id) ?? 0;
            const invalid = !Number.isInteger(own) || own < 0 ? `Points for ${project.title} must be a whole number, 0 or more.` : undefined;
            const error = serverErrors[fieldOf(project.id)]?.[0] ?? invalid;
            return (
              <li key={project.id} className="rounded-lg border border-stone-300 bg-white p-3">
                <TextField
                  id={id}
                  name={fieldOf(project.id)}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  step={1}
                  className="max-w-32"
                  label={`Points for ${project.title}`}
                  hint={`${formatPence(project.costPence)}. ${project.summary}`}
                  error={error}
                  value={value}
                  aria-describedby={[`${id}-hint`, error ? `${id}-error` : null, "points-left", pointsError ? "points-error" : null].filter(Boolean).join(" ")}
                  onChange={(event) => {
                    setTyped((current) => ({ ...current, [project.id]: event.target.value }));
                    setEdited(state);
                    setBlocked(null);
                  }}
                />
              </li>
            );
          })}
        </ul>
      </fieldset>
      <Button type="submit" className="mt-6" disabled={pending}>
        {pending ? "Casting…" : "Cast my ballot"}
      </Button>
    </form>
  );
}
