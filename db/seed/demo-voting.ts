import { createHash } from "node:crypto";
import { computeOutcome } from "../../lib/outcome";
import { ballotChoices, ballots, outcomeProjects, outcomes } from "../schema";
import type { Inserter } from "./bulk";
import { addHours, between, latest } from "./clock";
import type { ShortlistSeed } from "./content/types";
import type { Directory } from "./demo-directory";
import type { DemoPlan } from "./demo-plans";
import type { DemoProposal } from "./demo-proposals";
import { createRandom, stableId } from "./random";

/** The outcome as stored: votes split into online and paper, as outcome_projects keeps them. */
export interface StoredOutcome {
  spentPence: number;
  projects: {
    id: string;
    costPence: number;
    votes: number;
    paperVotes: number;
    selected: boolean;
    stage: string;
    explanation: string;
  }[];
}

const SELECTED_STATUSES = new Set(["selected", "adopted", "in_delivery", "delivered"]);

export interface VotingInput {
  plan: DemoPlan;
  proposals: DemoProposal[];
  shortlist: ShortlistSeed[];
  paperBallots: string[][];
  /** Keys of the officer who typed in the paper ballots and the reviewer who ran the count. */
  enteredBy: string;
  computedBy: string;
}

/**
 * Ballots for a finished plan that meet each project's online vote target exactly, then the
 * stored outcome from lib/outcome, which must agree with the statuses the content gives.
 */
