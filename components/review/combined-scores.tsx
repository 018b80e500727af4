import type { CombinedScores } from "@/lib/review/assessments";
import { formatSpread } from "@/lib/review/assessments";

/** Every reviewer's scores combined per criterion: mean, spread and how many scored it. */
export function CombinedScoresTable({ combined }: { combined: CombinedScores }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Combined scores of all reviewers">
      <table className="w-full min-w-[28rem] border-collapse text-left">
        <caption className="sr-only">Combined scores of all reviewers, out of 5</caption>
        <thead>
          <tr className="border-b-2 border-stone-400">
            <th scope="col" className="py-2 pr-4">Criterion</th>
            <th scope="col" className="py-2 pr-4">Mean (of 5)</th>
            <th scope="col" className="py-2 pr-4">Spread</th>
            <th scope="col" className="py-2">Scored by</th>
          </tr>
        </thead>
        <tbody>
          {combined.criteria.map((c) => (
            <tr key={c.criterionId} className="border-b border-stone-200">
              <th scope="row" className="py-2 pr-4 font-semibold">{c.name}</th>
              <td className="py-2 pr-4">{c.mean ?? "—"}</td>
              <td className="py-2 pr-4">{formatSpread(c.min, c.max)}</td>
              <td className="py-2">{c.count}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-stone-400">
            <th scope="row" className="py-2 pr-4">Overall</th>
            <td className="py-2 pr-4 font-bold">{combined.overall ?? "—"}</td>
            <td className="py-2 pr-4">{formatSpread(combined.overallMin, combined.overallMax)}</td>
            <td className="py-2">{combined.reviewerCount} {combined.reviewerCount === 1 ? "reviewer" : "reviewers"}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
