import { Badge } from "@/components/ui";
import type { ButtonVariant } from "@/components/ui/button";
import type { CoproductionPanel } from "@/db/queries/coproduction/get-coproduction-panel";
import { sectorLabels } from "@/lib/organisations/sectors";
import { pledgeKindLabels } from "@/lib/pledges/kinds";
import { pledgeStatusLabels, pledgeStatusTones } from "@/lib/pledges/statuses";
import { describePledge, formatQuantity } from "@/lib/pledges/describe-pledge";
import { pledgeTransitionsFor, type PledgeTransition } from "@/lib/pledges/lifecycle";
import { ActionButton } from "@/components/forms/action-button";
import type { FormAction, InteractionContext } from "./types";

type Pledge = CoproductionPanel["pledges"][number];

// Visible words stay short for phones; the pledge's name is read out within them ("Mark Rita's pledge of 10 hours as delivered").
const stepButtons: Record<PledgeTransition, { before: string; joiner: string; after: string; pending: string; variant: ButtonVariant }> = {
  confirmed: { before: "Confirm", joiner: "", after: "", pending: "Confirming…", variant: "primary" },
  declined: { before: "Decline", joiner: "", after: "", pending: "Declining…", variant: "secondary" },
  delivered: { before: "Mark", joiner: " as", after: " delivered", pending: "Saving…", variant: "primary" },
  withdrawn: { before: "Withdraw", joiner: "", after: "", pending: "Withdrawing…", variant: "quiet" },
};

function stepAction(context: InteractionContext, to: PledgeTransition): FormAction {
  const { actions } = context;
  if (to === "confirmed") return actions.confirmPledge;
  if (to === "declined") return actions.declinePledge;
  if (to === "delivered") return actions.markPledgeDelivered;
  return actions.withdrawPledge;
}

function PledgeControls({ pledge, context }: { pledge: Pledge; context: InteractionContext }) {
  const steps = pledgeTransitionsFor(context.actor, pledge, context.proposalAuthorId);
  if (steps.length === 0) return null;
  const name = describePledge(pledge);
  return (
    <div className="mt-2 flex flex-wrap gap-2">
      {steps.map((to) => (
        <ActionButton
          key={to}
          action={stepAction(context, to)}
          fields={{ proposalId: context.proposalId, pledgeId: pledge.id }}
          variant={stepButtons[to].variant}
          pendingText={stepButtons[to].pending}
        >
          {stepButtons[to].before}
          <span className="sr-only">
            {" "}
            {name}
            {stepButtons[to].joiner}
          </span>
          {stepButtons[to].after}
        </ActionButton>
      ))}
    </div>
  );
}

/**
 * Pledges on the table (offered, confirmed, delivered) with the buttons each viewer may press.
 * Declined and withdrawn pledges leave the list as they leave the ledger.
 */
export function PledgeList({ pledges, needs, context }: { pledges: readonly Pledge[]; needs: CoproductionPanel["needs"]; context: InteractionContext }) {
  const visible = pledges.filter((pledge) => pledge.status !== "withdrawn" && pledge.status !== "declined");
  if (visible.length === 0) return <p className="text-muted">No one has pledged yet.</p>;
  const needById = new Map(needs.map((need) => [need.id, need]));
  return (
    <ul className="grid gap-2">
      {visible.map((pledge) => {
        const need = pledge.needId ? needById.get(pledge.needId) : undefined;
        return (
          <li key={pledge.id} className="rounded-md border border-stone-300 bg-white p-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-semibold">
                {pledgeKindLabels[pledge.kind]}: {formatQuantity(pledge.quantity, pledge.unit)}
              </span>
              <Badge tone={pledgeStatusTones[pledge.status]}>{pledgeStatusLabels[pledge.status]}</Badge>
            </div>
            {pledge.description ? <p className="mt-1">{pledge.description}</p> : null}
            <p className="mt-1 text-sm text-muted">
              From{" "}
              {pledge.organisationName && pledge.organisationSector
                ? `${pledge.organisationName} (${sectorLabels[pledge.organisationSector]})`
                : (pledge.pledgerName ?? "a former member")}
              {need ? <>. Answers the need: {need.description}</> : null}
            </p>
            <PledgeControls pledge={pledge} context={context} />
          </li>
        );
      })}
    </ul>
  );
}
