import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { InlineActionForm } from "@/components/admin/inline-action-form";
import { CombinedScoresTable } from "@/components/review/combined-scores";
import { ScoreSheetForm } from "@/components/review/score-sheet-form";
import { Badge, Card, FlashMessage, LinkButton, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { getCombinedAssessment } from "@/db/queries/review/get-combined-assessment";
import { getProposalForAssessment } from "@/db/queries/review/get-proposal-for-assessment";
import { scoringConflict } from "@/lib/review/assessments";
import { formatDate } from "@/lib/shared/dates";
import { isId } from "@/lib/shared/ids";
import { proposalStatusLabels, proposalStatusTones, publicProposalStatuses } from "@/lib/proposals/statuses";
import { can } from "@/lib/policy";
import { getActor } from "../../../_server/session";
import { declareInterestAction, saveAssessmentAction } from "./actions";

export const metadata: Metadata = { title: "Assess a proposal" };

export default async function AssessProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=/proposals/${id}/assess`);
  // Assessments are private to staff: anyone else gets the same page as for a missing proposal.
  if (!can(actor, "assessment.view") || !isId(id)) notFound();
  const db = await getDb();
  const proposal = await getProposalForAssessment(db, id);
  if (!proposal || !(publicProposalStatuses as readonly string[]).includes(proposal.status)) notFound();
  const view = await getCombinedAssessment(db, proposal.id, proposal.planId);
  const mine = view.sheets.find((s) => s.reviewerId === actor.id);
  const declared = view.declarations.some((d) => d.reviewerId === actor.id);
  const isReviewer = can(actor, "assessment.score");
  const conflict = scoringConflict({ memberships: actor.memberships, proposalOrganisationId: proposal.organisationId, interestDeclared: declared });

  return (
    <>
      <PageHeader
        crumbs={[
          { href: `/plans/${proposal.planSlug}`, label: proposal.planTitle },
          { href: `/plans/${proposal.planSlug}/review`, label: "Review" },
          { href: `/proposals/${proposal.id}`, label: proposal.title },
        ]}
        title={`Assess “${proposal.title}”`}
        lead="Scores and notes are private to staff until the plan publishes its reasoning."
        meta={<Badge tone={proposalStatusTones[proposal.status]}>{proposalStatusLabels[proposal.status]}</Badge>}
        actions={
          can(actor, "response.publish") ? (
            <LinkButton href={`/proposals/${proposal.id}/respond`} variant="secondary">
              Publish an official response
            </LinkButton>
          ) : null
        }
      />

      <section aria-labelledby="your-assessment" className="mb-8">
        <h2 id="your-assessment" className="mb-3 text-xl font-bold">
          Your assessment
        </h2>
        {!isReviewer ? (
          <p className="text-muted">Only LEP reviewers score proposals. You can see every reviewer&rsquo;s scores below.</p>
        ) : conflict === "declared" ? (
          <FlashMessage tone="info" title="You have declared an interest in this proposal, so you cannot score it." />
        ) : view.criteria.length === 0 ? (
          <p className="text-muted">This plan has no assessment criteria yet. A moderator adds them in the plan settings.</p>
        ) : conflict === "undeclared_membership" ? (
          <FlashMessage tone="info" title={`You belong to ${proposal.organisationName ?? "the organisation"} behind this proposal. Declare your interest below; you cannot score it.`} />
        ) : (
          <Card>
            {mine ? <p className="mb-4 text-sm text-muted">You last saved this on {formatDate(mine.updatedAt)}. Saving again replaces it.</p> : null}
            <ScoreSheetForm action={saveAssessmentAction} proposalId={proposal.id} criteria={view.criteria} priorities={view.priorities} initial={{ notes: mine?.notes ?? "", scores: mine?.scores ?? {}, priorityIds: mine?.priorityIds ?? [] }} />
          </Card>
        )}
        {isReviewer && !declared ? (
          <Card className="mt-4">
            <h3 className="font-bold">Declare an interest</h3>
            <p className="mt-1 text-sm text-muted">If you or an organisation you belong to is connected to this proposal, declare it. You will not be able to score it, and any scores you gave are withdrawn.</p>
            <InlineActionForm action={declareInterestAction} hidden={{ proposalId: proposal.id }} label="Declare an interest" reason={{ id: "interest-reason", label: "Your interest", hint: "For example “I am a trustee of the proposing charity”." }} />
          </Card>
        ) : null}
      </section>

      <section aria-labelledby="combined" className="mb-8">
        <h2 id="combined" className="mb-3 text-xl font-bold">
          Combined scores
        </h2>
        {view.sheets.length ? <CombinedScoresTable combined={view.combined} /> : <p className="text-muted">No reviewer has scored this proposal yet.</p>}
        {view.priorities.some((p) => p.count > 0) ? (
          <>
            <h3 className="mt-4 mb-2 font-bold">Strategic priorities tagged</h3>
            <ul className="flex flex-wrap gap-2">
              {view.priorities
                .filter((p) => p.count > 0)
                .map((p) => (
                  <li key={p.id}>
                    <Badge>
                      {p.title}: {p.count} of {view.sheets.length}
                    </Badge>
                  </li>
                ))}
            </ul>
          </>
        ) : null}
      </section>

      {view.sheets.length ? (
        <section aria-labelledby="sheets" className="mb-8">
          <h2 id="sheets" className="mb-3 text-xl font-bold">
            Each reviewer&rsquo;s notes
          </h2>
          <ul className="grid gap-3">
            {view.sheets.map((sheet) => (
              <li key={sheet.id}>
                <Card>
                  <p className="font-semibold">
                    {sheet.reviewerName ?? "A reviewer"} <span className="text-sm font-normal text-muted">· {formatDate(sheet.updatedAt)}</span>
                  </p>
                  <p className="mt-1 text-sm">{view.criteria.map((c) => `${c.name}: ${sheet.scores[c.id] ?? "—"}`).join(" · ")}</p>
                  {sheet.notes ? <p className="mt-2 whitespace-pre-line">{sheet.notes}</p> : null}
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {view.declarations.length ? (
        <section aria-labelledby="interests" className="mb-8">
          <h2 id="interests" className="mb-3 text-xl font-bold">
            Declared interests
          </h2>
          <ul className="grid gap-2">
            {view.declarations.map((d) => (
              <li key={d.reviewerId}>
                <span className="font-semibold">{d.reviewerName ?? "A reviewer"}</span>: {d.reason} <span className="text-sm text-muted">({formatDate(d.createdAt)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p>
        <Link href={`/plans/${proposal.planSlug}/review`} className="text-brand-700 underline">
          Back to the review of {proposal.planTitle}
        </Link>
      </p>
    </>
  );
}
