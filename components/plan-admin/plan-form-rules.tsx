"use client";

import { fieldError, type FormState } from "@/components/forms/action-state";
import { Checkbox, Select, TextField } from "@/components/ui/field";
import { ringFenceKindLabels, ringFenceKinds } from "@/lib/plans/ring-fence-kinds";
import { typedList, type PlanFormValues } from "./plan-form-values";

export interface AreaChoice {
  id: string;
  name: string;
  code: string;
  imdDecile: number;
}

const kindOptions = ringFenceKinds.map((value) => ({ value, label: ringFenceKindLabels[value] }));

/** Ring-fences as rows; one blank row adds a new one, a cleared row removes one. */
export function RingFenceRows({ state, initial, areas }: { state: FormState; initial: PlanFormValues["ringFences"]; areas: AreaChoice[] }) {
  const failed = state !== null && !state.ok;
  const rows = failed
    ? (() => {
        const labels = typedList(state, "ringFenceLabel[]", []);
        const kinds = typedList(state, "ringFenceKind[]", []);
        const amounts = typedList(state, "ringFenceAmount[]", []);
        const deciles = typedList(state, "ringFenceDecile[]", []);
        return labels.map((label, i) => ({ label, kind: kinds[i] ?? "", amount: amounts[i] ?? "", decile: deciles[i] ?? "", areaIds: typedList(state, `ringFenceAreas.${i}[]`, []) }));
      })()
    : [...initial, { label: "", kind: "deprived_areas", amount: "", decile: "", areaIds: [] }];
  const overall = fieldError(state, "ringFences");
  return (
    <div>
      <h2 className="mb-1 text-base font-bold">Ring-fences</h2>
      <p className="mb-3 text-sm text-muted">A share of the budget counted first for the projects it names. Together they cannot be more than the budget.</p>
      {overall ? (
        <p role="alert" className="mb-3 font-semibold text-red-700">
          {overall}
        </p>
      ) : null}
      {rows.map((row, i) => (
        <fieldset key={i} className="mb-4 rounded-md border border-stone-300 p-3">
          <legend className="px-1 font-semibold">{row.label ? `Ring-fence: ${row.label}` : "New ring-fence"}</legend>
          <TextField id={`ringFenceLabel-${i}`} name="ringFenceLabel[]" label="Name" defaultValue={row.label} error={fieldError(state, `ringFences.${i}.label`)} />
          <Select id={`ringFenceKind-${i}`} name="ringFenceKind[]" label="For" options={kindOptions} defaultValue={row.kind} error={fieldError(state, `ringFences.${i}.kind`)} />
          <TextField id={`ringFenceAmount-${i}`} name="ringFenceAmount[]" label="Amount in pounds" inputMode="decimal" defaultValue={row.amount} error={fieldError(state, `ringFences.${i}.amount`)} />
          <TextField id={`ringFenceDecile-${i}`} name="ringFenceDecile[]" label="Deprived neighbourhoods: highest IMD decile that qualifies" hint="1 is the most deprived tenth of England" inputMode="numeric" defaultValue={row.decile} error={fieldError(state, `ringFences.${i}.decile`)} />
          <details open={row.areaIds.length > 0 || Boolean(fieldError(state, `ringFences.${i}.areas`))}>
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold">Listed neighbourhoods ({row.areaIds.length} ticked)</summary>
            {fieldError(state, `ringFences.${i}.areas`) ? <p className="mb-2 font-semibold text-red-700">{fieldError(state, `ringFences.${i}.areas`)}</p> : null}
            <div className="max-h-64 overflow-y-auto">
              {areas.map((area) => (
                <Checkbox key={area.id} id={`ringFenceArea-${i}-${area.id}`} name={`ringFenceAreas.${i}[]`} value={area.id} label={`${area.name} (${area.code}, decile ${area.imdDecile})`} defaultChecked={row.areaIds.includes(area.id)} className="mb-2" />
              ))}
            </div>
          </details>
        </fieldset>
      ))}
    </div>
  );
}

/** After voting opens: the rules shown as they stand, with no inputs, so the form never sends them. */
export function FrozenRules({ rules }: { rules: { label: string; value: string }[] }) {
  return (
    <section aria-labelledby="frozen-rules" className="mb-8 rounded-lg border border-stone-300 bg-stone-50 p-4">
      <h2 id="frozen-rules" className="text-lg font-bold">
        Rules of the count (frozen)
      </h2>
      <p className="mb-3 text-sm text-muted">Voting has opened, so these can no longer change. Everything else on this page can.</p>
      <dl className="grid gap-2 sm:grid-cols-[auto_1fr]">
        {rules.map((rule) => (
          <div key={rule.label} className="contents">
            <dt className="font-semibold">{rule.label}</dt>
            <dd>{rule.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
