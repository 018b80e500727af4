import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { InlineActionForm } from "@/components/admin/inline-action-form";
import { PaperBallotForm } from "@/components/voting/paper-ballot-form";
import { Badge, Card, LinkButton, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { getPlanManagement } from "@/db/queries/plans/get-shortlist-overview";
import { getPlanForAdmin } from "@/db/queries/plans/get-plan-settings";
import { listBallotProjects } from "@/db/queries/voting/list-ballot-projects";
import { phaseLabels } from "@/lib/plans/phases";
import { formatPence } from "@/lib/shared/money";
import { nextPhase } from "@/lib/plans/phases";
import { describePhaseSchedule } from "@/lib/plans/phase-schedule";
import { can } from "@/lib/policy";
import { getActor } from "../../../_server/session";
import { changePhaseAction, recountAction, setFinalCostAction, shortlistAction } from "./actions";
import { enterPaperBallotAction, enterPaperTallyAction } from "./paper-actions";

export const metadata: Metadata = { title: "Run this plan" };

const phaseButton: Partial<Record<string, string>> = { review: "Close ideas and start the review", voting: "Open voting with this shortlist", results: "Close voting and count the ballots", adopted: "Mark the plan adopted", delivery: "Start delivery" };

export default async function ManagePlanPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=/plans/${slug}/manage`);
  if (!can(actor, "plan.changePhase")) notFound();
  const db = await getDb();
  // Staff run draft plans too, which the public plan query leaves out.
  const plan = await getPlanForAdmin(db, slug);
  if (!plan) notFound();
  const [state, ballotProjects] = await Promise.all([getPlanManagement(db, plan.id, plan.supportThreshold), listBallotProjects(db, plan.id)]);
  const next = nextPhase(plan.phase);
  const schedule = describePhaseSchedule(plan, plan.phases);

  return (
    <>
      <PageHeader crumbs={[{ href: "/", label: "Home" }, { href: `/plans/${plan.slug}`, label: plan.title }]} title={`Run ${plan.title}`} meta={<Badge tone="success">{phaseLabels[plan.phase]} phase</Badge>} />
      <nav aria-label="Plan administration" className="mb-6 flex flex-wrap gap-3">
        <LinkButton href={`/plans/${plan.slug}/manage/settings`} variant="secondary">
          Plan settings and rules
        </LinkButton>
        <LinkButton href={`/plans/${plan.slug}/manage/areas`} variant="secondary">
          Import neighbourhoods
        </LinkButton>
        <LinkButton href={`/plans/${plan.slug}/manage/population`} variant="secondary">
          Import residents by group
        </LinkButton>
        <LinkButton href={`/plans/${plan.slug}/review`} variant="secondary">
          Review and compare proposals
        </LinkButton>
        <LinkButton href={`/plans/${plan.slug}/responses`} variant="secondary">
          Proposals waiting for a response
        </LinkButton>
      </nav>
      <Card className="mb-6">
        <h2 className="text-lg font-bold">Phase</h2>
        <p className="mt-1">
          Ballots so far: {state.ballots.online ?? 0} online, {state.ballots.paper ?? 0} on paper{state.ballots.imported ? `, ${state.ballots.imported} imported` : ""}.
          {plan.rulesFrozenAt ? " The counting rules are frozen because voting has opened." : null}
        </p>
        {schedule ? <p className="mt-1">{schedule}</p> : null}
        {next ? <InlineActionForm action={changePhaseAction} hidden={{ planId: plan.id, to: next }} label={phaseButton[next] ?? `Move to ${phaseLabels[next]}`} variant="primary" /> : null}
        {state.currentOutcome ? (
          <div className="mt-4">
            <p>
              Current count: {formatPence(state.currentOutcome.spentPence)} of {formatPence(state.currentOutcome.budgetPence)} allocated.{" "}
              <Link href={`/plans/${plan.slug}/results`} className="text-brand-700 underline">
                See the results
              </Link>
            </p>
            <InlineActionForm action={recountAction} hidden={{ planId: plan.id }} label="Count again to check the result" />
          </div>
        ) : null}
      </Card>

      {plan.phase === "ideas" || plan.phase === "review" ? (
        <section aria-labelledby="shortlist" className="mb-8">
          <h2 id="shortlist" className="mb-2 text-xl font-bold">
            Shortlist
          </h2>
          <p className="mb-3 text-muted">Ideas with {plan.supportThreshold} or more supporters go forward. You can add others with a recorded reason.</p>
          <ul className="grid gap-3">
            {[...state.overThreshold, ...state.belowThreshold].map((p) => (
              <li key={p.id}>
                <Card>
                  <p className="font-semibold">{p.title}</p>
                  <p className="text-sm text-muted">
                    {p.supportCount} supporters · asks {formatPence(p.estimatedCostPence)}
                  </p>
                  <InlineActionForm
                    action={shortlistAction}
                    hidden={{ proposalId: p.id }}
                    label={`Shortlist ${p.title}`}
                    reason={p.supportCount >= plan.supportThreshold ? undefined : { id: `reason-${p.id}`, label: "Reason for shortlisting below the threshold" }}
                  />
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {state.shortlist.length ? (
        <section aria-labelledby="ballot-list" className="mb-8">
          <h2 id="ballot-list" className="mb-2 text-xl font-bold">
            {plan.phase === "voting" ? "On the ballot" : "Shortlisted"}
          </h2>
          <ul className="grid gap-3">
            {state.shortlist.map((p) => (
              <li key={p.id}>
                <Card>
                  <p className="font-semibold">{p.title}</p>
                  <p className="text-sm text-muted">
                    Final cost {p.finalCostPence === null ? "not set (estimate " + formatPence(p.estimatedCostPence) + ")" : formatPence(p.finalCostPence)} · {p.shortlistReason}
                  </p>
                  {p.status === "shortlisted" && plan.phase === "review" ? (
                    <InlineActionForm action={setFinalCostAction} hidden={{ proposalId: p.id }} label={`Save final cost of ${p.title}`} reason={{ id: `cost-${p.id}`, name: "cost", label: "Final cost in pounds" }} />
                  ) : null}
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {plan.phase === "voting" ? (
        <section aria-labelledby="paper" className="mb-8">
          <h2 id="paper" className="mb-2 text-xl font-bold">
            Enter a paper ballot
          </h2>
          <PaperBallotForm action={enterPaperBallotAction} planId={plan.id} projects={ballotProjects} />
          {plan.ballotMethod === "approval" && plan.outcomeRule === "greedy" ? (
            <>
              <h3 className="mb-2 mt-6 text-lg font-bold">Or enter paper approvals counted per project</h3>
              <ul className="grid gap-3">
                {ballotProjects.map((p) => (
                  <li key={p.id}>
                    <Card>
                      <p className="font-semibold">{p.title}</p>
                      <InlineActionForm action={enterPaperTallyAction} hidden={{ planId: plan.id, proposalId: p.id }} label={`Save the paper count for ${p.title}`} reason={{ id: `tally-${p.id}`, name: "approvals", label: "Paper approvals counted" }} />
                    </Card>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
