import Link from "next/link";
import type { ReviewRow } from "@/db/queries/review/list-proposals-for-review";
import { formatSpread } from "@/lib/review/assessments";
import { proposalStatusLabels } from "@/lib/proposals/statuses";
import { formatPence } from "@/lib/shared/money";

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The reviewer workspace table: one row per proposal with the signals reviewers rank by. */
/** Its compare checkboxes post with the surrounding GET form. */
export function ReviewTable({ rows, sortLabel, compared }: { rows: ReviewRow[]; sortLabel: string; compared: readonly string[] }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Proposals ranked for review">
      <table className="w-full min-w-[52rem] border-collapse text-left">
        <caption className="sr-only">Proposals ranked by {sortLabel}</caption>
        <thead>
          <tr className="border-b-2 border-stone-400 text-sm">
            <th scope="col" className="py-2 pr-3">Compare</th>
            <th scope="col" className="py-2 pr-3">Proposal</th>
            <th scope="col" className="py-2 pr-3">Supports</th>
            <th scope="col" className="py-2 pr-3">Votes</th>
            <th scope="col" className="py-2 pr-3">Pledged (leverage)</th>
            <th scope="col" className="py-2 pr-3">Supporters in deciles 1–2</th>
            <th scope="col" className="py-2 pr-3">Combined score</th>
            <th scope="col" className="py-2 pr-3">Assessments</th>
            <th scope="col" className="py-2">Spread</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-stone-200 align-top">
              <td className="py-2 pr-3">
                <label htmlFor={`compare-${row.id}`} className="sr-only">
                  Compare {row.title}
                </label>
                <input id={`compare-${row.id}`} type="checkbox" name="compare" value={row.id} defaultChecked={compared.includes(row.id)} className="h-6 w-6 accent-brand-600" />
              </td>
              <th scope="row" className="py-2 pr-3 font-semibold">
                <Link href={`/proposals/${row.id}/assess`} className="text-brand-700 underline">
                  {row.title}
                </Link>
                <span className="block text-sm font-normal text-muted">
                  {proposalStatusLabels[row.status]} · {row.areaName} (decile {row.imdDecile})
                </span>
              </th>
              <td className="py-2 pr-3">{row.supportCount}</td>
              <td className="py-2 pr-3">{row.votes}</td>
              <td className="py-2 pr-3">
                {formatPence(row.pledgedValuePence)}
                <span className="block text-sm text-muted">{row.leverage.toFixed(2)}× the {formatPence(row.costPence)} asked</span>
              </td>
              <td className="py-2 pr-3">
                {row.supporters ? percent(row.deprivedShare) : "—"}
                <span className="block text-sm text-muted">
                  {row.deprivedSupporters} of {row.supporters}
                </span>
              </td>
              <td className="py-2 pr-3 font-semibold">{row.score ?? "Not scored"}</td>
              <td className="py-2 pr-3">{row.assessmentCount}</td>
              <td className="py-2">{formatSpread(row.scoreMin, row.scoreMax)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
