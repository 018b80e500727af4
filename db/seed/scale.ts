import type { Database } from "../connect";
import { areaPopulationGroups, equalityAnswers } from "../schema";
import { createInserter, type Inserter } from "./bulk";
import { finishedPlan, ideasPlan } from "./content/plans";
import type { PlanSeed } from "./content/types";
import { seedPlans } from "./demo-plans";
import { DEMO_POPULATION_SOURCE, participantEqualityAnswers, wardPopulationGroups } from "./population";
import { createRandom } from "./random";
import { insertActivity } from "./scale-activity";
import { generateProposals, insertProposals } from "./scale-proposals";
import { decideOutcome, drawBallots, insertBallots, insertOutcome } from "./scale-voting";
import { seedScaleWorld, type ScaleWorld } from "./scale-world";
import type { SeedSummary } from "./types";

/** Rows at scale 1; everything grows linearly with the scale. */
export const SCALE_ONE = {
  people: 50_000,
  proposals: 5_000,
  comments: 100_000,
  supports: 100_000,
  follows: 20_000,
  /** Ballots across the region's two plans: the finished one had more voters than the open one. */
  ballots: 50_000,
  areas: 120,
  organisations: 400,
};
const FINISHED_SHARE_OF_BALLOTS = 0.6;

/**
 * A large generated region for load tests: a finished plan with its outcome and a plan in its
 * voting phase. Deterministic for a given scale; one transaction, so a failure leaves nothing.
 */
export async function seedScale(db: Database, scale: number): Promise<SeedSummary> {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`Scale must be a positive number, not ${scale}`);
  const size = (count: number, minimum = 1) => Math.max(minimum, Math.round(count * scale));
  const slug = `scale-${String(scale).replace(/[^0-9]/g, "-")}`;

  return db.transaction(async (tx) => {
    const insert = createInserter(tx);
    const random = createRandom(`scale:${scale}`);
    const world = await seedScaleWorld(insert, random, {
      slug,
      label: `scale ×${scale}`,
      people: size(SCALE_ONE.people, 20),
      areas: size(SCALE_ONE.areas, 12),
      organisations: size(SCALE_ONE.organisations, 4),
    });

    await insertEquality(insert, world, slug);

    const perPlan = size(SCALE_ONE.proposals / 2, 10);
    const onBallot = Math.max(3, Math.round(perPlan * 0.1));
    // Enough for roughly a third of what is on the ballot, at the templates' typical cost.
    const budgetPounds = Math.max(200_000, onBallot * 30_000);
    const [finished, voting] = await seedPlans(insert, world, [
      scalePlan(finishedPlan, `${slug}:finished`, `${slug}-2026`, "results", budgetPounds),
      scalePlan(ideasPlan, `${slug}:voting`, `${slug}-2027`, "voting", budgetPounds),
    ]);
    if (!finished || !voting) throw new Error("scale plans not seeded");

    const perPlanTotals = {
      supports: size(SCALE_ONE.supports / 2),
      comments: size(SCALE_ONE.comments / 2),
      follows: size(SCALE_ONE.follows / 2),
    };
    const finishedProposals = generateProposals(random, world, finished, perPlan, perPlanTotals);
    const votingProposals = generateProposals(random, world, voting, perPlan, perPlanTotals);
    const ballots = size(SCALE_ONE.ballots, 10);
    const finishedBallots = drawBallots(random, world, finished, finishedProposals, Math.round(ballots * FINISHED_SHARE_OF_BALLOTS));
    const votingBallots = drawBallots(random, world, voting, votingProposals, ballots - finishedBallots.voters.length);
    const outcome = decideOutcome(world, finishedBallots);

    const all = [...finishedProposals, ...votingProposals];
    await insertProposals(insert, random, world, all);
    await insertBallots(insert, random, world, finishedBallots, "F");
    await insertBallots(insert, random, world, votingBallots, "V");
    await insertOutcome(insert, random, finishedBallots, outcome);
    await insertActivity(insert, random, world, all);
    return { label: `Scale region "${slug}" (×${scale})`, rows: insert.counts() };
  });
}

/** Census-shaped figures for every area, and equality answers from two in five people. Its own random stream, so the rest is unchanged. */
async function insertEquality(insert: Inserter, world: ScaleWorld, slug: string) {
  const random = createRandom(`${slug}:equality`);
  await insert(
    areaPopulationGroups,
    world.areaIds.flatMap((areaId, index) =>
      wardPopulationGroups(random, { population: world.areaPopulations[index] ?? 0, imdDecile: world.areaDeciles[index] ?? 5 }).map((row) => ({ areaId, ...row, source: DEMO_POPULATION_SOURCE })),
    ),
  );
  await insert(
    equalityAnswers,
    world.personIds.filter(() => random.chance(0.4)).map((userId) => ({ userId, ...participantEqualityAnswers(random) })),
  );
}

/** A plan like the demo's, renamed for the scale region, in the phase a load test needs. */
function scalePlan(template: PlanSeed, key: string, slug: string, phase: "results" | "voting", budgetPounds: number): PlanSeed {
  // The open plan votes now: its phases are moved so that voting spans the demo's fixed date.
  const phases: PlanSeed["phases"] =
    phase === "voting"
      ? [
          { phase: "draft", starts: "2026-06-01", ends: "2026-07-01" },
          { phase: "ideas", starts: "2026-07-01", ends: "2026-09-01" },
          { phase: "review", starts: "2026-09-01", ends: "2026-10-15" },
          { phase: "voting", starts: "2026-10-15", ends: "2026-11-15" },
          { phase: "results", starts: "2026-11-15", ends: "2026-12-01" },
        ]
      : template.phases;
  return {
    ...template,
    key,
    slug,
    title: `${template.title} (${slug})`,
    phase,
    budgetPounds,
    outcomeRule: phase === "results" ? "greedy" : template.outcomeRule,
    rulesFrozenAt: phase === "results" ? (template.rulesFrozenAt ?? "2026-02-02") : "2026-10-15T08:00:00Z",
    phases,
  };
}
