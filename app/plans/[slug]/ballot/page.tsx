import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BallotForm } from "@/components/voting/ballot-form";
import { PointsBallotForm } from "@/components/voting/points-ballot-form";
import { Card, FlashMessage, LinkButton, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { getAreaRegionId } from "@/db/queries/geography/get-area-region";
import { getPublicPlanBySlug } from "@/db/queries/plans/get-plan";
import { getOwnBallot } from "@/db/queries/voting/get-own-ballot";
import { listBallotProjects } from "@/db/queries/voting/list-ballot-projects";
import { formatDateTime } from "@/lib/shared/dates";
import { checkEligibility } from "@/lib/voting/eligibility";
import { isVotingOpen, votingClosedMessage, votingClosesMessage } from "@/lib/voting/voting-window";
import { formatPence } from "@/lib/shared/money";
import { getActor } from "../../../_server/session";
import { castBallotAction } from "./actions";

export const metadata: Metadata = { title: "Vote" };

export default async function BallotPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const db = await getDb();
  const plan = await getPublicPlanBySlug(db, slug);
  if (!plan) notFound();
  const crumbs = [
    { href: "/", label: "Home" },
    { href: `/plans/${plan.slug}`, label: plan.title },
  ];
  const votingEnds = plan.phases.find((p) => p.phase === "voting")?.endsAt ?? null;
  const now = new Date();
  if (!isVotingOpen({ phase: plan.phase, votingEndsAt: votingEnds }, now)) {
    const closed = plan.phase !== "draft" && plan.phase !== "ideas" && plan.phase !== "review";
    return (
      <>
        <PageHeader crumbs={crumbs} title={`Vote: ${plan.title}`} />
        <FlashMessage tone="info" title={closed ? (votingEnds && votingEnds <= now ? votingClosedMessage(votingEnds) : "Voting has closed.") : "Voting is not open yet."}>
          {plan.phase === "results" || plan.phase === "adopted" || plan.phase === "delivery" ? (
            <Link href={`/plans/${plan.slug}/results`} className="underline">
              See the results and why each project was or was not chosen
            </Link>
          ) : null}
        </FlashMessage>
      </>
    );
  }
  const actor = await getActor();
  if (!actor) {
    return (
      <>
        <PageHeader crumbs={crumbs} title={`Vote: ${plan.title}`} lead="Sign in to vote. One person, one ballot: you can change it until voting closes." />
        <LinkButton href={`/sign-in?next=/plans/${plan.slug}/ballot`}>Sign in to vote</LinkButton>
      </>
    );
  }
  const homeAreaRegionId = actor.homeAreaId ? await getAreaRegionId(db, actor.homeAreaId) : null;
  const eligibility = checkEligibility({ homeAreaRegionId, homeAreaVerified: actor.homeAreaVerified, suspended: actor.suspended }, { regionId: plan.region.id, requiresVerifiedVoters: plan.requiresVerifiedVoters });
  const [projects, ballot] = await Promise.all([listBallotProjects(db, plan.id), getOwnBallot(db, plan.id, actor.id)]);

  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={`Vote: ${plan.title}`}
        lead={`${plan.ballotMethod === "cumulative" ? `Spread your ${plan.cumulativePoints ?? 0} points across the projects you want: more points for what matters most to you.` : plan.ballotMethod === "knapsack" ? `Choose projects whose total cost fits the ${formatPence(plan.budgetPence)} budget.` : `Choose up to ${plan.approvalLimit ?? "any number of"} projects you want in the plan.`}${votingEnds ? ` ${votingClosesMessage(votingEnds)}` : ""}`}
      />
      {ballot ? (
        <Card className="mb-6 border-2 border-brand-600">
          <h2 className="text-lg font-bold">Your ballot is counted</h2>
          <p className="mt-1">
            Reference <span className="font-mono font-bold">{ballot.reference}</span>, last changed {formatDateTime(ballot.updatedAt)}.
          </p>
          <p className="mt-1">
            Your choices: {ballot.choices.length ? ballot.choices.map((c) => (plan.ballotMethod === "cumulative" ? `${c.title} (${c.points} ${c.points === 1 ? "point" : "points"})` : c.title)).join("; ") : "none (an empty ballot still counts)"}.
          </p>
          <p className="mt-1 text-sm text-muted">You can change it below until voting closes; only your latest ballot counts.</p>
        </Card>
      ) : null}
      {eligibility.eligible && plan.ballotMethod === "cumulative" ? (
        <PointsBallotForm
          planId={plan.id}
          allowance={plan.cumulativePoints ?? 0}
          projects={projects}
          initialPoints={Object.fromEntries(ballot?.choices.map((c) => [c.id, c.points]) ?? [])}
          action={castBallotAction}
        />
      ) : eligibility.eligible ? (
        <BallotForm
          planId={plan.id}
          method={plan.ballotMethod}
          budgetPence={plan.budgetPence}
          approvalLimit={plan.approvalLimit}
          projects={projects}
          initialChosen={ballot?.choices.map((c) => c.id) ?? []}
          action={castBallotAction}
        />
      ) : (
        <FlashMessage tone="error" title={eligibility.message}>
          {eligibility.reason === "no_home_area" ? (
            <Link href="/profile" className="underline">
              Set your home neighbourhood
            </Link>
          ) : null}
        </FlashMessage>
      )}
    </>
  );
}
