import type { ReactNode } from "react";
import { InlineActionForm } from "@/components/admin/inline-action-form";
import { Badge } from "@/components/ui";
import type { ThreadComment } from "@/db/queries/comments/list-comment-threads";
import { formatDateTime } from "@/lib/shared/dates";
import { stanceLabels } from "@/lib/comments/stances";
import { isHeldReason } from "@/lib/moderation/moderation-rules";
import { CommentEditForm, CommentForm } from "./comments/comment-form";
import type { CommentActions, DiscussionViewer } from "./comments/types";

type Thread = ThreadComment & { replies: ThreadComment[] };

interface ThreadProps {
  proposalId: string;
  proposalAuthorId: string;
  viewer: DiscussionViewer;
  actions: CommentActions;
}

function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="group">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-800 underline">{summary}</summary>
      <div className="mt-1 rounded-md border border-stone-300 bg-stone-50 p-3">{children}</div>
    </details>
  );
}

/** What stands in for words nobody else may read; the author alone is told why. */
function Withheld({ comment }: { comment: ThreadComment }) {
  if (comment.deletedAt) return <p className="italic text-muted">This comment was deleted by its author.</p>;
  if (!comment.own) return <p className="italic text-muted">This comment was hidden by a moderator.</p>;
  const held = isHeldReason(comment.hiddenReason);
  return (
    <div className="rounded-md border-2 border-amber-600 bg-amber-50 p-2">
      <p className="font-semibold">
        {held ? "Only you can see this comment: it is waiting for a moderator." : "A moderator hid this comment. Only you can see it."}
      </p>
      {comment.hiddenReason ? <p className="text-sm">Reason: {comment.hiddenReason}</p> : null}
      <p className="mt-1 whitespace-pre-line text-muted">{comment.body}</p>
    </div>
  );
}

function CommentView({ comment, isReply, props }: { comment: ThreadComment; isReply: boolean; props: ThreadProps }) {
  const { proposalId, proposalAuthorId, viewer, actions } = props;
  const shown = !comment.deletedAt && !comment.hiddenAt;
  const editable = shown && comment.own && comment.createdAt > viewer.editableSince;
  const target = { proposalId, commentId: comment.id };
  return (
    <article id={`comment-${comment.id}`} aria-label={`Comment by ${comment.organisationName ?? comment.authorName ?? "a former member"}`} className="scroll-mt-4">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold">{comment.organisationName ?? comment.authorName ?? "Former member"}</span>
        {comment.organisationName ? (
          <>
            <Badge tone="info">Official voice of the organisation</Badge>
            <span className="text-muted">posted by {comment.authorName ?? "a former member"}</span>
          </>
        ) : null}
        {comment.authorId === proposalAuthorId ? <Badge tone="success">Proposer</Badge> : null}
        {shown || comment.own ? <Badge>{stanceLabels[comment.stance]}</Badge> : null}
        <span className="text-muted">
          <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt)}</time>
          {comment.editedAt ? " (edited)" : null}
        </span>
      </div>
      {shown ? <p className="mt-1 whitespace-pre-line">{comment.body}</p> : <Withheld comment={comment} />}
      {shown ? (
        <div className="mt-1 flex flex-wrap gap-x-4">
          {!isReply && viewer.canComment ? (
            <Disclosure summary="Reply">
              <CommentForm action={actions.create} proposalId={proposalId} parentId={comment.id} personName={viewer.personName} actingFor={viewer.actingFor} idPrefix={`reply-${comment.id}`} />
            </Disclosure>
          ) : null}
          {editable ? (
            <Disclosure summary="Edit">
              <CommentEditForm action={actions.edit} proposalId={proposalId} commentId={comment.id} stance={comment.stance} body={comment.body} />
            </Disclosure>
          ) : null}
          {comment.own ? (
            <Disclosure summary="Delete">
              <p className="text-sm">The discussion will show that a comment was deleted by its author. This cannot be undone.</p>
              <InlineActionForm action={actions.remove} hidden={target} label="Delete my comment" variant="danger" />
            </Disclosure>
          ) : viewer.signedIn ? (
            <Disclosure summary="Report">
              <InlineActionForm
                action={actions.report}
                hidden={target}
                label="Report to a moderator"
                reason={{ id: `report-${comment.id}`, label: "What is wrong with this comment?", hint: "For example: abusive, spam, personal details. Moderators see your reason, the author does not see who reported it." }}
              />
            </Disclosure>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

/** Top-level comments in order, each with its replies one level down. */
export function CommentThreads({ threads, ...props }: ThreadProps & { threads: Thread[] }) {
  return (
    <ol className="grid gap-4">
      {threads.map((thread) => (
        <li key={thread.id} className="rounded-md border border-stone-300 bg-white p-3">
          <CommentView comment={thread} isReply={false} props={props} />
          {thread.replies.length > 0 ? (
            <ol className="mt-3 grid gap-3 border-l-4 border-stone-200 pl-3" aria-label="Replies">
              {thread.replies.map((reply) => (
                <li key={reply.id}>
                  <CommentView comment={reply} isReply props={props} />
                </li>
              ))}
            </ol>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
