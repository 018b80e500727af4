import Link from "next/link";
import { Badge, Card } from "@/components/ui";
import type { CoproductionPanel } from "@/db/queries/coproduction/get-coproduction-panel";
import { pledgeKindLabels } from "@/lib/pledges/kinds";
import type { Ledger } from "@/lib/pledges/ledger";
import { formatPence } from "@/lib/shared/money";
import { can, permissions } from "@/lib/policy";
import { PledgeForm } from "./interactions/pledge-form";
import { PledgeList } from "./interactions/pledge-list";
import { signInHref, type InteractionContext } from "./interactions/types";

export { BackingSection } from "./interactions/backing-section";

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

const needStatusText = { open: "Open", met: "Met", closed: "Closed" } as const;

/** How the viewer can pledge: the form, a prompt to sign in, or nothing when pledging is closed. */
function PledgeInvitation({ coproduction, context, personName }: { coproduction: CoproductionPanel; context: InteractionContext; personName: string | null }) {
  const { actor, planPhase, proposalId, open } = context;
  if (!open) return null;
  if (!actor) {
    // Signed out: show the way in only in a phase when a signed-in person could pledge.
    if (!permissions["pledge.create"].phases.includes(planPhase)) return null;
    return (
      <p className="mt-4">
        <Link href={signInHref(proposalId)} className="font-semibold text-brand-700 underline">
          Sign in to pledge
        </Link>{" "}
        time, skills, space or money to this idea.
      </p>
    );
  }
  if (!can(actor, "pledge.create", { planPhase })) return null;
  const units = Object.fromEntries(coproduction.rates.map((rate) => [rate.kind, rate.unit]));
  const openNeeds = coproduction.needs.filter((need) => need.status === "open");
  return (
    <Card className="mt-4">
      <h3 className="mb-1 text-lg font-semibold">Pledge something</h3>
      <p className="mb-4 text-sm text-muted">Offer what you or your organisation can bring. The proposer confirms pledges; you can withdraw yours until it is delivered.</p>
      <PledgeForm action={context.actions.createPledge} proposalId={proposalId} personName={personName} actingFor={context.actingFor} units={units} openNeeds={openNeeds} />
    </Card>
  );
}

export function NeedsAndPledges({ coproduction, context, personName }: { coproduction: CoproductionPanel; context: InteractionContext; personName: string | null }) {
  const { needs, pledges } = coproduction;
  const onTable = pledges.filter((pledge) => pledge.status !== "withdrawn" && pledge.status !== "declined").length;
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
                <Badge tone={need.status === "open" ? "warning" : "success"}>{needStatusText[need.status]}</Badge>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="pledges-heading" className="mt-8">
        <h2 id="pledges-heading" className="mb-3 text-xl font-bold">
          Pledges <span className="text-base font-normal text-muted">({onTable})</span>
        </h2>
        <PledgeList pledges={pledges} needs={needs} context={context} />
        <PledgeInvitation coproduction={coproduction} context={context} personName={personName} />
      </section>
    </>
  );
}
