import {
  assessmentPriorities,
  assessments,
  assessmentScores,
  deliveryIndicators,
  deliveryUpdates,
  interestDeclarations,
  officialResponses,
  planSignatures,
  planVersions,
} from "../schema";
import type { Inserter } from "./bulk";
import { addHours, at, between } from "./clock";
import type { DeliveryUpdateSeed, IndicatorKind, ResponseSeed, ShortlistSeed } from "./content/types";
import type { Directory } from "./demo-directory";
import type { DemoPlan } from "./demo-plans";
import type { DemoProposal } from "./demo-proposals";
import type { StoredOutcome } from "./demo-voting";
import { createRandom, stableId } from "./random";

export interface ReviewInput {
  plan: DemoPlan;
  proposals: DemoProposal[];
  shortlist: ShortlistSeed[];
  outcome: StoredOutcome;
  responses: Record<string, ResponseSeed[]>;
  deliveryUpdates: Record<string, DeliveryUpdateSeed[]>;
  reviewers: { key: string; declares?: { proposal: string; reason: string } }[];
  shortlistedBy: string;
  publishedBy: string;
  signatories: { org: string; by: string; statement: string }[];
}

const COUNCIL = "Northbridge City Council";

function keyed(proposals: DemoProposal[]) {
  const byKey = new Map(proposals.map((proposal) => [proposal.key, proposal]));
  return (key: string) => {
    const found = byKey.get(key);
    if (!found) throw new Error(`Review content names unknown proposal ${key}`);
    return found;
  };
}

