import { getDb } from "@/db";
import { getPublishedReasoning } from "@/db/queries/review/assessments";
import { formatDate } from "@/lib/shared/dates";
import { CombinedScoresTable } from "./combined-scores";

/** The reviewers' reasoning on a proposal, shown only after the plan has published it; no reviewer is named. */
export async function PublishedReasoning({ proposalId, planId, className }: { proposalId: string; planId: string; className?: string }) {
  const reasoning = await getPublishedReasoning(await getDb(), proposalId, planId);
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
