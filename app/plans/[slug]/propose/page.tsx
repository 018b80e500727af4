import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { toAreaChoices } from "@/components/proposals/editor/area-shapes";
import { freshValues, photosForEditor, valuesFromProposal } from "@/components/proposals/editor/editor-setup";
import { ProposalEditor } from "@/components/proposals/editor/proposal-editor";
import { Card, LinkButton, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { getPlanBySlug } from "@/db/queries/plans/get-plan";
import { getProposalForEditing } from "@/db/queries/proposals/get-proposal";
import { listAreaShapes } from "@/db/queries/geography/list-areas";
import { listMemberOrganisations } from "@/db/queries/organisations/list-member-organisations";
import { listPlanThemes } from "@/db/queries/plans/list-plan-themes";
import { isId } from "@/lib/shared/ids";
import { phaseInvitations } from "@/lib/plans/phases";
import { authorize, denialMessages } from "@/lib/policy";
import { getActor } from "../../../_server/session";
import { publishProposalAction, saveDraftAction } from "./actions";
import { addPhotoAction, removePhotoAction } from "./photo-actions";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = { title: "Propose an idea" };

export default async function ProposePage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const draftId = typeof query.draft === "string" ? query.draft : null;
  const here = `/plans/${slug}/propose${draftId ? `?draft=${draftId}` : ""}`;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(here)}`);
  const db = await getDb();
  const plan = await getPlanBySlug(db, slug);
  if (!plan || plan.phase === "draft") notFound();
  const crumbs = [
    { href: "/", label: "Home" },
    { href: `/plans/${plan.slug}`, label: plan.title },
  ];

  // Someone else's draft, or one from another plan, is simply not found: drafts are private.
  const existing = draftId && isId(draftId) ? await getProposalForEditing(db, draftId, actor.id) : null;
  if (draftId && (!existing || existing.proposal.planId !== plan.id)) notFound();
  if (existing && existing.proposal.status !== "draft") redirect(`/proposals/${existing.proposal.id}/edit`);

  const decision = authorize(actor, "proposal.create", { planPhase: plan.phase });
  if (!decision.allowed) {
    return (
      <>
        <PageHeader crumbs={crumbs} title="Propose an idea" />
        <Card className="max-w-2xl">
          <p className="font-semibold">{decision.reason === "wrong_phase" ? "This plan is not taking new ideas at the moment." : denialMessages[decision.reason]}</p>
          <p className="mt-2 text-muted">{phaseInvitations[plan.phase]}</p>
          {existing ? <p className="mt-2">Your draft is kept safe in your drafts.</p> : null}
          <LinkButton href={`/plans/${plan.slug}`} variant="secondary" className="mt-4">
            Back to the plan
          </LinkButton>
        </Card>
      </>
    );
  }

  const [themes, areaRows, organisations] = await Promise.all([
    listPlanThemes(db, plan.id, plan.regionId),
    listAreaShapes(db, plan.regionId),
    listMemberOrganisations(db, actor.id),
  ]);
  const areas = toAreaChoices(areaRows);

  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={existing ? "Carry on with your idea" : "Propose an idea"}
        lead={`For ${plan.title}. Your draft is saved as you type and only you can see it until you publish.`}
      />
      <ProposalEditor
        // A fresh editor per draft: its state starts from the server copy of that draft.
        key={existing?.proposal.id ?? "new"}
        mode="propose"
        planId={plan.id}
        proposalId={existing?.proposal.id ?? null}
        serverSavedAt={existing ? existing.proposal.updatedAt.getTime() : null}
        initialValues={existing ? valuesFromProposal(existing.proposal, existing.needs) : freshValues(actor.homeAreaId, areas.map((a) => a.id))}
        initialPhotos={existing ? photosForEditor(existing.photos) : []}
        themes={themes.map((theme) => ({ value: theme.id, label: theme.name }))}
        areas={areas}
        organisations={organisations.map((org) => ({ value: org.id, label: org.name }))}
        actions={{ saveDraft: saveDraftAction, submit: publishProposalAction, addPhoto: addPhotoAction, removePhoto: removePhotoAction }}
      />
    </>
  );
}
