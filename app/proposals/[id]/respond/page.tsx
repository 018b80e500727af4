import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { OfficialResponses } from "@/components/review/official-responses";
import { ResponseForm } from "@/components/review/response-form";
import { Badge, Card, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { getProposalForAssessment } from "@/db/queries/review/get-proposal-for-assessment";
import { listOfficialResponses } from "@/db/queries/review/list-official-responses";
import { checkResponseMove, isResponseStatus, responseStatuses, responseStatusLabels } from "@/lib/review/assessments";
import { isId } from "@/lib/shared/ids";
import { proposalStatusLabels, proposalStatusTones } from "@/lib/proposals/statuses";
import { can } from "@/lib/policy";
import { getActor } from "../../../_server/session";
import { publishResponseAction } from "./actions";

export const metadata: Metadata = { title: "Publish an official response" };

const DEFAULT_RESPONDING_BODY = "Northbridge & Brackside LEP";

export default async function RespondPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=/proposals/${id}/respond`);
  if (!can(actor, "response.publish") || !isId(id)) notFound();
  const db = await getDb();
  const proposal = await getProposalForAssessment(db, id);
  if (!proposal) notFound();
  const responses = await listOfficialResponses(db, proposal.id);
  // Offer only the statuses this proposal can take now; the action checks again.
  const statuses = responseStatuses
    .filter((status) => checkResponseMove(proposal.status, status, proposal.planPhase).ok)
    .filter((status) => status !== "shortlisted" || proposal.status === "shortlisted" || can(actor, "proposal.shortlist", { planPhase: proposal.planPhase }))
    .map((status) => ({ value: status, label: status === proposal.status ? `${responseStatusLabels[status]} (its current status)` : responseStatusLabels[status] }));

  return (
    <>
      <PageHeader
        crumbs={[
          { href: `/plans/${proposal.planSlug}`, label: proposal.planTitle },
          { href: `/plans/${proposal.planSlug}/responses`, label: "Responses" },
          { href: `/proposals/${proposal.id}`, label: proposal.title },
        ]}
        title={`Respond to “${proposal.title}”`}
        lead="Your response is public: it is shown on the proposal with today’s date, and its author and followers are told."
        meta={<Badge tone={proposalStatusTones[proposal.status]}>Now: {proposalStatusLabels[proposal.status]}</Badge>}
      />
      <Card className="mb-8">
        {statuses.length ? (
          <ResponseForm action={publishResponseAction} proposalId={proposal.id} statuses={statuses} defaultStatus={isResponseStatus(proposal.status) ? proposal.status : (statuses[0]?.value ?? "")} defaultRespondingBody={DEFAULT_RESPONDING_BODY} />
        ) : (
          <p>A proposal that is “{proposalStatusLabels[proposal.status]}” has no status a response can go with.</p>
        )}
      </Card>
      <OfficialResponses responses={responses} />
    </>
  );
}
