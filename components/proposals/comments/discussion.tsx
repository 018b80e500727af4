import Link from "next/link";
import { InlineActionForm } from "@/components/admin/inline-action-form";
import { EmptyState, Pagination } from "@/components/ui";
import type { listCommentThreads } from "@/db/queries/comments/list-comment-threads";
import type { PageInfo } from "@/lib/shared/pagination";
import { CommentThreads } from "../comment-thread";
import { CommentForm } from "./comment-form";
import type { CommentActions, DiscussionViewer } from "./types";

/** The discussion at the foot of a proposal: the thread, the form to join it, and a way to report the proposal. */
export function Discussion({
  proposalId,
  proposalAuthorId,
  commentCount,
  discussion,
  pageInfo,
  viewer,
  closedReason,
  actions,
}: {
  proposalId: string;
  proposalAuthorId: string;
  commentCount: number;
  discussion: Awaited<ReturnType<typeof listCommentThreads>>;
  pageInfo: PageInfo;
  viewer: DiscussionViewer;
  /** Why nobody can comment now (plan phase, withdrawn, suspended), shown instead of the form. */
  closedReason: string | null;
  actions: CommentActions & { reportProposal: CommentActions["report"] };
}) {
  return (
    <section aria-labelledby="discussion-heading" className="mt-10">
      <h2 id="discussion-heading" className="mb-3 text-xl font-bold">
        Discussion <span className="text-base font-normal text-muted">({commentCount})</span>
      </h2>
      {discussion.threads.length === 0 ? (
        <EmptyState title="No comments yet" />
      ) : (
        <CommentThreads threads={discussion.threads} proposalId={proposalId} proposalAuthorId={proposalAuthorId} viewer={viewer} actions={actions} />
      )}
      <Pagination info={pageInfo} label="Comment pages" hrefFor={(n) => `/proposals/${proposalId}?comments=${n}#discussion-heading`} />

      <div className="mt-6 rounded-md border border-stone-300 bg-white p-4">
        <h3 className="text-lg font-semibold">Join the discussion</h3>
        {viewer.canComment ? (
          <CommentForm action={actions.create} proposalId={proposalId} personName={viewer.personName} actingFor={viewer.actingFor} idPrefix="new-comment" />
        ) : !viewer.signedIn ? (
          <p className="mt-1">
            <Link href={`/sign-in?next=/proposals/${proposalId}`} className="text-brand-700 underline">
              Sign in to comment
            </Link>
            .
          </p>
        ) : (
          <p className="mt-1 text-muted">{closedReason ?? "You cannot comment on this proposal."}</p>
        )}
      </div>

      {viewer.signedIn ? (
        <details className="mt-6">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-800 underline">Report this proposal to a moderator</summary>
          <InlineActionForm
            action={actions.reportProposal}
            hidden={{ proposalId }}
            label="Report this proposal"
            reason={{ id: "report-proposal", label: "What is wrong with this proposal?", hint: "For example: a duplicate, abusive, or not about the plan." }}
          />
        </details>
      ) : null}
    </section>
  );
}