/** A finished plan's review trail: assessments, responses, the published plan and delivery. */
export async function seedReview(insert: Inserter, directory: Directory, input: ReviewInput): Promise<void> {
  const random = createRandom(`demo:review:${input.plan.seed.key}`);
  const proposal = keyed(input.proposals);
  const review = input.plan.phase("review");

  const assessmentRows: (typeof assessments.$inferInsert & { id: string; proposal: DemoProposal })[] = [];
  for (const entry of input.shortlist) {
    for (const reviewer of input.reviewers) {
      if (reviewer.declares?.proposal === entry.proposal) continue;
      const createdAt = between(review.starts, addHours(review.ends, -72), random.next());
      assessmentRows.push({
        id: stableId("assessment", `${entry.proposal}:${reviewer.key}`),
        proposalId: proposal(entry.proposal).id,
        reviewerId: directory.person(reviewer.key).id,
        notes: reviewer === input.reviewers[0] ? entry.assessmentNote : "",
        createdAt,
        updatedAt: createdAt,
        proposal: proposal(entry.proposal),
      });
    }
  }
  await insert(assessments, assessmentRows.map(({ proposal: _proposal, ...row }) => row));
  await insert(
    assessmentScores,
    assessmentRows.flatMap(({ id, proposal: assessed }) =>
      input.plan.criterionIds.map((criterionId, position) => ({ assessmentId: id, criterionId, score: score(random.next(), position, assessed) })),
    ),
  );
  await insert(
    assessmentPriorities,
    assessmentRows.flatMap(({ id }) =>
      random.sample(input.plan.priorityIds, random.int(1, 2)).map((priorityId) => ({ assessmentId: id, priorityId })),
    ),
  );
  await insert(
    interestDeclarations,
    input.reviewers.flatMap((reviewer) =>
      reviewer.declares
        ? [{ proposalId: proposal(reviewer.declares.proposal).id, reviewerId: directory.person(reviewer.key).id, reason: reviewer.declares.reason, createdAt: review.starts }]
        : [],
    ),
  );

  const shortlistedAt = addHours(review.ends, -150);
  await insert(officialResponses, [
    ...input.shortlist.map((entry) => ({
      id: stableId("response", `${entry.proposal}:shortlisted`),
      proposalId: proposal(entry.proposal).id,
      status: "shortlisted" as const,
      body: entry.reason,
      respondingBody: COUNCIL,
      respondedBy: directory.person(input.shortlistedBy).id,
      createdAt: shortlistedAt,
    })),
    ...responseRows(directory, proposal, input.responses),
  ]);

  const adopted = input.outcome.projects.filter((project) => {
    const status = input.proposals.find((candidate) => candidate.id === project.id)?.seed.status;
    return project.selected && status !== "selected";
  });
  const adoption = input.plan.phase("adopted").starts;
  const versionId = stableId("plan-version", `${input.plan.seed.key}:1`);
  await insert(planVersions, [
    {
      id: versionId,
      planId: input.plan.id,
      version: 1,
      title: input.plan.seed.title,
      summary: `${adopted.length} projects chosen by residents, worth £${(adopted.reduce((sum, project) => sum + project.costPence, 0) / 100).toLocaleString("en-GB")}.`,
      content: {
        introduction:
          "This is the people's plan for Northbridge for 2026/27: the projects residents chose in February, with the partners and contributions that will deliver them. One further project (Holme Mill makers' workspace) was selected and will be added once its lease is agreed.",
        budgetPence: input.plan.budgetPence,
        spentPence: input.outcome.spentPence,
        projects: adopted.map((project) => {
          const adoptedProposal = input.proposals.find((candidate) => candidate.id === project.id);
          return {
            proposalId: project.id,
            title: adoptedProposal?.seed.title ?? "",
            area: adoptedProposal?.area.name ?? "",
            costPence: project.costPence,
            votes: project.votes + project.paperVotes,
            stage: project.stage,
          };
        }),
      },
      publishedBy: directory.person(input.publishedBy).id,
      publishedAt: adoption,
    },
  ]);
  await insert(
    planSignatures,
    input.signatories.map((signatory, index) => {
      const organisation = directory.organisation(signatory.org);
      if (!organisation.memberKeys.has(signatory.by)) throw new Error(`${signatory.by} cannot sign for ${signatory.org}`);
      return {
        planVersionId: versionId,
        organisationId: organisation.id,
        signedBy: directory.person(signatory.by).id,
        statement: signatory.statement,
        signedAt: addHours(adoption, 2 + index * 5),
      };
    }),
  );

  const updates = Object.entries(input.deliveryUpdates).flatMap(([key, list]) =>
    list.map((update, index) => ({ key, index, update, id: stableId("delivery-update", `${key}:${index}`) })),
  );
  await insert(
    deliveryUpdates,
    updates.map(({ key, update, id }) => ({
      id,
      proposalId: proposal(key).id,
      authorId: directory.person(update.by).id,
      body: update.body,
      milestone: update.milestone,
      happenedOn: at(update.date),
      createdAt: addHours(at(update.date), 8),
    })),
  );
  await insert(
    deliveryIndicators,
    updates.flatMap(({ update, id }) =>
      Object.entries(update.indicators ?? {}).map(([kind, value]) => ({ updateId: id, kind: kind as IndicatorKind, value: value ?? 0 })),
    ),
  );
}

export function responseRows(
  directory: Directory,
  proposal: (key: string) => DemoProposal,
  responses: Record<string, ResponseSeed[]>,
) {
  return Object.entries(responses).flatMap(([key, list]) =>
    list.map((response, index) => ({
      id: stableId("response", `${key}:${index}`),
      proposalId: proposal(key).id,
      status: response.status,
      body: response.body,
      respondingBody: response.respondingBody,
      respondedBy: directory.person(response.by).id,
      createdAt: at(response.date),
    })),
  );
}

/** Scores 1–5, with "impact on deprived areas" (criterion 2) following the neighbourhood's decile. */
function score(draw: number, position: number, proposal: DemoProposal): number {
  if (position === 2) return Math.max(1, Math.min(5, 6 - Math.ceil(proposal.area.imdDecile / 2) + (draw < 0.3 ? -1 : 0)));
  return 2 + Math.floor(draw * 4);
}

export { keyed as proposalsByKey };
