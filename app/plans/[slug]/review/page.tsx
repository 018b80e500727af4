import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ProposalComparison } from "@/components/review/proposal-comparison";
import { ReviewControls } from "@/components/review/review-controls";
import { ReviewTable } from "@/components/review/review-table";
import { Button, EmptyState, FlashMessage, LinkButton, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { listRegionAreas } from "@/db/queries/geography/list-areas";
import { getPlanBySlug } from "@/db/queries/plans/get-plan";
import { listPlanCriteria } from "@/db/queries/review/list-assessment-criteria";
import { listProposalsForReview, reviewSorts, type ReviewSort } from "@/db/queries/review/list-proposals-for-review";
import { listPlanThemes } from "@/db/queries/plans/list-plan-themes";
import { isId } from "@/lib/shared/ids";
import { phaseLabels } from "@/lib/plans/phases";
import { can } from "@/lib/policy";
import { parseProposalFilters } from "@/lib/proposals/proposal-filters";
import { getActor } from "../../../_server/session";
import { InlineActionForm } from "@/components/admin/inline-action-form";
import { publishReasoningAction } from "./actions";

export const metadata: Metadata = { title: "Review proposals" };

const sortLabels: Record<ReviewSort, string> = {
  score: "Combined reviewer score",
  supports: "Number of supporters",
  votes: "Votes on the ballot",
  leverage: "Pledged value against cost (leverage)",
  deprived: "Share of supporters in the most deprived neighbourhoods (deciles 1–2)",
};

const COMPARE_MIN = 2;
const COMPARE_MAX = 4;

const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

function parseSort(value: string | string[] | undefined): ReviewSort {
  const first = list(value)[0] ?? "";
  return (reviewSorts as readonly string[]).includes(first) ? (first as ReviewSort) : "score";
}

export default async function ReviewPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=/plans/${slug}/review`);
  if (!can(actor, "assessment.view")) notFound();
  const db = await getDb();
  const plan = await getPlanBySlug(db, slug);
  if (!plan) notFound();
  const query = await searchParams;
  const sort = parseSort(query.sort);
  // The plan page's filters, read the same lenient way; its own sort is replaced by the ranking signal.
  const filters = parseProposalFilters({ ...query, sort: undefined });
  const compare = [...new Set(list(query.compare).filter(isId))];
  const [rows, criteria, themes, areas] = await Promise.all([
    listProposalsForReview(db, plan.id, sort, filters),
    listPlanCriteria(db, plan.id),
    listPlanThemes(db, plan.id, plan.regionId),
    listRegionAreas(db, plan.regionId, plan.id),
  ]);
  const compared = compare.map((id) => rows.find((row) => row.id === id)).filter((row) => row !== undefined);
  const compareProblem = compare.length === 0 ? null : compared.length < COMPARE_MIN || compared.length > COMPARE_MAX ? `Choose ${COMPARE_MIN} to ${COMPARE_MAX} proposals in the list to compare them side by side.` : null;
  const here = `/plans/${plan.slug}/review`;

  return (
    <>
      <PageHeader
        crumbs={[{ href: `/plans/${plan.slug}`, label: plan.title }]}
        title={`Review ${plan.title}`}
        lead={`${phaseLabels[plan.phase]} phase. ${plan.assessmentsPublishedAt ? "The reviewers' reasoning is public on each proposal." : "Scores are private to staff until the plan publishes its reasoning."}`}
        actions={
          can(actor, "response.publish") ? (
            <LinkButton href={`/plans/${plan.slug}/responses`} variant="secondary">
              Proposals waiting for a response
            </LinkButton>
          ) : null
        }
      />
      {!plan.assessmentsPublishedAt && can(actor, "plan.adopt", { planPhase: plan.phase }) ? (
        <InlineActionForm action={publishReasoningAction} hidden={{ planId: plan.id }} label="Publish the reviewers' reasoning" />
      ) : null}
      {compareProblem ? <FlashMessage tone="info" title={compareProblem} /> : compared.length ? <ProposalComparison rows={compared} criteria={criteria} /> : null}
      <form method="get" action={here} aria-label="Rank, filter and compare proposals">
        <ReviewControls filters={filters} sort={sort} sortOptions={reviewSorts.map((value) => ({ value, label: sortLabels[value] }))} themes={themes} areas={areas} clearHref={here} />
        <h2 className="mb-2 text-xl font-bold">
          Proposals <span className="text-base font-normal text-muted">({rows.length}, ranked by {sortLabels[sort].toLowerCase()})</span>
        </h2>
        {rows.length === 0 ? (
          <EmptyState title="No proposals to review">Published ideas that match the filters appear here.</EmptyState>
        ) : (
          <>
            <ReviewTable rows={rows} sortLabel={sortLabels[sort].toLowerCase()} compared={compare} />
            <div className="mt-4">
              <Button type="submit" variant="secondary">
                Compare the ticked proposals
              </Button>
            </div>
          </>
        )}
      </form>
    </>
  );
}
