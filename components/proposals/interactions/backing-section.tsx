import { Badge } from "@/components/ui";
import type { CoproductionPanel } from "@/db/queries/coproduction/get-coproduction-panel";
import { sectorLabels } from "@/lib/organisations/sectors";
import { possessive } from "@/lib/pledges/describe-pledge";
import { can } from "@/lib/policy";
import { ActionButton } from "@/components/forms/action-button";
import { EndorseForm, PartnerOfferForm } from "./backing-forms";
import type { InteractionContext } from "./types";

type Backing = Pick<CoproductionPanel, "endorsements" | "partners">;

const partnerStatusText = { proposed: "offered to partner", agreed: "delivery partner", declined: "offer declined" } as const;

/** Organisations that endorse or help deliver the proposal, with the controls each viewer may use. */
export function BackingSection({ backing, context }: { backing: Backing; context: InteractionContext }) {
  const { actor, actions, proposalId, planPhase, open } = context;
  const mayDecide = open && can(actor, "partner.decide", { proposalAuthorId: context.proposalAuthorId });
  // The author sees declined offers (they decided them); everyone else sees only live ones.
  const partners = backing.partners.filter((partner) => partner.status !== "declined" || mayDecide);
  const endorsed = new Set(backing.endorsements.map((endorsement) => endorsement.organisationId));
  const offered = new Set(backing.partners.map((partner) => partner.organisationId));
  const mayEndorseFor = open ? context.actingFor.filter((org) => !endorsed.has(org.id) && can(actor, "endorsement.create", { planPhase, organisationId: org.id })) : [];
  const mayOfferFor = open ? context.actingFor.filter((org) => !offered.has(org.id) && can(actor, "partner.offer", { planPhase, organisationId: org.id })) : [];
  if (partners.length === 0 && backing.endorsements.length === 0 && mayEndorseFor.length === 0 && mayOfferFor.length === 0) return null;

  return (
    <section aria-labelledby="backing-heading" className="mt-8">
      <h2 id="backing-heading" className="mb-3 text-xl font-bold">
        Organisations behind it
      </h2>
      {partners.length === 0 && backing.endorsements.length === 0 ? <p className="text-muted">No organisation has endorsed or offered to partner yet.</p> : null}
      <ul className="grid gap-2">
        {partners.map((partner) => (
          <li key={partner.id} className="rounded-md border border-stone-300 bg-white p-3">
            <span className="font-semibold">{partner.organisationName}</span> ({sectorLabels[partner.sector]}), {partnerStatusText[partner.status]}: {partner.role}
            {mayDecide && partner.status === "proposed" ? (
              <div className="mt-2 flex flex-wrap gap-2">
                <ActionButton action={actions.decidePartnership} fields={{ proposalId, partnerId: partner.id, decision: "agreed" }} variant="primary" pendingText="Accepting…">
                  Accept<span className="sr-only"> {partner.organisationName} as a delivery partner</span>
                </ActionButton>
                <ActionButton action={actions.decidePartnership} fields={{ proposalId, partnerId: partner.id, decision: "declined" }} pendingText="Declining…">
                  Decline<span className="sr-only"> {possessive(partner.organisationName)} offer to partner</span>
                </ActionButton>
              </div>
            ) : null}
          </li>
        ))}
        {backing.endorsements.map((endorsement) => (
          <li key={endorsement.id} className="rounded-md border border-stone-300 bg-white p-3">
            <span className="font-semibold">{endorsement.organisationName}</span> ({sectorLabels[endorsement.sector]})
            {endorsement.verifiedAt ? (
              <Badge tone="success" className="ml-2">
                Verified
              </Badge>
            ) : null}{" "}
            endorses this
            {endorsement.statement ? <blockquote className="mt-1 border-l-4 border-stone-300 pl-3 text-muted">{endorsement.statement}</blockquote> : null}
            {can(actor, "endorsement.remove", { organisationId: endorsement.organisationId }) ? (
              <div className="mt-2">
                <ActionButton action={actions.removeEndorsement} fields={{ proposalId, endorsementId: endorsement.id }} variant="quiet" pendingText="Withdrawing…">
                  Withdraw<span className="sr-only"> {possessive(endorsement.organisationName)}</span> endorsement
                </ActionButton>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {mayEndorseFor.length > 0 ? (
        <details className="mt-4 rounded-md border border-stone-300 bg-white p-3">
          <summary className="min-h-11 cursor-pointer content-center font-semibold">Endorse as an organisation</summary>
          <div className="mt-3">
            <EndorseForm action={actions.endorse} proposalId={proposalId} organisations={mayEndorseFor} idPrefix="endorse" />
          </div>
        </details>
      ) : null}
      {mayOfferFor.length > 0 ? (
        <details className="mt-3 rounded-md border border-stone-300 bg-white p-3">
          <summary className="min-h-11 cursor-pointer content-center font-semibold">Offer to help deliver it</summary>
          <div className="mt-3">
            <PartnerOfferForm action={actions.offerPartnership} proposalId={proposalId} organisations={mayOfferFor} idPrefix="partner" />
          </div>
        </details>
      ) : null}
    </section>
  );
}