export async function seedVoting(insert: Inserter, directory: Directory, input: VotingInput): Promise<StoredOutcome> {
  const { plan, shortlist } = input;
  const random = createRandom(`demo:ballots:${plan.seed.key}`);
  const voting = plan.phase("voting");
  const limit = plan.seed.approvalLimit;
  const byKey = new Map(input.proposals.map((proposal) => [proposal.key, proposal]));
  const byId = new Map(input.proposals.map((proposal) => [proposal.id, proposal]));
  const proposalFor = (key: string) => {
    const found = byKey.get(key);
    if (!found) throw new Error(`Ballot content names unknown proposal ${key}`);
    return found;
  };

  // Staff stay out of the count they run; everyone else who had joined by the close may vote.
  const voters = directory.everyone
    .filter((person) => person.staff.length === 0 && person.joined < addHours(voting.ends, -24))
    .map((person) => ({ person, choices: new Set<string>() }));
  for (const entry of [...shortlist].sort((a, b) => b.onlineVotes - a.onlineVotes)) {
    const proposal = proposalFor(entry.proposal);
    const open = voters.filter((voter) => voter.choices.size < limit);
    const chosen = random.sample(open, entry.onlineVotes, (voter) =>
      (voter.person.homeKey === proposal.area.key ? 4 : 1) / (1 + voter.choices.size),
    );
    if (chosen.length < entry.onlineVotes) throw new Error(`Not enough voters for ${entry.proposal}`);
    for (const voter of chosen) voter.choices.add(proposal.id);
  }

  const online = voters.filter((voter) => voter.choices.size > 0);
  const ballotRows = online.map(({ person, choices }) => {
    const castAt = between(latest(voting.starts, person.joined), addHours(voting.ends, -1), random.next());
    return {
      choices,
      id: stableId("ballot", `${plan.seed.key}:${person.id}`),
      planId: plan.id,
      voterId: person.id,
      source: "online" as const,
      reference: reference(plan.seed.key, person.id),
      castAt,
      // Some people changed their minds before voting closed.
      updatedAt: random.chance(0.12) ? between(castAt, addHours(voting.ends, -1), random.next()) : castAt,
    };
  });
  const paperRows = input.paperBallots.map((keys, index) => ({
    choices: new Set(keys.map((key) => proposalFor(key).id)),
    id: stableId("ballot", `${plan.seed.key}:paper:${index}`),
    planId: plan.id,
    voterId: null,
    source: "paper" as const,
    reference: `NB${plan.seed.key.slice(-2)}-PAPER-${String(index + 1).padStart(3, "0")}`,
    enteredBy: directory.person(input.enteredBy).id,
    castAt: addHours(voting.ends, -30 + index),
    updatedAt: addHours(voting.ends, -30 + index),
  }));
  const allBallots = [...ballotRows, ...paperRows];
  await insert(
    ballots,
    allBallots.map(({ choices: _choices, ...row }) => row),
  );
  await insert(
    ballotChoices,
    allBallots.flatMap((ballot) => [...ballot.choices].map((proposalId) => ({ ballotId: ballot.id, proposalId, points: 1 }))),
  );

  const computed = computeOutcome({
    rule: "greedy",
    budget: plan.budgetPence,
    projects: shortlist.map((entry) => ({ id: proposalFor(entry.proposal).id, cost: entry.finalCostPounds * 100 })),
    ballots: allBallots.map((ballot) => ballot.choices),
    ringFences: [
      {
        label: plan.ringFence.label,
        amount: plan.ringFence.amountPence,
        eligible: (id) => (byId.get(id)?.area.imdDecile ?? 10) <= plan.ringFence.maxImdDecile,
      },
    ],
  });
  const paperVotes = (id: string) => paperRows.filter((ballot) => ballot.choices.has(id)).length;
  const result: StoredOutcome = {
    spentPence: computed.spent,
    projects: computed.explanations.map((explanation) => ({
      id: explanation.projectId,
      costPence: explanation.cost,
      votes: explanation.votes - paperVotes(explanation.projectId),
      paperVotes: paperVotes(explanation.projectId),
      selected: explanation.selected,
      stage: explanation.stage ?? "main",
      explanation: explanation.sentence,
    })),
  };
  checkStatusesAgree(result, input.proposals);

  const outcomeId = stableId("outcome", plan.seed.key);
  const fingerprint = createHash("sha256")
    .update(JSON.stringify({ budget: plan.budgetPence, ringFence: plan.ringFence, projects: result.projects.map(({ id, costPence, votes, paperVotes }) => [id, costPence, votes, paperVotes]) }))
    .digest("hex");
  await insert(outcomes, [
    {
      id: outcomeId,
      planId: plan.id,
      rule: "greedy",
      utility: "cost",
      inputsFingerprint: fingerprint,
      budgetPence: plan.budgetPence,
      spentPence: result.spentPence,
      voterCount: allBallots.length,
      isCurrent: true,
      details: {
        // The same shape countAndStoreOutcome stores, so the results and measures pages read both alike.
        stages: computed.stages.map((stage) => ({ label: stage.label, budget: stage.budget, spent: stage.spent, selected: stage.selected, add1Increments: stage.add1Increments ?? null })),
        onlineBallots: ballotRows.length,
        paperBallots: paperRows.length,
        ringFence: { label: plan.ringFence.label, amountPence: plan.ringFence.amountPence, maxImdDecile: plan.ringFence.maxImdDecile },
        note: "Votes are online approvals; paper_votes are the paper ballots entered after the drop-in sessions. Both count.",
      },
      computedBy: directory.person(input.computedBy).id,
      computedAt: addHours(voting.ends, 2),
    },
  ]);
  await insert(
    outcomeProjects,
    result.projects.map((project) => ({
      outcomeId,
      proposalId: project.id,
      votes: project.votes,
      paperVotes: project.paperVotes,
      costPence: project.costPence,
      selected: project.selected,
      stage: project.stage,
      explanation: project.explanation,
    })),
  );
  return result;
}

function reference(planKey: string, voterId: string): string {
  const hex = createHash("sha256").update(`ballot:${planKey}:${voterId}`).digest("hex").toUpperCase();
  return `NB${planKey.slice(-2)}-${hex.slice(0, 4)}-${hex.slice(4, 8)}`;
}

function checkStatusesAgree(result: StoredOutcome, proposals: DemoProposal[]) {
  const byId = new Map(proposals.map((proposal) => [proposal.id, proposal]));
  const wrong = result.projects.flatMap((project) => {
    const status = byId.get(project.id)?.seed.status ?? "missing";
    const agrees = project.selected ? SELECTED_STATUSES.has(status) : status === "not_selected";
    return agrees ? [] : [`${byId.get(project.id)?.key}: ${status} but ${project.selected ? "selected" : "not selected"}`];
  });
  if (wrong.length > 0) throw new Error(`Demo content disagrees with the computed outcome:\n${wrong.join("\n")}`);
}
