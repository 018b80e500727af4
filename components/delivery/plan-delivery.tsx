import type { DeliveryProgress } from "@/db/queries/delivery/get-delivery-progress";
import type { PageInfo } from "@/lib/shared/pagination";
import { Pagination } from "@/components/ui";
import { formatIndicator, indicatorLabels } from "@/lib/delivery/indicators";
import { DeliveryUpdateList } from "./update-list";

/**
 * Delivery across a plan or a neighbourhood: indicator totals, then the latest updates, paged.
 * Renders nothing until something has been reported.
 */
export function PlanDelivery({
  progress: { rows, total, totals },
  pageInfo,
  hrefFor,
  className = "mb-8",
}: {
  progress: DeliveryProgress;
  pageInfo: PageInfo;
  /** Builds the link to another page of updates, keeping the rest of the query string. */
  hrefFor: (page: number) => string;
  className?: string;
}) {
  if (!total) return null;
  return (
    <section id="delivery" aria-labelledby="plan-delivery-heading" className={className}>
      <h2 id="plan-delivery-heading" className="mb-3 text-xl font-bold">
        Delivery so far
      </h2>
      {totals.length ? (
        <dl className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {totals.map((t) => (
            <div key={t.kind} className="rounded-lg border border-stone-300 bg-white p-3">
              <dt className="text-sm text-muted">{indicatorLabels[t.kind]}</dt>
              <dd className="text-xl font-bold tabular-nums">{formatIndicator(t.kind, t.total)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <DeliveryUpdateList updates={rows} showProposal />
      <Pagination info={pageInfo} hrefFor={hrefFor} label="Pages of delivery updates" />
    </section>
  );
}
