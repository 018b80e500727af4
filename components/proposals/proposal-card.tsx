import Link from "next/link";
import { Badge } from "@/components/ui";
import { sectorLabels } from "@/lib/organisations/sectors";
import { proposalStatusLabels, proposalStatusTones } from "@/lib/proposals/statuses";
import { formatPence } from "@/lib/shared/money";
import type { ProposalListItem } from "@/db/queries/proposals/list-proposals";

export function ProposalCard({ proposal, showArea = true }: { proposal: ProposalListItem; showArea?: boolean }) {
  return (
    <article className="rounded-lg border border-stone-300 bg-white p-4 shadow-sm">
      <h3 className="text-lg font-semibold leading-snug">
        <Link href={`/proposals/${proposal.id}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
          {proposal.title}
        </Link>
      </h3>
      <div className="mt-2 flex flex-wrap gap-2">
        <Badge tone={proposalStatusTones[proposal.status]}>{proposalStatusLabels[proposal.status]}</Badge>
        <Badge>{proposal.themeName}</Badge>
      </div>
      <p className="mt-2">{proposal.summary}</p>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        {showArea ? (
          <div>
            <dt className="text-muted">Neighbourhood</dt>
            <dd className="font-semibold">{proposal.areaName}</dd>
          </div>
        ) : null}
        <div>
          <dt className="text-muted">Asks for</dt>
          <dd className="font-semibold">{formatPence(proposal.finalCostPence ?? proposal.estimatedCostPence)}</dd>
        </div>
        <div>
          <dt className="text-muted">Community brings</dt>
          <dd className="font-semibold">{formatPence(proposal.pledgedValuePence)}</dd>
        </div>
        <div>
          <dt className="text-muted">Supporters</dt>
          <dd className="font-semibold">{proposal.supportCount}</dd>
        </div>
      </dl>
      {proposal.organisationName && proposal.organisationSector ? (
        <p className="mt-2 text-sm text-muted">
          Proposed for {proposal.organisationName} ({sectorLabels[proposal.organisationSector]})
        </p>
      ) : null}
      {proposal.openNeedCount > 0 ? (
        <p className="mt-1 text-sm font-semibold text-amber-900">
          {proposal.openNeedCount} open {proposal.openNeedCount === 1 ? "need" : "needs"}
        </p>
      ) : null}
    </article>
  );
}

export function ProposalList({ proposals, showArea = true }: { proposals: ProposalListItem[]; showArea?: boolean }) {
  return (
    <ul className="grid gap-4">
      {proposals.map((proposal) => (
        <li key={proposal.id}>
          <ProposalCard proposal={proposal} showArea={showArea} />
        </li>
      ))}
    </ul>
  );
}
