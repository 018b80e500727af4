"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Select, TextField } from "@/components/ui/field";
import { pledgeKindLabels, type PledgeKind } from "@/lib/pledges/kinds";
import { proposalLimits } from "@/lib/proposals/proposal-validation";
import type { FieldErrors, NeedValue } from "./editor-values";

const kindOptions = (Object.keys(pledgeKindLabels) as PledgeKind[]).map((kind) => ({ value: kind, label: pledgeKindLabels[kind] }));

let rowCounter = 0;
/** A key for a row on screen only; stored needs are matched by their id. */
export function newNeedKey(): string {
  rowCounter += 1;
  return `need-row-${rowCounter}-${Date.now().toString(36)}`;
}

/**
 * What the idea still lacks, row by row. Adding a row moves focus to it; removing one moves focus
 * to the row that takes its place (or the add button), so keyboard users never lose their place.
 */
export function NeedsEditor({ needs, errors, onChange }: { needs: NeedValue[]; errors: FieldErrors; onChange: (needs: NeedValue[]) => void }) {
  const focusTarget = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = null;
    const element = target === "add" ? addButton.current : document.getElementById(target);
    element?.focus();
  }, [needs]);

  const update = (index: number, change: Partial<NeedValue>) => onChange(needs.map((need, i) => (i === index ? { ...need, ...change } : need)));
  const remove = (index: number) => {
    focusTarget.current = needs.length > 1 ? `need-${Math.min(index, needs.length - 2)}-kind` : "add";
    onChange(needs.filter((_, i) => i !== index));
  };
  const add = () => {
    focusTarget.current = `need-${needs.length}-kind`;
    onChange([...needs, { key: newNeedKey(), id: null, kind: "volunteer_hours", description: "" }]);
  };
  const full = needs.length >= proposalLimits.needs;
  const listError = errors.needs?.[0];

  return (
    <section aria-labelledby="needs-heading" className="mb-6">
      <h2 id="needs-heading" tabIndex={-1} className="text-xl font-bold">
        What does your idea still need? (optional)
      </h2>
      <p className="mb-3 mt-1 text-sm text-muted">
        A venue, volunteers, two apprenticeship places, match funding… Organisations look for needs they can answer. Up to {proposalLimits.needs}.
      </p>
      {listError ? (
        <p className="mb-3 text-sm font-semibold text-red-700" role="alert">
          {listError}
        </p>
      ) : null}
      <ol className="grid gap-3">
        {needs.map((need, index) => (
          <li key={need.key} className="rounded-md border border-stone-300 bg-white p-3">
            <fieldset>
              <legend className="mb-2 font-semibold">Need {index + 1}</legend>
              <Select
                id={`need-${index}-kind`}
                label="Kind of help"
                options={kindOptions}
                value={need.kind}
                error={errors[`needs.${index}.kind`]}
                onChange={(event) => update(index, { kind: event.target.value as PledgeKind })}
              />
              <TextField
                id={`need-${index}-description`}
                label="What exactly is needed"
                maxLength={proposalLimits.needDescriptionMax}
                value={need.description}
                error={errors[`needs.${index}.description`]}
                onChange={(event) => update(index, { description: event.target.value })}
              />
              <Button variant="quiet" onClick={() => remove(index)}>
                Remove need {index + 1}
              </Button>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="mt-3">
        <Button ref={addButton} variant="secondary" onClick={add} disabled={full} aria-describedby={full ? "needs-full" : undefined}>
          Add a need
        </Button>
        {full ? (
          <p id="needs-full" className="mt-1 text-sm text-muted">
            That is the most needs one idea can list.
          </p>
        ) : null}
      </div>
    </section>
  );
}
