import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { randomBytes } from "node:crypto";
import Link from "next/link";
import { PlanDelivery } from "@/components/delivery/plan-delivery";
import { AreaMap } from "@/components/maps/area-map";
import { ProposalList } from "@/components/proposals/proposal-card";
import { ProposalFiltersForm } from "@/components/proposals/proposal-filters-form";
import { Badge, Card, EmptyState, LinkButton, PageHeader, Pagination } from "@/components/ui";
import { getDb } from "@/db";
import { getDeliveryProgress } from "@/db/queries/delivery/get-delivery-progress";
import { listRegionAreas } from "@/db/queries/geography/list-areas";
import { getPublicPlanBySlug } from "@/db/queries/plans/get-plan";
import { listPlanThemes } from "@/db/queries/plans/list-plan-themes";
import { searchPlanProposals } from "@/db/queries/proposals/search-proposals";
import type { Geometry } from "@/lib/geography/project";
import { formatDate } from "@/lib/shared/dates";
import { outcomeRuleLabels } from "@/lib/outcome/rules";
import { phaseInvitations, phaseLabels } from "@/lib/plans/phases";
import { ballotMethodLabels } from "@/lib/voting/ballot-methods";
import { formatPence } from "@/lib/shared/money";
import { describePage, parsePage } from "@/lib/shared/pagination";
import { can } from "@/lib/policy";
import { filtersToQuery, hasActiveFilters, parseProposalFilters } from "@/lib/proposals/proposal-filters";
import { getActor } from "../../_server/session";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const plan = await getPublicPlanBySlug(await getDb(), slug);
  return { title: plan?.title ?? "Plan not found" };
}

