import Link from "next/link";
import type { ReviewRow } from "@/db/queries/review/list-proposals-for-review";
import { formatSpread } from "@/lib/review/assessments";
import { formatPence } from "@/lib/shared/money";

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Two to four proposals side by side: one column each, one row per signal and criterion. */
export function ProposalComparison({ rows, criteria }: { rows: ReviewRow[]; criteria: { id: string; name: string }[] }) {
  const line = (label: string, value: (row: ReviewRow) => string) => (
    <tr className="border-b border-stone-200">
      <th scope="row" className="py-2 pr-4 text-left font-semibold">{label}</th>
      {rows.map((row) => (
        <td key={row.id} className="py-2 pr-4">{value(row)}</td>
      ))}
    </tr>
  );
  return (
    <section aria-labelledby="comparison" className="mb-8">
      <h2 id="comparison" className="mb-3 text-xl font-bold">
        Side by side
      </h2>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Side-by-side comparison">
        <table className="w-full min-w-[36rem] border-collapse">
          <caption className="sr-only">Comparison of {rows.length} proposals</caption>
          <thead>
            <tr className="border-b-2 border-stone-400 text-left">
              <td className="py-2 pr-4" />
              {rows.map((row) => (
                <th key={row.id} scope="col" className="py-2 pr-4 align-top">
                  <Link href={`/proposals/${row.id}/assess`} className="text-brand-700 underline">
                    {row.title}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {line("Neighbourhood", (r) => `${r.areaName} (decile ${r.imdDecile})`)}
            {line("Theme", (r) => r.themeName)}
            {line("Proposed by", (r) => r.organisationName ?? "A resident")}
            {line("Asks for", (r) => formatPence(r.costPence))}
            {line("Supports", (r) => String(r.supportCount))}
            {line("Pledged (leverage)", (r) => `${formatPence(r.pledgedValuePence)} (${r.leverage.toFixed(2)}×)`)}
            {line("Supporters in deciles 1–2", (r) => (r.supporters ? `${percent(r.deprivedShare)} of ${r.supporters}` : "—"))}
            {criteria.map((c) => (
              <tr key={c.id} className="border-b border-stone-200">
                <th scope="row" className="py-2 pr-4 text-left font-semibold">{c.name}</th>
                {rows.map((row) => {
                  const summary = row.combined?.criteria.find((s) => s.criterionId === c.id);
                  return (
                    <td key={row.id} className="py-2 pr-4">
                      {summary?.mean ?? "—"} <span className="text-sm text-muted">({formatSpread(summary?.min ?? null, summary?.max ?? null)})</span>
                    </td>
                  );
                })}
              </tr>
            ))}
            {line("Combined score", (r) => (r.score === null ? "Not scored" : `${r.score} (${formatSpread(r.scoreMin, r.scoreMax)}), ${r.assessmentCount} ${r.assessmentCount === 1 ? "reviewer" : "reviewers"}`))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
