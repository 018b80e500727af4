import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { toAreaChoices } from "@/components/proposals/editor/area-shapes";
import { photosForEditor, valuesFromProposal } from "@/components/proposals/editor/editor-setup";
import { ProposalEditor } from "@/components/proposals/editor/proposal-editor";
import { WithdrawForm } from "@/components/proposals/editor/withdraw-form";
import { Badge, Card, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { getAuthoringTarget, getProposalForEditing } from "@/db/queries/proposals/get-proposal";
import { listAreaShapes } from "@/db/queries/geography/list-areas";
import { listMemberOrganisations } from "@/db/queries/organisations/list-member-organisations";
import { listPlanThemes } from "@/db/queries/plans/list-plan-themes";
import { isId } from "@/lib/shared/ids";
import { proposalStatusLabels, proposalStatusTones } from "@/lib/proposals/statuses";
import { authorize } from "@/lib/policy";
import { getActor } from "../../../_server/session";
import { addPhotoAction, removePhotoAction } from "../../../plans/[slug]/propose/photo-actions";
import { updateProposalAction, withdrawProposalAction } from "./actions";

interface Props {
  params: Promise<{ id: string }>;
}

export const metadata: Metadata = { title: "Edit your proposal" };

const liveStatuses = new Set(["published", "shortlisted"]);

export default async function EditProposalPage({ params }: Props) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(`/proposals/${id}/edit`)}`);
  if (!isId(id)) notFound();
  const db = await getDb();
  // Only the author gets this page; to anyone else it does not exist.
  const [found, target] = await Promise.all([getProposalForEditing(db, id, actor.id), getAuthoringTarget(db, id)]);
  if (!found || !target) notFound();
  const { proposal } = found;
  if (proposal.status === "draft") redirect(`/plans/${target.planSlug}/propose?draft=${proposal.id}`);

  const canEdit = authorize(actor, "proposal.edit", { planPhase: target.planPhase, authorId: proposal.authorId }).allowed && liveStatuses.has(proposal.status);
  const canWithdraw = authorize(actor, "proposal.withdraw", { planPhase: target.planPhase, authorId: proposal.authorId }).allowed && !["withdrawn", "hidden"].includes(proposal.status);
  const [themes, areaRows, organisations] = canEdit
    ? await Promise.all([listPlanThemes(db, target.planId, target.regionId), listAreaShapes(db, target.regionId), listMemberOrganisations(db, actor.id)])
    : [[], [], []];

  return (
    <>
      <PageHeader
        crumbs={[
          { href: "/", label: "Home" },
          { href: `/plans/${target.planSlug}`, label: target.planTitle },
          { href: `/proposals/${proposal.id}`, label: proposal.title },
        ]}
        title="Edit your proposal"
        meta={<Badge tone={proposalStatusTones[proposal.status]}>{proposalStatusLabels[proposal.status]}</Badge>}
      />
      {canEdit ? (
        <ProposalEditor
          mode="edit"
          planId={target.planId}
          proposalId={proposal.id}
          serverSavedAt={proposal.updatedAt.getTime()}
          initialValues={valuesFromProposal(proposal, found.needs)}
          initialPhotos={photosForEditor(found.photos)}
          themes={themes.map((theme) => ({ value: theme.id, label: theme.name }))}
          areas={toAreaChoices(areaRows)}
          organisations={organisations.map((org) => ({ value: org.id, label: org.name }))}
          actions={{ saveDraft: null, submit: updateProposalAction, addPhoto: addPhotoAction, removePhoto: removePhotoAction }}
        />
      ) : (
        <Card className="max-w-2xl">
          <p className="font-semibold">
            {proposal.status === "hidden"
              ? `A moderator has hidden this proposal${proposal.hiddenReason ? `: ${proposal.hiddenReason}` : "."}`
              : liveStatuses.has(proposal.status)
                ? "Proposals can only be changed while the plan is taking ideas."
                : `This proposal is ${proposalStatusLabels[proposal.status].toLowerCase()}, so it can no longer be changed.`}
          </p>
        </Card>
      )}
      {canWithdraw ? (
        <section id="withdraw" aria-labelledby="withdraw-heading" className="mt-10 max-w-2xl">
          <h2 id="withdraw-heading" className="text-xl font-bold">
            Withdraw your proposal
          </h2>
          <p className="mb-3 mt-1 text-muted">If you no longer want to take it forward, you can withdraw it at any time.</p>
          <WithdrawForm action={withdrawProposalAction} proposalId={proposal.id} />
        </section>
      ) : proposal.status === "withdrawn" ? (
        <p className="mt-6 max-w-2xl">
          You have withdrawn this proposal. It stays at{" "}
          <Link href={`/proposals/${proposal.id}`} className="text-brand-700 underline">
            its page
          </Link>
          , marked as withdrawn.
        </p>
      ) : null}
    </>
  );
}
