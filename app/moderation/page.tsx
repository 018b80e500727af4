import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { MergeForm } from "@/components/moderation/merge-form";
import { QueueItem } from "@/components/moderation/queue-item";
import { SelectionForm } from "@/components/moderation/selection-form";
import { Badge, EmptyState, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { listMergeCandidates, listModerationQueue } from "@/db/queries/moderation/list-moderation-queue";
import { formatDateTime } from "@/lib/shared/dates";
import { proposalStatusLabels } from "@/lib/proposals/statuses";
import { encodeTarget } from "@/lib/moderation/moderation-rules";
import { can } from "@/lib/policy";
import { getActor } from "../_server/session";
import { dismissReportsAction, hideContentAction, mergeProposalAction, restoreContentAction } from "./actions";

export const metadata: Metadata = { title: "Moderation" };

const excerpt = (text: string, length = 300) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

function Section({ id, title, count, children }: { id: string; title: string; count: number; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-3 text-xl font-bold">
        {title} <span className="text-base font-normal text-muted">({count})</span>
      </h2>
      {count === 0 ? <EmptyState title="Nothing here" /> : <ul className="grid gap-4">{children}</ul>}
    </section>
  );
}

function Reasons({ reasons, reports }: { reasons: string[]; reports: number }) {
  return (
    <>
      <p className="font-semibold">
        Reported {reports === 1 ? "once" : `${reports} times`}:
      </p>
      <ul className="list-disc pl-5">
        {reasons.map((reason, index) => (
          <li key={index}>{reason}</li>
        ))}
      </ul>
    </>
  );
}

/** Moderators only: everyone else gets "not found", so the page does not advertise itself. */
export default async function ModerationPage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?next=/moderation");
  if (!can(actor, "moderation.view")) notFound();
  const db = await getDb();
  const [queue, candidates] = await Promise.all([listModerationQueue(db), listMergeCandidates(db)]);
  const restore = { action: restoreContentAction, label: "Restore" };
  const approve = { action: restoreContentAction, label: "Approve and publish" };

  return (
    <>
      <PageHeader title="Moderation" lead="Reports, content held by the spam guards, proposals waiting for approval, and what is hidden now." />
      <SelectionForm hide={hideContentAction} restore={restoreContentAction} dismiss={dismissReportsAction} />

      <Section id="reported-comments" title="Reported comments" count={queue.reportedComments.length}>
        {queue.reportedComments.map((comment) => (
          <QueueItem
            key={comment.id}
            value={encodeTarget({ kind: "comment", id: comment.id })}
            heading={`Comment by ${comment.authorName ?? "a former member"} on “${comment.proposalTitle}”`}
            href={`/proposals/${comment.proposalId}#comment-${comment.id}`}
            hide={comment.hiddenAt || comment.deletedAt ? undefined : hideContentAction}
          >
            {comment.deletedAt ? <Badge>Deleted by its author</Badge> : comment.hiddenAt ? <Badge tone="danger">Hidden</Badge> : null}
            <blockquote className="my-2 border-l-4 border-stone-300 pl-3 whitespace-pre-line">{excerpt(comment.body)}</blockquote>
            <Reasons reasons={comment.reasons} reports={comment.reports} />
          </QueueItem>
        ))}
      </Section>

      <Section id="reported-proposals" title="Reported proposals" count={queue.reportedProposals.length}>
        {queue.reportedProposals.map((proposal) => (
          <QueueItem
            key={proposal.id}
            value={encodeTarget({ kind: "proposal", id: proposal.id })}
            heading={proposal.title}
            href={`/proposals/${proposal.id}`}
            hide={proposal.status === "hidden" ? undefined : hideContentAction}
          >
            <p>
              By {proposal.authorName ?? "a former member"} · <Badge>{proposalStatusLabels[proposal.status]}</Badge>
            </p>
            <p className="my-2">{excerpt(proposal.summary)}</p>
            <Reasons reasons={proposal.reasons} reports={proposal.reports} />
          </QueueItem>
        ))}
      </Section>

      <Section id="held-comments" title="Comments held by the spam guards" count={queue.heldComments.length}>
        {queue.heldComments.map((comment) => (
          <QueueItem
            key={comment.id}
            value={encodeTarget({ kind: "comment", id: comment.id })}
            heading={`Comment by ${comment.authorName ?? "a former member"} on “${comment.proposalTitle}”`}
            href={`/proposals/${comment.proposalId}`}
            hide={hideContentAction}
            restore={approve}
          >
            <p>
              {comment.hiddenReason} · <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt)}</time>
            </p>
            <blockquote className="my-2 border-l-4 border-stone-300 pl-3 whitespace-pre-line">{excerpt(comment.body)}</blockquote>
          </QueueItem>
        ))}
      </Section>

      <Section id="waiting-proposals" title="Proposals waiting for approval" count={queue.waitingProposals.length}>
        {queue.waitingProposals.map((proposal) => (
          <QueueItem key={proposal.id} value={encodeTarget({ kind: "proposal", id: proposal.id })} heading={proposal.title} href={`/proposals/${proposal.id}`} hide={hideContentAction} restore={approve}>
            <p>
              By {proposal.authorName ?? "a former member"} in {proposal.planTitle} · {proposal.hiddenReason}
            </p>
            <p className="my-2">{excerpt(proposal.summary)}</p>
          </QueueItem>
        ))}
      </Section>

      <Section id="hidden-content" title="Hidden now" count={queue.hiddenComments.length + queue.hiddenProposals.length}>
        {queue.hiddenProposals.map((proposal) => (
          <QueueItem
            key={proposal.id}
            value={encodeTarget({ kind: "proposal", id: proposal.id })}
            heading={`Proposal: ${proposal.title}`}
            href={proposal.mergedIntoId ? `/proposals/${proposal.mergedIntoId}` : `/proposals/${proposal.id}`}
            restore={proposal.mergedIntoId ? undefined : restore}
          >
            <p>
              By {proposal.authorName ?? "a former member"} · Reason: {proposal.hiddenReason}
              {proposal.mergedIntoId ? " · Merged into another proposal (cannot be restored)" : null}
            </p>
          </QueueItem>
        ))}
        {queue.hiddenComments.map((comment) => (
          <QueueItem
            key={comment.id}
            value={encodeTarget({ kind: "comment", id: comment.id })}
            heading={`Comment by ${comment.authorName ?? "a former member"} on “${comment.proposalTitle}”`}
            href={`/proposals/${comment.proposalId}`}
            restore={restore}
          >
            <p>Reason: {comment.hiddenReason}</p>
            <blockquote className="my-2 border-l-4 border-stone-300 pl-3 whitespace-pre-line">{excerpt(comment.body)}</blockquote>
          </QueueItem>
        ))}
      </Section>

      <section aria-labelledby="merge-heading" className="mb-10 rounded-lg border border-stone-300 bg-white p-4">
        <h2 id="merge-heading" className="mb-1 text-xl font-bold">
          Merge a duplicate proposal
        </h2>
        <p className="mb-3 text-sm text-muted">Supports (one per person), followers, pledges and comments move to the proposal you keep. Both authors are told.</p>
        <MergeForm action={mergeProposalAction} candidates={candidates} />
      </section>
    </>
  );
}
