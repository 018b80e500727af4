import { Badge } from "@/components/ui";
import { getDb } from "@/db";
import { listOfficialResponses } from "@/db/queries/review/responses";
import { isResponseStatus, responseStatusLabels } from "@/lib/review/assessments";
import { formatDate } from "@/lib/shared/dates";

/**
 * The public "you said, we did" record on a proposal page: each response with its status, date
 * and the body that gave it. A server component that loads its own rows, so the proposal page
 * only mounts it. Renders nothing until there is a response.
 */
export async function OfficialResponses({ proposalId, headingLevel = 2, className = "mb-8" }: { proposalId: string; headingLevel?: 2 | 3; className?: string }) {
  const responses = await listOfficialResponses(await getDb(), proposalId);
  if (!responses.length) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="official-responses" className={className}>
      <Heading id="official-responses" className="mb-3 text-xl font-bold">
        Official responses
      </Heading>
      <ol className="grid gap-3">
        {responses.map((response) => (
          <li key={response.id} className="rounded-lg border-l-4 border-brand-600 bg-white p-4 shadow-sm">
            <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
              <Badge tone="info">{isResponseStatus(response.status) ? responseStatusLabels[response.status] : response.status}</Badge>
              <span>
                {response.respondingBody} · <time dateTime={response.createdAt.toISOString()}>{formatDate(response.createdAt)}</time>
              </span>
            </p>
            <p className="mt-2 whitespace-pre-line">{response.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
