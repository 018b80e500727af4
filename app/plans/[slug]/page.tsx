import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProposalList } from "@/components/proposals/proposal-card";
import { Badge, Card, EmptyState, PageHeader, Pagination } from "@/components/ui";
import { getDb } from "@/db";
import { getPublicPlanBySlug } from "@/db/queries/plans";
import { listPlanProposals } from "@/db/queries/proposals";
import { formatDate } from "@/lib/dates";
import { ballotMethodLabels, outcomeRuleLabels, phaseInvitations, phaseLabels } from "@/lib/labels";
import { formatPence } from "@/lib/money";
import { describePage, parsePage } from "@/lib/pagination";

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
  const plan = await getPublicPlanBySlug(db, slug);
  if (!plan) notFound();
  const page = parsePage(query.page);
  const { rows, total } = await listPlanProposals(db, plan.id, page);
  const info = describePage(page, total);

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

      <section aria-labelledby="proposals-heading">
        <h2 id="proposals-heading" className="mb-4 text-2xl font-bold">
          Proposals <span className="text-base font-normal text-muted">({total})</span>
        </h2>
        {rows.length === 0 ? (
          <EmptyState title={page.page > 1 ? "There are no proposals on this page" : "No proposals yet"}>
            {plan.phase === "ideas" ? "Be the first to propose an idea for this plan." : null}
          </EmptyState>
        ) : (
          <ProposalList proposals={rows} />
        )}
        <Pagination info={info} label="Proposal pages" hrefFor={(n) => `/plans/${plan.slug}?page=${n}`} />
      </section>
    </>
  );
}
