import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VotesChart } from "@/components/voting/votes-chart";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { getPublicPlanBySlug } from "@/db/queries/plans/get-plan";
import { getPlanResults } from "@/db/queries/voting/get-plan-results";
import { formatDateTime } from "@/lib/shared/dates";
import { outcomeRuleLabels } from "@/lib/outcome/rules";
import { ringFencesFromDetails } from "@/lib/measures/plan-measures";
import { formatPence, percentOf } from "@/lib/shared/money";
import { CheckTheCount } from "./check-the-count";
import { getPublishedBallots } from "./published-ballots";

export const metadata: Metadata = { title: "Results" };

export default async function ResultsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const db = await getDb();
  const plan = await getPublicPlanBySlug(db, slug);
  if (!plan) notFound();
  const results = await getPlanResults(db, plan.id);
  const crumbs = [
    { href: "/", label: "Home" },
    { href: `/plans/${plan.slug}`, label: plan.title },
  ];
  if (!results) {
    return (
      <>
        <PageHeader crumbs={crumbs} title={`Results: ${plan.title}`} />
        <EmptyState title="No results yet">The ballots are counted when voting closes.</EmptyState>
      </>
    );
  }
  const { outcome, projects, ballots } = results;
  const selected = projects.filter((p) => p.selected);
  const fences = ringFencesFromDetails(outcome.details);
  const byPoints = plan.ballotMethod === "cumulative";
  const published = await getPublishedBallots(db, plan);

  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={`Results: ${plan.title}`}
        lead={`${selected.length} projects selected, ${formatPence(outcome.spentPence)} of the ${formatPence(outcome.budgetPence)} budget (${percentOf(outcome.spentPence, outcome.budgetPence)}%).`}
        actions={
          <a href={`/plans/${plan.slug}/results/csv`} className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-600 bg-white px-4 py-2 font-semibold text-brand-800">
            Download the results (CSV)
          </a>
        }
      />
      <div className="mb-8 grid gap-4 md:grid-cols-2">
        <Card>
          <h2 className="text-lg font-bold">How the winners were chosen</h2>
          <p className="mt-1">{outcomeRuleLabels[outcome.rule]}{outcome.rule !== "greedy" ? `, ${byPoints ? "with each resident's points as their utilities" : outcome.utility === "cost" ? "with cost utilities" : "with approval utilities"}` : ""}.</p>
          {byPoints ? <p className="mt-1">This was a points ballot: each resident spread {plan.cumulativePoints ?? 0} points, and a project&apos;s count is the points it was given.</p> : null}
          <p className="mt-1">Ties are broken by {outcome.tieBreak}.</p>
          <p className="mt-1 text-sm text-muted">
            Counted {formatDateTime(outcome.computedAt)} from {outcome.voterCount} ballots: {ballots.online ?? 0} online, {ballots.paper ?? 0} on paper
            {ballots.imported ? `, ${ballots.imported} imported` : ""}. Inputs fingerprint <span className="break-all font-mono">{outcome.inputsFingerprint.slice(0, 16)}</span>.
          </p>
        </Card>
        {fences.length ? (
          <Card>
            <h2 className="text-lg font-bold">Ring-fences</h2>
            <ul className="mt-1 grid gap-1">
              {fences.map((fence) => (
                <li key={fence.label}>
                  <span className="font-semibold">{fence.label}</span>: {formatPence(fence.spentPence)} of {formatPence(fence.budgetPence)} reserved was spent{" "}
                  <Badge tone={fence.status === "met" ? "success" : "warning"}>{fence.status}</Badge>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
        {published ? <CheckTheCount planSlug={plan.slug} file={published} /> : null}
      </div>
      <VotesChart unit={byPoints ? "Points" : "Votes"} rows={projects.map((p) => ({ id: p.proposalId, title: p.title, votes: p.votes + p.paperVotes, costPence: p.costPence, selected: p.selected }))} />
      <section aria-labelledby="explanations" className="mt-8">
        <h2 id="explanations" className="mb-3 text-xl font-bold">
          Every project, and why
        </h2>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Every project and why (scrolls sideways)">
          <table className="w-full min-w-[36rem] border-collapse bg-white text-sm">
            <caption className="sr-only">{byPoints ? "Points" : "Votes"}, cost, result and reason for each project</caption>
            <thead>
              <tr className="border-b-2 border-stone-400 text-left">
                <th scope="col" className="p-2">Project</th>
                <th scope="col" className="p-2 text-right">{byPoints ? "Points" : "Votes"}</th>
                <th scope="col" className="p-2 text-right">Cost</th>
                <th scope="col" className="p-2">Result</th>
                <th scope="col" className="p-2">Why</th>
              </tr>
            </thead>
            <tbody>
              {projects.map((p) => (
                <tr key={p.proposalId} className="border-b border-stone-200 align-top">
                  <th scope="row" className="p-2 text-left font-normal">
                    <Link href={`/proposals/${p.proposalId}`} className="text-brand-700 underline">
                      {p.title}
                    </Link>
                    <span className="block text-muted">{p.areaName}</span>
                  </th>
                  <td className="p-2 text-right">
                    {p.votes + p.paperVotes}
                    {p.paperVotes ? <span className="block text-muted">incl. {p.paperVotes} paper</span> : null}
                  </td>
                  <td className="p-2 text-right">{formatPence(p.costPence)}</td>
                  <td className="p-2">{p.selected ? <Badge tone="success">Selected</Badge> : <Badge>Not selected</Badge>}</td>
                  <td className="p-2">{p.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
