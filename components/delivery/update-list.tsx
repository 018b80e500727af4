import Link from "next/link";
import type { DeliveryUpdateRow } from "@/db/queries/delivery/list-delivery-updates";
import { formatDate } from "@/lib/shared/dates";
import { formatIndicator, indicatorLabels } from "@/lib/delivery/indicators";

/** Delivery updates, newest first; with `showProposal` each names the project it is about. */
export function DeliveryUpdateList({ updates, showProposal = false, headingLevel = 3 }: { updates: DeliveryUpdateRow[]; showProposal?: boolean; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <ol className="grid gap-3">
      {updates.map((u) => (
        <li key={u.id} className="break-inside-avoid rounded-lg border-l-4 border-brand-600 bg-white p-4 shadow-sm">
          <p className="text-sm text-muted">
            <time dateTime={u.happenedOn.toISOString()}>{formatDate(u.happenedOn)}</time>
            {showProposal ? <> · {u.areaName}</> : null}
          </p>
          {showProposal || u.milestone ? (
            <Heading className="mt-1 font-bold">
              {showProposal ? (
                <Link href={`/proposals/${u.proposalId}`} className="text-brand-700 underline">
                  {u.proposalTitle}
                </Link>
              ) : null}
              {showProposal && u.milestone ? ": " : null}
              {u.milestone ? <span>Milestone: {u.milestone}</span> : null}
            </Heading>
          ) : null}
          <p className="mt-2 whitespace-pre-line">{u.body}</p>
          {u.indicators.length ? (
            <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
              {u.indicators.map((i) => (
                <div key={i.kind}>
                  <dt className="text-muted">{indicatorLabels[i.kind]}</dt>
                  <dd className="text-lg font-bold tabular-nums">{formatIndicator(i.kind, i.value)}</dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
