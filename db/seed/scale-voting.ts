import { createHash } from "node:crypto";
import { computeOutcome, type Outcome } from "../../lib/outcome";
import { ballotChoices, ballots, outcomeProjects, outcomes } from "../schema";
import type { Inserter } from "./bulk";
import { between, DEMO_NOW, earliest } from "./clock";
import type { DemoPlan } from "./demo-plans";
import type { Random } from "./random";
import type { ScaleProposal } from "./scale-proposals";
import type { ScaleWorld } from "./scale-world";

export interface ScaleBallots {
  plan: DemoPlan;
  voters: Int32Array;
  /** Up to `limit` proposal indexes (into `onBallot`) per voter, -1 for unused slots. */
  choices: Int32Array;
  limit: number;
  onBallot: ScaleProposal[];
}

/** Who voted for what, in typed arrays: 50,000 ballots cost a megabyte, not a heap of objects. */
export function drawBallots(random: Random, world: ScaleWorld, plan: DemoPlan, proposals: ScaleProposal[], voterCount: number): ScaleBallots {
  const onBallot = proposals.filter((proposal) => proposal.onBallot);
  const limit = Math.min(plan.seed.approvalLimit, onBallot.length);
  const cumulative = new Float64Array(onBallot.length);
  let total = 0;
  onBallot.forEach((proposal, index) => {
    total += proposal.popularity;
    cumulative[index] = total;
  });
  const draw = () => {
    const target = random.next() * total;
    let low = 0;
    let high = onBallot.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };

  const people = world.personIds.length;
  const voters = Int32Array.from(random.shuffle(Array.from({ length: people }, (_, index) => index)).slice(0, Math.min(voterCount, people)));
  const choices = new Int32Array(voters.length * limit).fill(-1);
  for (let voter = 0; voter < voters.length; voter++) {
    const wanted = random.int(1, limit);
    const picked = new Set<number>();
    for (let attempts = 0; picked.size < wanted && attempts < wanted * 20; attempts++) picked.add(draw());
    [...picked].forEach((choice, slot) => {
      choices[voter * limit + slot] = choice;
    });
  }
  return { plan, voters, choices, limit, onBallot };
}

/** A finished plan's count: statuses set on the proposals, before they are inserted. */
export function decideOutcome(world: ScaleWorld, drawn: ScaleBallots): Outcome {
  const { plan, onBallot, limit } = drawn;
  const ballotIds: string[][] = [];
  for (let voter = 0; voter < drawn.voters.length; voter++) {
    const ids: string[] = [];
    for (let slot = 0; slot < limit; slot++) {
      const proposal = onBallot[drawn.choices[voter * limit + slot] ?? -1];
      if (proposal) ids.push(proposal.id);
    }
    ballotIds.push(ids);
  }
  const ringFenced = new Set(
    onBallot.filter((proposal) => (world.areaDeciles[proposal.area] ?? 10) <= plan.ringFence.maxImdDecile).map((proposal) => proposal.id),
  );
  const outcome = computeOutcome({
    rule: "greedy",
    budget: plan.budgetPence,
    projects: onBallot.map((proposal) => ({ id: proposal.id, cost: proposal.costPence })),
    ballots: ballotIds,
    ringFences: [{ label: plan.ringFence.label, amount: plan.ringFence.amountPence, eligible: (id) => ringFenced.has(id) }],
  });
  const selected = new Set(outcome.selected);
  for (const proposal of onBallot) proposal.status = selected.has(proposal.id) ? "selected" : "not_selected";
  return outcome;
}

const BALLOTS_PER_BATCH = 5_000;

export async function insertBallots(insert: Inserter, random: Random, world: ScaleWorld, drawn: ScaleBallots, tag: string) {
  const voting = drawn.plan.phase("voting");
  const closes = earliest(voting.ends, DEMO_NOW);
  for (let start = 0; start < drawn.voters.length; start += BALLOTS_PER_BATCH) {
    const ballotRows = [];
    const choiceRows = [];
    for (let voter = start; voter < Math.min(drawn.voters.length, start + BALLOTS_PER_BATCH); voter++) {
      const id = random.uuid();
      const castAt = between(voting.starts, closes, random.next());
      ballotRows.push({
        id,
        planId: drawn.plan.id,
        voterId: world.personIds[drawn.voters[voter] ?? 0],
        source: "online" as const,
        reference: `${world.slug}-${tag}-${voter.toString(36).toUpperCase()}`,
        castAt,
        updatedAt: castAt,
      });
      for (let slot = 0; slot < drawn.limit; slot++) {
        const choice = drawn.choices[voter * drawn.limit + slot] ?? -1;
        const proposal = drawn.onBallot[choice];
        if (choice >= 0 && proposal) choiceRows.push({ ballotId: id, proposalId: proposal.id, points: 1 });
      }
    }
    await insert(ballots, ballotRows);
    await insert(ballotChoices, choiceRows);
  }
}

export async function insertOutcome(insert: Inserter, random: Random, drawn: ScaleBallots, outcome: Outcome) {
  const id = random.uuid();
  const { plan } = drawn;
  await insert(outcomes, [
    {
      id,
      planId: plan.id,
      rule: outcome.rule,
      utility: outcome.utility,
      inputsFingerprint: createHash("sha256")
        .update(JSON.stringify(outcome.explanations.map((project) => [project.projectId, project.cost, project.votes])))
        .digest("hex"),
      budgetPence: plan.budgetPence,
      spentPence: outcome.spent,
      voterCount: outcome.voterCount,
      details: { generated: true },
      computedAt: plan.phase("results").starts,
    },
  ]);
  await insert(
    outcomeProjects,
    outcome.explanations.map((project) => ({
      outcomeId: id,
      proposalId: project.projectId,
      votes: project.votes,
      costPence: project.cost,
      selected: project.selected,
      stage: project.stage ?? "main",
      explanation: project.sentence,
    })),
  );
}
