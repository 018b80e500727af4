import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { MesUtility, OutcomeRule } from "@/lib/outcome";
import { expandPaperCounts } from "@/lib/outcome/plan-count";
import { serialisePabulib, type PabulibVote } from "@/lib/pabulib/parse";
import type { Database } from "../../connect";
import { outcomes, plans } from "../../schema";
import { loadOutcomeInputs } from "./count-plan";

/** The published file of the ballots a plan's current count was made from, and what a checker needs. */
export interface CountedBallotsFile {
  readonly text: string;
  /** SHA-256 of the UTF-8 bytes of `text`, as lowercase hex. */
  readonly sha256: string;
  /** Ballots in the file: online, paper and imported. */
  readonly ballots: number;
  /** Paper approvals entered as counts per project, one one-project line each (greedy counts only). */
  readonly paperCountVotes: number;
  readonly rule: OutcomeRule;
  readonly utility: MesUtility;
  readonly points: boolean;
  /** The file cannot say that money was reserved first, so `pb tally` counts such a plan without its ring-fences. */
  readonly ringFenced: boolean;
  /** False when ballots, projects or rules changed after the count: then the file may not reproduce it. */
  readonly matchesCount: boolean;
}

/**
 * A plan's counted ballots as a Pabulib file. It is built from the very inputs the count reads
 * (loadOutcomeInputs), so the file holds exactly the ballots and projects that were counted, with
 * each project under the id the count used, so ties break the same way in `pb tally`.
 *
 * The same inputs always give the same bytes, so a published SHA-256 stays true across restarts and
 * instances: no titles or other prose that can be edited later, projects in id order, and ballots in
 * the order of their own content, numbered 1..n. That order says nothing about who voted or when.
 */
async function buildCountedBallots(db: Database, planId: string) {
  const inputs = await loadOutcomeInputs(db, planId);
  const { plan } = inputs;
  const points = plan.ballotMethod === "cumulative";
  // Pabulib costs are whole units of a currency: pounds when every amount is whole, else pence, so
  // no rounding can change which projects fit.
  const whole = [plan.budgetPence, ...inputs.projects.map((p) => p.cost)].every((pence) => pence % 100 === 0);
  const unit = whole ? 100 : 1;
  const projects = [...inputs.projects].sort((a, b) => compareText(a.engineId, b.engineId));
  const paper = expandPaperCounts(plan.outcomeRule, inputs.paperCounts);
  const lines = [...inputs.ballots, ...paper].map((ballot) => {
    const scored: [string, number][] = Array.isArray(ballot) ? ballot.map((id): [string, number] => [id, 1]) : [...ballot.points].filter(([, given]) => given > 0);
    const sorted = scored.sort(([a], [b]) => compareText(a, b));
    return { vote: sorted.map(([id]) => id), points: sorted.map(([, given]) => given) };
  });
  const keyOf = (line: { vote: string[]; points: number[] }) => `${line.vote.join(",")};${line.points.join(",")}`;
  lines.sort((a, b) => compareText(keyOf(a), keyOf(b)));
  const votes = lines.map((line, i): PabulibVote => ({ voterId: String(i + 1), vote: line.vote, ...(points ? { points: line.points } : {}), fields: {} }));
  const text = serialisePabulib({
    meta: {
      description: `Ballots counted for the people's plan ${plan.slug}`,
      country: "United Kingdom",
      unit: plan.slug,
      num_projects: String(projects.length),
      num_votes: String(votes.length),
      budget: String(plan.budgetPence / unit),
      vote_type: points ? "cumulative" : "approval",
      ...(points && plan.cumulativePoints ? { max_sum_points: String(plan.cumulativePoints) } : {}),
      rule: plan.outcomeRule === "greedy" ? "greedy" : plan.outcomeRule === "mes" ? "equalshares" : "equalshares/add1",
      // GBX is the usual code for pence sterling.
      currency: whole ? "GBP" : "GBX",
    },
    projects: projects.map((p) => ({ id: p.engineId, cost: p.cost / unit, fields: {} })),
    votes,
  });
  return { text, inputs, paperCountVotes: paper.length, points };
}

/** The `pb export` CLI: a plan's ballots as they would be counted now, whatever its phase. */
export async function exportPlanAsPabulib(db: Database, planSlug: string): Promise<string> {
  const [plan] = await db.select({ id: plans.id }).from(plans).where(eq(plans.slug, planSlug));
  if (!plan) throw new Error(`no plan with slug "${planSlug}"`);
  return (await buildCountedBallots(db, plan.id)).text;
}

/** The ballots behind a plan's current count, with their SHA-256; null before the first count. */
export async function getCountedBallotsFile(db: Database, planId: string): Promise<CountedBallotsFile | null> {
  const [outcome] = await db.select({ fingerprint: outcomes.inputsFingerprint }).from(outcomes).where(and(eq(outcomes.planId, planId), eq(outcomes.isCurrent, true)));
  if (!outcome) return null;
  const { text, inputs, paperCountVotes, points } = await buildCountedBallots(db, planId);
  return {
    text,
    sha256: createHash("sha256").update(text, "utf8").digest("hex"),
    ballots: inputs.ballots.length,
    paperCountVotes,
    rule: inputs.plan.outcomeRule,
    utility: inputs.plan.utility,
    points,
    ringFenced: inputs.ringFences.length > 0,
    matchesCount: inputs.fingerprint === outcome.fingerprint,
  };
}

// Code-unit order, not the locale's: the bytes must not depend on the server's language settings.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
