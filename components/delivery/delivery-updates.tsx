import Link from "next/link";
import { getDb } from "@/db";
import { listDeliveryUpdatesByProposal } from "@/db/queries/delivery/delivery";
import { describePage, parsePage } from "@/lib/shared/pagination";
import { Pagination } from "@/components/ui";
import { buttonClasses } from "@/components/ui/button";
import { DeliveryUpdateList } from "./update-list";

/**
 * A proposal's delivery updates, for the proposal page. A server component that loads its own
 * rows, so the page only mounts it; renders nothing until there is an update, unless the viewer
 * may report one (`reportHref`, which the page passes only after asking the policy).
 */
export async function DeliveryUpdates({
  proposalId,
  page,
  hrefFor,
  reportHref,
  className = "mb-8",
}: {
  proposalId: string;
  /** The raw ?page= value; the first page when absent. */
  page?: string | string[];
  hrefFor?: (page: number) => string;
  reportHref?: string;
  className?: string;
}) {
  const request = parsePage(page, 10);
  const { rows, total } = await listDeliveryUpdatesByProposal(await getDb(), proposalId, request);
  if (!total && !reportHref) return null;
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
      {rows.length ? <DeliveryUpdateList updates={rows} /> : <p className="text-muted">No progress has been reported yet.</p>}
      {hrefFor ? <Pagination info={describePage(request, total)} hrefFor={hrefFor} label="Pages of delivery updates" /> : null}
    </section>
  );
}
