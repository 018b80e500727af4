import { Badge } from "@/components/ui";
import type { listProposalComments } from "@/db/queries/proposals";
import { formatDateTime } from "@/lib/dates";
import { stanceLabels } from "@/lib/labels";

type Thread = Awaited<ReturnType<typeof listProposalComments>>["threads"][number];
type CommentView = Omit<Thread, "replies">;

function CommentBody({ comment, proposalAuthorId }: { comment: CommentView; proposalAuthorId: string }) {
  if (comment.deletedAt) return <p className="italic text-muted">This comment was deleted by its author.</p>;
  if (comment.hiddenAt) return <p className="italic text-muted">This comment was hidden by a moderator.</p>;
  return (
    <>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold">{comment.organisationName ?? comment.authorName ?? "Former member"}</span>
        {comment.organisationName ? <Badge tone="info">Speaking for the organisation</Badge> : null}
        {comment.authorId === proposalAuthorId ? <Badge tone="success">Proposer</Badge> : null}
        <Badge>{stanceLabels[comment.stance]}</Badge>
        <span className="text-muted">
          <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt)}</time>
          {comment.editedAt ? " (edited)" : null}
        </span>
      </div>
      <p className="mt-1 whitespace-pre-line">{comment.body}</p>
    </>
  );
}

export function CommentThreads({ threads, proposalAuthorId }: { threads: Thread[]; proposalAuthorId: string }) {
  return (
    <ol className="grid gap-4">
      {threads.map((thread) => (
        <li key={thread.id} className="rounded-md border border-stone-300 bg-white p-3">
          <CommentBody comment={thread} proposalAuthorId={proposalAuthorId} />
          {thread.replies.length > 0 ? (
            <ol className="mt-3 grid gap-3 border-l-4 border-stone-200 pl-3" aria-label="Replies">
              {thread.replies.map((reply) => (
                <li key={reply.id}>
                  <CommentBody comment={reply} proposalAuthorId={proposalAuthorId} />
                </li>
              ))}
            </ol>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
