import type { getPublishedReasoning } from "@/db/queries/review/publish-assessments";
import { formatDate } from "@/lib/shared/dates";
import { CombinedScoresTable } from "./combined-scores";

type Reasoning = Awaited<ReturnType<typeof getPublishedReasoning>>;

/** The reviewers' reasoning on a proposal, shown only after the plan has published it (null before); no reviewer is named. */
export function PublishedReasoning({ reasoning, className }: { reasoning: Reasoning; className?: string }) {
  if (!reasoning) return null;
  return (
    <section aria-labelledby="reasoning-heading" className={className}>
      <h2 id="reasoning-heading" className="mb-2 text-xl font-bold">
        How the reviewers assessed it
      </h2>
      <p className="mb-3 text-sm text-muted">Published {formatDate(reasoning.publishedAt)}. Scores are out of 5, combined across reviewers.</p>
      <CombinedScoresTable combined={reasoning.combined} />
      {reasoning.notes.length ? (
        <ul className="mt-3 grid gap-2">
          {reasoning.notes.map((note, index) => (
            <li key={index} className="rounded-md border-l-4 border-stone-300 bg-white p-3">
              <span className="sr-only">Reviewer note: </span>
              {note}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
