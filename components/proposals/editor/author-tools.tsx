import Link from "next/link";
import type { Phase } from "@/lib/plans/phases";
import type { ProposalStatus } from "@/lib/proposals/statuses";

/**
 * The author's own links on their proposal's page: edit while the plan takes ideas, withdraw at
 * any time. Showing them is only a convenience; the actions refuse anyone else whatever the page shows.
 */
export function AuthorTools({ proposalId, status, planPhase, isAuthor }: { proposalId: string; status: ProposalStatus; planPhase: Phase; isAuthor: boolean }) {
  if (!isAuthor) return null;
  const canEdit = planPhase === "ideas" && (status === "published" || status === "shortlisted");
  const canWithdraw = status !== "withdrawn" && status !== "hidden" && status !== "draft";
  if (!canEdit && !canWithdraw) return null;
  const link = "inline-flex min-h-11 items-center rounded-md border-2 px-4 py-2 font-semibold";
  return (
    <nav aria-label="Your proposal" className="my-4 flex flex-wrap gap-3">
      {canEdit ? (
        <Link href={`/proposals/${proposalId}/edit`} className={`${link} border-brand-600 bg-white text-brand-800 hover:bg-brand-50`}>
          Edit your proposal
        </Link>
      ) : null}
      {canWithdraw ? (
        <Link href={`/proposals/${proposalId}/edit#withdraw`} className={`${link} border-red-700 bg-white text-red-800 hover:bg-red-50`}>
          Withdraw it
        </Link>
      ) : null}
    </nav>
  );
}
