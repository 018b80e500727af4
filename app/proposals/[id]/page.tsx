import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Discussion } from "@/components/proposals/comments/discussion";
import { BackingSection, LedgerCard, NeedsAndPledges } from "@/components/proposals/coproduction-panel";
import { SupportPanel } from "@/components/proposals/interactions/support-panel";
import type { InteractionContext, ProposalActions } from "@/components/proposals/interactions/types";
import { DeliveryUpdates } from "@/components/delivery/delivery-updates";
import { OfficialResponses } from "@/components/review/official-responses";
import { PublishedReasoning } from "@/components/review/published-reasoning";
import { Badge, Card, FlashMessage, LinkButton, PageHeader } from "@/components/ui";
import { can } from "@/lib/policy";
import { getDb } from "@/db";
import { getCoproductionPanel } from "@/db/queries/coproduction/get-coproduction-panel";
import { getViewerInteractions } from "@/db/queries/coproduction/get-viewer-interactions";
import { listDeliveryUpdatesByProposal } from "@/db/queries/delivery/list-delivery-updates";
import { getPublishedReasoning } from "@/db/queries/review/publish-assessments";
import { listOfficialResponses } from "@/db/queries/review/list-official-responses";
import { listCommentThreads } from "@/db/queries/comments/list-comment-threads";
import { getPublicProposal } from "@/db/queries/proposals/get-proposal";
import { commentsClosedReason, editWindowStart } from "@/lib/comments/comments";
import { formatDate } from "@/lib/shared/dates";
import { isId } from "@/lib/shared/ids";
import { describeImdDecile } from "@/lib/geography/imd";
import { sectorLabels } from "@/lib/organisations/sectors";
import { adoptedProposalStatuses, proposalStatusLabels, proposalStatusTones } from "@/lib/proposals/statuses";
import { isTextOutOfView } from "@/lib/plans/ballot-freeze";
import { computeLedger } from "@/lib/pledges/ledger";
import { renderMarkdown } from "@/lib/shared/markdown";
import { AuthorTools } from "@/components/proposals/editor/author-tools";
import { PhotoGallery } from "@/components/proposals/editor/photo-gallery";
import { listProposalPhotos } from "@/db/queries/proposals/get-proposal-photos";
import { describePage, parsePage } from "@/lib/shared/pagination";
import { getActor } from "../../_server/session";
import { followProposalAction, supportProposalAction, unfollowProposalAction, unsupportProposalAction } from "./actions";
import { decidePartnershipAction, endorseProposalAction, offerPartnershipAction, removeEndorsementAction } from "./actions-backing";
import { createCommentAction, deleteCommentAction, editCommentAction, reportCommentAction, reportProposalAction } from "./comment-actions";
import { confirmPledgeAction, createPledgeAction, declinePledgeAction, markPledgeDeliveredAction, withdrawPledgeAction } from "./actions-pledges";

const commentActions = {
  create: createCommentAction,
  edit: editCommentAction,
  remove: deleteCommentAction,
  report: reportCommentAction,
  reportProposal: reportProposalAction,
};

const proposalActions: ProposalActions = {
  createPledge: createPledgeAction,
  confirmPledge: confirmPledgeAction,
  declinePledge: declinePledgeAction,
  markPledgeDelivered: markPledgeDeliveredAction,
  withdrawPledge: withdrawPledgeAction,
  support: supportProposalAction,
  unsupport: unsupportProposalAction,
  follow: followProposalAction,
  unfollow: unfollowProposalAction,
  endorse: endorseProposalAction,
  removeEndorsement: removeEndorsementAction,
  offerPartnership: offerPartnershipAction,
  decidePartnership: decidePartnershipAction,
};

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load(id: string) {
  if (!isId(id)) return null;
  const actor = await getActor();
  const viewer = actor ? { userId: actor.id, moderator: can(actor, "moderation.view") } : undefined;
  return getPublicProposal(await getDb(), id, viewer);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).id);
  return { title: found?.proposal.title ?? "Proposal not found", description: found && !isTextOutOfView(found.proposal) ? found.proposal.summary : undefined };
}