export default async function PlanPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const db = await getDb();
  const [plan, actor] = await Promise.all([getPublicPlanBySlug(db, slug), getActor()]);
  if (!plan) notFound();
  const page = parsePage(query.page);
  const parsed = parseProposalFilters(query);
  // A random order gets its seed once, then every page link carries it, so the order holds while paging.
  const filters = parsed.sort === "random" && !parsed.seed ? { ...parsed, seed: randomBytes(4).toString("hex") } : parsed;
  // Delivery is reported only once the plan is adopted; before that there is nothing to load.
  const deliveryPage = parsePage(typeof query.deliveryPage === "string" ? query.deliveryPage : undefined, 10);
  const [{ rows, total }, themes, areas, delivery] = await Promise.all([
    searchPlanProposals(db, plan.id, filters, page),
    listPlanThemes(db, plan.id, plan.region.id),
    listRegionAreas(db, plan.region.id, plan.id),
    plan.phase === "adopted" || plan.phase === "delivery" ? getDeliveryProgress(db, { planId: plan.id }, deliveryPage) : null,
  ]);
  const info = describePage(page, total);
  const here = `/plans/${plan.slug}`;

  return (
    <>
      <PageHeader
        crumbs={[{ href: "/", label: "Home" }]}
        title={plan.title}
        meta={
          <>
            <Badge tone="success">{phaseLabels[plan.phase]} phase</Badge>
            <Badge>{plan.region.name}</Badge>
            {plan.periodLabel ? <Badge>{plan.periodLabel}</Badge> : null}
          </>
        }
        lead={plan.summary}
        actions={
          <>
            {plan.phase === "ideas" ? <LinkButton href={`/plans/${plan.slug}/propose`}>Propose an idea</LinkButton> : null}
            {plan.phase === "voting" ? <LinkButton href={`/plans/${plan.slug}/ballot`}>Vote now</LinkButton> : null}
            {plan.phase === "results" || plan.phase === "adopted" || plan.phase === "delivery" ? (
              <LinkButton href={`/plans/${plan.slug}/results`} variant="secondary">
                See the results
              </LinkButton>
            ) : null}
            {plan.phase === "adopted" || plan.phase === "delivery" ? <LinkButton href={`/plans/${plan.slug}/people-plan`}>Read the people&apos;s plan</LinkButton> : null}
            {actor && can(actor, "plan.adopt", { planPhase: plan.phase }) ? (
              <LinkButton href={`/plans/${plan.slug}/adopt`} variant="secondary">
                Adopt and publish the plan
              </LinkButton>
            ) : null}
            {plan.phase !== "draft" ? (
              <LinkButton href={`/plans/${plan.slug}/measures`} variant="secondary">
                Who takes part: measures
              </LinkButton>
            ) : null}
            {actor && can(actor, "assessment.view") ? (
              <LinkButton href={`/plans/${plan.slug}/review`} variant="secondary">
                Review proposals
              </LinkButton>
            ) : null}
            {actor && can(actor, "plan.changePhase") ? (
              <LinkButton href={`/plans/${plan.slug}/manage`} variant="secondary">
                Run this plan
              </LinkButton>
            ) : null}
          </>
        }
      />

      <div className="mb-8 grid gap-4 md:grid-cols-3">
        <Card className="md:col-span-2">
          <h2 className="text-lg font-semibold">What you can do now</h2>
          <p className="mt-1">{phaseInvitations[plan.phase]}</p>
          {plan.phases.length > 0 ? (
            <>
              <h3 className="mt-4 font-semibold">Timetable</h3>
              <ol className="mt-1 grid gap-1 text-sm">
                {plan.phases.map((phase) => (
                  <li key={phase.phase} className={phase.phase === plan.phase ? "font-semibold" : undefined}>
                    {phaseLabels[phase.phase]}: {formatDate(phase.startsAt)}
                    {phase.endsAt ? ` to ${formatDate(phase.endsAt)}` : " onwards"}
                    {phase.phase === plan.phase ? " (now)" : null}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">The rules</h2>
          <dl className="mt-1 grid gap-2 text-sm">
            <div>
              <dt className="text-muted">Budget</dt>
              <dd className="text-xl font-bold">{formatPence(plan.budgetPence)}</dd>
            </div>
            <div>
              <dt className="text-muted">Ballot</dt>
              <dd>
                {ballotMethodLabels[plan.ballotMethod]}
                {plan.ballotMethod === "approval" && plan.approvalLimit ? ` (up to ${plan.approvalLimit})` : null}
              </dd>
            </div>
            <div>
              <dt className="text-muted">How winners are chosen</dt>
              <dd>{outcomeRuleLabels[plan.outcomeRule]}</dd>
            </div>
          </dl>
        </Card>
      </div>

      {delivery ? (
        <PlanDelivery progress={delivery} pageInfo={describePage(deliveryPage, delivery.total)} hrefFor={(p) => `/plans/${plan.slug}?deliveryPage=${p}#delivery`} />
      ) : null}
      <section aria-labelledby="proposals-heading">
        <h2 id="proposals-heading" className="mb-4 text-2xl font-bold">
          Proposals <span className="text-base font-normal text-muted">({total}{hasActiveFilters(filters) ? " matching" : ""})</span>
        </h2>
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="lg:col-span-2">
            <ProposalFiltersForm action={here} filters={filters} themes={themes} areas={areas} />
            {rows.length === 0 ? (
              <EmptyState title={hasActiveFilters(filters) ? "No proposals match" : page.page > 1 ? "There are no proposals on this page" : "No proposals yet"}>
                {hasActiveFilters(filters) ? (
                  <Link href={here} className="text-brand-700 underline">
                    Clear the filters
                  </Link>
                ) : plan.phase === "ideas" ? (
                  "Be the first to propose an idea for this plan."
                ) : null}
              </EmptyState>
            ) : (
              <ProposalList proposals={rows} />
            )}
            <Pagination info={info} label="Proposal pages" hrefFor={(n) => `${here}${filtersToQuery(filters, n)}`} />
          </div>
          <div>
            <AreaMap
              title={`Proposals in this plan by neighbourhood`}
              areas={areas.map((a) => ({ id: a.id, name: a.name, boundary: a.boundary as Geometry | null, value: a.proposalCount }))}
              valueLabel={(n) => `${n} ${n === 1 ? "proposal" : "proposals"}`}
              hrefFor={(id) => `${here}${filtersToQuery({ ...filters, area: id, seed: filters.seed })}`}
              highlightId={filters.area ?? undefined}
            />
          </div>
        </div>
      </section>
    </>
  );
}
