"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { Checkbox, Select, TextArea, TextField } from "@/components/ui/field";
import { outcomeRuleLabels } from "@/lib/outcome/rules";
import { phaseLabels, planPhases } from "@/lib/plans/phases";
import { pledgeKindLabels, type PledgeKind } from "@/lib/pledges/kinds";
import { ballotMethodLabels } from "@/lib/voting/ballot-methods";
import { typedList, type PlanFormValues } from "./plan-form-values";
import { FrozenRules, RingFenceRows, type AreaChoice } from "./plan-form-rules";

type Action<S> = (state: S | null, data: FormData) => Promise<S>;

const BLANK_ROWS = 2;

const fieldsetClass = "mb-8 rounded-lg border border-stone-300 bg-white p-4";
const legendClass = "px-1 text-lg font-bold";

export function PlanForm<S extends FormState>({
  action,
  initial,
  hidden,
  themes,
  areas,
  frozenRules,
  submitLabel,
}: {
  action: Action<S>;
  initial: PlanFormValues;
  hidden: Record<string, string>;
  themes: { id: string; name: string }[];
  areas: AreaChoice[];
  /** When voting has opened: the counting rules, shown but not sent. */
  frozenRules?: { label: string; value: string }[];
  submitLabel: string;
}) {
  const [state, formAction] = useActionState<S | null, FormData>(action, null);
  const failed = state !== null && !state.ok;
  const value = (name: string) => typed(state, name, initial.fields[name] ?? "");
  const text = (name: string, label: string, extra: { hint?: string; type?: string; inputMode?: "numeric" | "decimal" } = {}) => (
    <TextField id={name} name={name} label={label} defaultValue={value(name)} error={fieldError(state, name)} {...extra} />
  );
  const isChecked = (name: string) => (failed ? typed(state, name) === "on" : initial.fields[name] === "on");
  const chosenThemes = new Set(typedList(state, "themeIds[]", initial.themeIds));

  const rowsOf = <T,>(keys: string[], initialRows: T[], pick: (row: T) => string[]): string[][] => {
    const columns = failed ? keys.map((key) => typedList(state, key, [])) : keys.map((_, i) => initialRows.map((row) => pick(row)[i] ?? ""));
    const count = Math.max(0, ...columns.map((c) => c.length));
    const rows = Array.from({ length: count }, (_, r) => columns.map((c) => c[r] ?? ""));
    return failed ? rows : [...rows, ...Array.from({ length: BLANK_ROWS }, () => keys.map(() => ""))];
  };
  const priorities = rowsOf(["priorityId[]", "priorityTitle[]", "priorityDescription[]"], initial.priorities, (p) => [p.id, p.title, p.description]);
  const criteria = rowsOf(["criterionId[]", "criterionName[]", "criterionDescription[]"], initial.criteria, (c) => [c.id, c.name, c.description]);

  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>About the plan</legend>
        {fieldError(state, "regionId") ? <p className="mb-2 font-semibold text-red-700">{fieldError(state, "regionId")}</p> : null}
        {text("title", "Title")}
        {text("slug", "Web address", { hint: "Lower-case letters, numbers and hyphens: the plan will live at /plans/your-address" })}
        <TextArea id="summary" name="summary" label="Summary" rows={3} defaultValue={value("summary")} error={fieldError(state, "summary")} />
        {text("periodLabel", "Period", { hint: "For example 2027 or 2027–28" })}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Phase dates</legend>
        <p className="mb-3 text-sm text-muted">UK time. Leave a phase blank if its dates are not set yet.</p>
        <table className="w-full text-left">
          <thead>
            <tr>
              <th scope="col" className="pb-2">Phase</th>
              <th scope="col" className="pb-2">Starts</th>
              <th scope="col" className="pb-2">Ends</th>
            </tr>
          </thead>
          <tbody>
            {planPhases.map((phase) => (
              <tr key={phase} className="align-top">
                <th scope="row" className="pr-3 pt-3 font-semibold">{phaseLabels[phase]}</th>
                <td className="pr-3">
                  <TextField id={`phaseStart.${phase}`} name={`phaseStart.${phase}`} type="datetime-local" label={<span className="sr-only">{phaseLabels[phase]} starts</span>} defaultValue={value(`phaseStart.${phase}`)} error={fieldError(state, `phaseStart.${phase}`)} />
                </td>
                <td>
                  <TextField id={`phaseEnd.${phase}`} name={`phaseEnd.${phase}`} type="datetime-local" label={<span className="sr-only">{phaseLabels[phase]} ends</span>} defaultValue={value(`phaseEnd.${phase}`)} error={fieldError(state, `phaseEnd.${phase}`)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Checkbox
          id="autoAdvance"
          name="autoAdvance"
          label="Advance automatically"
          hint="Each phase with an end date moves on by itself at that time (or when the next phase starts, if later). Voting always closes and is counted at its end time, whether this is ticked or not."
          defaultChecked={isChecked("autoAdvance")}
          className="mt-4"
        />
      </fieldset>

      {frozenRules ? (
        <FrozenRules rules={frozenRules} />
      ) : (
        <fieldset className={fieldsetClass}>
          <legend className={legendClass}>Rules of the count</legend>
          <p className="mb-3 text-sm text-muted">These freeze when voting opens: after that nobody can change them.</p>
          {text("budget", "Budget in pounds", { inputMode: "decimal" })}
          <Select id="ballotMethod" name="ballotMethod" label="How people vote" options={Object.entries(ballotMethodLabels).map(([v, label]) => ({ value: v, label }))} defaultValue={value("ballotMethod")} error={fieldError(state, "ballotMethod")} />
          {text("approvalLimit", "Approval ballots: most projects a voter may choose", { inputMode: "numeric" })}
          {text("cumulativePoints", "Points ballots: points each voter spreads", { inputMode: "numeric" })}
          <Select id="outcomeRule" name="outcomeRule" label="How the winners are worked out" options={Object.entries(outcomeRuleLabels).map(([v, label]) => ({ value: v, label }))} defaultValue={value("outcomeRule")} error={fieldError(state, "outcomeRule")} />
          <Select
            id="utility"
            name="utility"
            label="Value of a project to its voters (Equal Shares)"
            options={[
              { value: "cost", label: "Its cost (the default for approval ballots)" },
              { value: "approval", label: "One per voter who chose it" },
            ]}
            defaultValue={value("utility")}
            error={fieldError(state, "utility")}
          />
          <Checkbox id="requiresVerifiedVoters" name="requiresVerifiedVoters" label="Only residents whose home neighbourhood an officer has verified may vote" defaultChecked={isChecked("requiresVerifiedVoters")} />
          <RingFenceRows state={state} initial={initial.ringFences} areas={areas} />
        </fieldset>
      )}

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Themes</legend>
        {fieldError(state, "themeIds") ? <p className="mb-2 font-semibold text-red-700">{fieldError(state, "themeIds")}</p> : null}
        {themes.length === 0 ? <p className="text-muted">This region has no themes yet.</p> : null}
        {themes.map((theme) => (
          <Checkbox key={theme.id} id={`theme-${theme.id}`} name="themeIds[]" value={theme.id} label={theme.name} defaultChecked={chosenThemes.has(theme.id)} className="mb-2" />
        ))}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Strategic priorities</legend>
        <p className="mb-3 text-sm text-muted">Clear a row to remove it; fill a blank row to add one.</p>
        {priorities.map(([id = "", title = "", description = ""], i) => (
          <div key={i} className="mb-3 grid gap-x-3 sm:grid-cols-2">
            <input type="hidden" name="priorityId[]" value={id} />
            <TextField id={`priorityTitle-${i}`} name="priorityTitle[]" label={`Priority ${i + 1}`} defaultValue={title} error={fieldError(state, `priorities.${i}.title`)} />
            <TextField id={`priorityDescription-${i}`} name="priorityDescription[]" label={`Priority ${i + 1} description`} defaultValue={description} error={fieldError(state, `priorities.${i}.description`)} />
          </div>
        ))}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Assessment criteria</legend>
        {criteria.map(([id = "", name = "", description = ""], i) => (
          <div key={i} className="mb-3 grid gap-x-3 sm:grid-cols-2">
            <input type="hidden" name="criterionId[]" value={id} />
            <TextField id={`criterionName-${i}`} name="criterionName[]" label={`Criterion ${i + 1}`} defaultValue={name} error={fieldError(state, `criteria.${i}.name`)} />
            <TextField id={`criterionDescription-${i}`} name="criterionDescription[]" label={`Criterion ${i + 1} description`} defaultValue={description} error={fieldError(state, `criteria.${i}.description`)} />
          </div>
        ))}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Valuing pledges</legend>
        <p className="mb-3 text-sm text-muted">What one unit of each kind of contribution is worth in the co-production ledger. Leave both blank to not value a kind.</p>
        {(Object.keys(pledgeKindLabels) as PledgeKind[]).map((kind) => (
          <div key={kind} className="grid gap-x-3 sm:grid-cols-2">
            {text(`rateUnit.${kind}`, `${pledgeKindLabels[kind]}: unit`, { hint: "For example hour, day, placement" })}
            {text(`rateAmount.${kind}`, `${pledgeKindLabels[kind]}: £ per unit`, { inputMode: "decimal" })}
          </div>
        ))}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Shortlisting and moderation</legend>
        {text("supportThreshold", "Supporters an idea needs to be shortlisted", { inputMode: "numeric" })}
        <Checkbox id="preModeration" name="preModeration" label="Check new proposals before they are published" defaultChecked={isChecked("preModeration")} />
      </fieldset>

      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