export default async function ProposalPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const found = await load(id);
  if (!found) notFound();
  const { proposal, area, theme, plan, organisation, authorName } = found;
  const textOutOfView = isTextOutOfView(proposal);
  const [db, actor] = await Promise.all([getDb(), getActor()]);
  const commentPage = parsePage(query.comments, 20);
  const deliveryPage = parsePage(query.deliveryPage, 10);
  const [coproduction, discussion, viewer, photos, responses, reasoning, delivery] = await Promise.all([
    getCoproductionPanel(db, proposal.id, plan.id),
    listCommentThreads(db, proposal.id, actor?.id ?? null, commentPage),
    actor ? getViewerInteractions(db, proposal.id, actor.id) : null,
    listProposalPhotos(db, proposal.id),
    listOfficialResponses(db, proposal.id),
    getPublishedReasoning(db, proposal.id, plan.id),
    listDeliveryUpdatesByProposal(db, proposal.id, deliveryPage),
  ]);
  const commentsClosed = commentsClosedReason(actor, plan.phase, proposal.status);
  const ledger = computeLedger(proposal.finalCostPence ?? proposal.estimatedCostPence, coproduction.pledges, coproduction.rates);
  const context: InteractionContext = {
    proposalId: proposal.id,
    proposalAuthorId: proposal.authorId,
    planPhase: plan.phase,
    // The page shows public proposals and withdrawn ones; only the former take new pledges and support.
    open: proposal.status !== "withdrawn",
    actor,
    supports: viewer?.supports ?? false,
    follows: viewer?.follows ?? false,
    actingFor: viewer?.actingFor ?? [],
    actions: proposalActions,
  };

  return (
    <>
      <PageHeader
        crumbs={[
          { href: "/", label: "Home" },
          { href: `/plans/${plan.slug}`, label: plan.title },
        ]}
        title={proposal.title}
        meta={
          <>
            <Badge tone={proposalStatusTones[proposal.status]}>{proposalStatusLabels[proposal.status]}</Badge>
            <Badge>{theme.name}</Badge>
          </>
        }
        lead={textOutOfView ? undefined : proposal.summary}
      />
      {proposal.status === "hidden" ? (
        <FlashMessage tone="info" title={proposal.hiddenReason === "Awaiting moderation" ? "Waiting for a moderator" : "Hidden by a moderator"}>
          Only you{can(actor, "moderation.view") ? " (as a moderator) and the author" : " and the moderators"} can see this page.
          {proposal.hiddenReason ? ` Reason: ${proposal.hiddenReason}` : null}
        </FlashMessage>
      ) : null}

      {/*
        Three blocks in reading order: the idea, the facts (ledger, support, place), then what people
        bring. On a phone they stack in that order; from md up the facts sit in a column on the right.
      */}
      <div className="grid items-start gap-6 md:grid-cols-3">
        <div className="md:col-span-2 md:row-start-1">
          <p className="text-sm text-muted">
            Proposed by {authorName ?? "a former member"}
            {organisation ? (
              <>
                {" "}for <span className="font-semibold">{organisation.name}</span> ({sectorLabels[organisation.sector]})
                {organisation.verifiedAt ? <Badge tone="success" className="ml-2">Verified</Badge> : null}
              </>
            ) : null}
            {proposal.publishedAt ? ` on ${formatDate(proposal.publishedAt)}` : null} in{" "}
            <Link href={`/neighbourhoods/${area.id}`} className="text-brand-700 underline">
              {area.name}
            </Link>
            .
          </p>
          <AuthorTools proposalId={proposal.id} status={proposal.status} planPhase={plan.phase} isAuthor={actor?.id === proposal.authorId} />
          {textOutOfView ? (
            <div className="mt-4">
              <FlashMessage tone="info" title={`The text of this proposal was taken out of view by a moderator: ${proposal.hiddenReason ?? ""}`}>
                It stays on the ballot under its title, and every vote for it is counted.
              </FlashMessage>
            </div>
          ) : (
            <>
              {/* renderMarkdown escapes raw HTML and unsafe links, so the body is safe to insert. */}
              <div className="prose-body mt-4" dangerouslySetInnerHTML={{ __html: renderMarkdown(proposal.body) }} />
              <PhotoGallery photos={photos} />
            </>
          )}
          <OfficialResponses responses={responses} className="mt-8" />
          <PublishedReasoning reasoning={reasoning} className="mt-8" />
          <DeliveryUpdates
            updates={delivery.rows}
            pageInfo={describePage(deliveryPage, delivery.total)}
            hrefFor={(p) => `/proposals/${proposal.id}?deliveryPage=${p}#delivery`}
            reportHref={
              (adoptedProposalStatuses as readonly string[]).includes(proposal.status) && can(actor, "delivery.update", { planPhase: plan.phase, authorId: proposal.authorId })
                ? `/proposals/${proposal.id}/delivery`
                : undefined
            }
            className="mt-8"
          />
          {actor && (can(actor, "assessment.view") || can(actor, "response.publish")) ? (
            <nav aria-label="Staff tools for this proposal" className="mt-6 flex flex-wrap gap-3">
              {can(actor, "assessment.view") ? (
                <LinkButton href={`/proposals/${proposal.id}/assess`} variant="secondary">
                  Assess this proposal
                </LinkButton>
              ) : null}
              {can(actor, "response.publish") ? (
                <LinkButton href={`/proposals/${proposal.id}/respond`} variant="secondary">
                  Give an official response
                </LinkButton>
              ) : null}
            </nav>
          ) : null}
        </div>
        <aside className="grid content-start gap-4 md:col-start-3 md:row-span-2 md:row-start-1" aria-label="Proposal facts">
          <LedgerCard ledger={ledger} />
          <SupportPanel context={context} supportCount={proposal.supportCount} threshold={plan.supportThreshold} />
          <Card>
            <h2 className="text-lg font-semibold">Neighbourhood</h2>
            <p className="mt-1">
              <Link href={`/neighbourhoods/${area.id}`} className="text-brand-700 underline">
                {area.name}
              </Link>
            </p>
            <p className="mt-1 text-sm text-muted">{describeImdDecile(area.imdDecile)} (IMD decile {area.imdDecile}).</p>
          </Card>
        </aside>
        <div className="md:col-span-2 md:row-start-2">
          <NeedsAndPledges coproduction={coproduction} context={context} personName={actor?.name ?? null} />
          <BackingSection backing={coproduction} context={context} />
        </div>
      </div>

      <Discussion
        proposalId={proposal.id}
        proposalAuthorId={proposal.authorId}
        commentCount={proposal.commentCount}
        discussion={discussion}
        pageInfo={describePage(commentPage, discussion.total)}
        viewer={{
          canComment: commentsClosed === null,
          signedIn: actor !== null,
          personName: actor?.name ?? null,
          actingFor: viewer?.actingFor ?? [],
          editableSince: editWindowStart(new Date()),
        }}
        closedReason={commentsClosed}
        actions={commentActions}
      />
    </>
  );
}
