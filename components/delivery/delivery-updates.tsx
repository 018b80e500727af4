import Link from "next/link";
import type { DeliveryUpdateRow } from "@/db/queries/delivery/list-delivery-updates";
import type { PageInfo } from "@/lib/shared/pagination";
import { Pagination } from "@/components/ui";
import { buttonClasses } from "@/components/ui/button";
import { DeliveryUpdateList } from "./update-list";

/**
 * One page of a proposal's delivery updates. Renders nothing until there is an update, unless the
 * viewer may report one (`reportHref`, which the page passes only after asking the policy).
 */
export function DeliveryUpdates({
  updates,
  pageInfo,
  hrefFor,
  reportHref,
  className = "mb-8",
}: {
  updates: DeliveryUpdateRow[];
  pageInfo: PageInfo;
  hrefFor?: (page: number) => string;
  reportHref?: string;
  className?: string;
}) {
  if (!pageInfo.total && !reportHref) return null;
  return (
    <section id="delivery" aria-labelledby="delivery-heading" className={className}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="delivery-heading" className="text-xl font-bold">
          Delivery
        </h2>
        {reportHref ? (
          <Link href={reportHref} className={buttonClasses("secondary", "print:hidden")}>
            Report progress
          </Link>
        ) : null}
      </div>
      {updates.length ? <DeliveryUpdateList updates={updates} /> : <p className="text-muted">No progress has been reported yet.</p>}
      {hrefFor ? <Pagination info={pageInfo} hrefFor={hrefFor} label="Pages of delivery updates" /> : null}
    </section>
  );
}
