import { Badge, Card } from "@/components/ui";
import type { getProposalCoproduction } from "@/db/queries/proposals";
import { pledgeKindLabels, pledgeStatusLabels, sectorLabels } from "@/lib/labels";
import type { Ledger } from "@/lib/ledger";
import { formatPence } from "@/lib/money";

type Coproduction = Awaited<ReturnType<typeof getProposalCoproduction>>;

function formatQuantity(quantity: number, unit: string): string {
  const amount = Number.isInteger(quantity) ? quantity.toLocaleString("en-GB") : quantity.toLocaleString("en-GB", { maximumFractionDigits: 2 });
  return `${amount} ${unit}`;
}

export function LedgerCard({ ledger }: { ledger: Ledger }) {
  const rows = [
    { label: "Offered", value: ledger.offeredPence },
    { label: "Confirmed by the proposer", value: ledger.confirmedPence },
    { label: "Delivered", value: ledger.deliveredPence },
  ];
  return (
    <Card>
      <h2 className="text-lg font-semibold">Co-production ledger</h2>
      <dl className="mt-2 grid grid-cols-2 gap-3">
        <div>
          <dt className="text-sm text-muted">Public money asked for</dt>
          <dd className="text-xl font-bold">{formatPence(ledger.requestedPence)}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Community contributions</dt>
          <dd className="text-xl font-bold">{formatPence(ledger.pledgedPence)}</dd>
        </div>
      </dl>
      <p className="mt-3">
        The community brings <strong>{ledger.communitySharePercent}%</strong> of the whole cost.
      </p>
      <div
        className="mt-2 h-3 w-full overflow-hidden rounded-full bg-stone-200"
        role="img"
        aria-label={`Community share of the cost: ${ledger.communitySharePercent}%`}
      >
        <div className="h-full bg-brand-600" style={{ width: `${ledger.communitySharePercent}%` }} />
      </div>
      <table className="mt-4 w-full text-sm">
        <caption className="sr-only">Contributions by status, valued at the plan&apos;s rates</caption>
        <thead>
          <tr className="text-left text-muted">
            <th scope="col" className="py-1 font-normal">Status</th>
            <th scope="col" className="py-1 text-right font-normal">Value</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className="border-t border-stone-200">
              <th scope="row" className="py-1 text-left font-normal">{row.label}</th>
              <td className="py-1 text-right font-semibold">{formatPence(row.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {ledger.unvaluedKinds.length > 0 ? (
        <p className="mt-2 text-sm text-muted">
          Not valued (the plan sets no rate): {ledger.unvaluedKinds.map((kind) => pledgeKindLabels[kind]).join(", ")}.
        </p>
      ) : null}
    </Card>
  );
}

export function NeedsAndPledges({ coproduction }: { coproduction: Coproduction }) {
  const { needs, pledges } = coproduction;
  const visiblePledges = pledges.filter((pledge) => pledge.status !== "withdrawn" && pledge.status !== "declined");
  return (
    <>
      <section aria-labelledby="needs-heading" className="mt-8">
        <h2 id="needs-heading" className="mb-3 text-xl font-bold">
          What this idea still needs
        </h2>
        {needs.length === 0 ? (
          <p className="text-muted">The proposer has not listed any needs.</p>
        ) : (
          <ul className="grid gap-2">
            {needs.map((need) => (
              <li key={need.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-stone-300 bg-white p-3">
                <span>
                  <span className="font-semibold">{pledgeKindLabels[need.kind]}:</span> {need.description}
                </span>
                <Badge tone={need.status === "open" ? "warning" : "success"}>{need.status === "open" ? "Open" : need.status === "met" ? "Met" : "Closed"}</Badge>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="pledges-heading" className="mt-8">
        <h2 id="pledges-heading" className="mb-3 text-xl font-bold">
          Pledges <span className="text-base font-normal text-muted">({visiblePledges.length})</span>
        </h2>
        {visiblePledges.length === 0 ? (
          <p className="text-muted">No one has pledged yet.</p>
        ) : (
          <ul className="grid gap-2">
            {visiblePledges.map((pledge) => (
              <li key={pledge.id} className="rounded-md border border-stone-300 bg-white p-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-semibold">
                    {pledgeKindLabels[pledge.kind]}: {formatQuantity(pledge.quantity, pledge.unit)}
                  </span>
                  <Badge tone={pledge.status === "offered" ? "info" : "success"}>{pledgeStatusLabels[pledge.status]}</Badge>
                </div>
                {pledge.description ? <p className="mt-1">{pledge.description}</p> : null}
                <p className="mt-1 text-sm text-muted">
                  From {pledge.organisationName && pledge.organisationSector ? `${pledge.organisationName} (${sectorLabels[pledge.organisationSector]})` : (pledge.pledgerName ?? "a resident")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export function BackingOrganisations({ coproduction }: { coproduction: Coproduction }) {
  const { endorsements, partners } = coproduction;
  const agreedPartners = partners.filter((partner) => partner.status !== "declined");
  if (endorsements.length === 0 && agreedPartners.length === 0) return null;
  return (
    <section aria-labelledby="backing-heading" className="mt-8">
      <h2 id="backing-heading" className="mb-3 text-xl font-bold">
        Organisations behind it
      </h2>
      <ul className="grid gap-2">
        {agreedPartners.map((partner) => (
          <li key={partner.id} className="rounded-md border border-stone-300 bg-white p-3">
            <span className="font-semibold">{partner.organisationName}</span> ({sectorLabels[partner.sector]}),{" "}
            {partner.status === "agreed" ? "delivery partner" : "offered to partner"}: {partner.role}
          </li>
        ))}
        {endorsements.map((endorsement) => (
          <li key={endorsement.id} className="rounded-md border border-stone-300 bg-white p-3">
            <span className="font-semibold">{endorsement.organisationName}</span> ({sectorLabels[endorsement.sector]})
            {endorsement.verifiedAt ? <Badge tone="success" className="ml-2">Verified</Badge> : null} endorses this
            {endorsement.statement ? <blockquote className="mt-1 border-l-4 border-stone-300 pl-3 text-muted">{endorsement.statement}</blockquote> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
