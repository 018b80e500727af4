import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { DeliveryForm } from "@/components/delivery/delivery-form";
import { DeliveryUpdates } from "@/components/delivery/delivery-updates";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { getProposalForDelivery } from "@/db/queries/delivery/get-proposal-for-delivery";
import { listDeliveryUpdatesByProposal } from "@/db/queries/delivery/list-delivery-updates";
import { isId } from "@/lib/shared/ids";
import { describePage, parsePage } from "@/lib/shared/pagination";
import { adoptedProposalStatuses, proposalStatusLabels, proposalStatusTones } from "@/lib/proposals/statuses";
import { authorize } from "@/lib/policy";
import { getActor } from "../../../_server/session";
import { recordDeliveryUpdateAction } from "./actions";

export const metadata: Metadata = { title: "Report delivery progress" };

export default async function DeliveryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string | string[] }> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=/proposals/${id}/delivery`);
  if (!isId(id)) notFound();
  const db = await getDb();
  const proposal = await getProposalForDelivery(db, id);
  if (!proposal) notFound();
  const decision = authorize(actor, "delivery.update", { planPhase: proposal.planPhase, authorId: proposal.authorId });
  if (!decision.allowed && decision.reason === "not_permitted") notFound();
  const open = decision.allowed && (adoptedProposalStatuses as readonly string[]).includes(proposal.status);
  const today = new Date().toISOString().slice(0, 10);
  const page = parsePage(query.page, 10);
  const updates = await listDeliveryUpdatesByProposal(db, proposal.id, page);

  return (
    <>
      <PageHeader
        crumbs={[
          { href: `/plans/${proposal.planSlug}`, label: proposal.planTitle },
          { href: `/proposals/${proposal.id}`, label: proposal.title },
        ]}
        title={`Report progress on “${proposal.title}”`}
        lead="Updates are public: they appear on the proposal, the plan and the neighbourhood, and followers are told."
        meta={<Badge tone={proposalStatusTones[proposal.status]}>{proposalStatusLabels[proposal.status]}</Badge>}
      />
      {open ? (
        <Card className="mb-8">
          <DeliveryForm action={recordDeliveryUpdateAction} proposalId={proposal.id} today={today} />
        </Card>
      ) : (
        <div className="mb-8">
          <EmptyState title="Progress can be reported once the proposal is adopted into the plan." />
        </div>
      )}
      <DeliveryUpdates updates={updates.rows} pageInfo={describePage(page, updates.total)} hrefFor={(page) => `/proposals/${proposal.id}/delivery?page=${page}`} />
    </>
  );
}
