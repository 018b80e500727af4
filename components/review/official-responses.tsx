import { Badge } from "@/components/ui";
import type { OfficialResponse } from "@/db/queries/review/list-official-responses";
import { isResponseStatus, responseStatusLabels } from "@/lib/review/assessments";
import { formatDate } from "@/lib/shared/dates";

/**
 * The public "you said, we did" record on a proposal page: each response with its status, date
 * and the body that gave it. Renders nothing until there is a response.
 */
export function OfficialResponses({ responses, headingLevel = 2, className = "mb-8" }: { responses: OfficialResponse[]; headingLevel?: 2 | 3; className?: string }) {
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
