import { ceilQuotient, compareCodePoints, floorQuotient } from "./rational";
import type { OutcomeProject } from "./types";

// Method of Equal Shares for points (cumulative) ballots: a voter's utility for a project is the
// points they gave it, as pabutools does with additive cardinal satisfaction. Each supporter pays
// min(budget, ρ · points) and the project with the smallest ρ wins. Budgets are exact fractions:
// points ballots are small enough that the approval engine's float filter (mes.ts) is not needed.

interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};
const fraction = (n: bigint, d: bigint): Fraction => {
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};
const less = (a: Fraction, b: Fraction) => a.n * b.d < b.n * a.d;
const minus = (a: Fraction, b: Fraction) => fraction(a.n * b.d - b.n * a.d, a.d * b.d);
const times = (a: Fraction, k: bigint) => fraction(a.n * k, a.d);

/** A points election as MES sees it: identical ballots merge into one weighted voter type. */
export interface PointsElection {
  readonly voterCount: number;
  readonly ids: readonly string[];
  readonly costs: readonly number[];
  /** Per candidate, [voter type, points] pairs. */
  readonly supporters: readonly (readonly (readonly [number, number])[])[];
  readonly weights: readonly number[];
  /** Per candidate, how many voters gave it points. */
  readonly support: readonly number[];
  readonly tieRank: readonly number[];
  readonly free: readonly string[];
  readonly unsupported: readonly string[];
}

export function preparePointsElection(projects: readonly OutcomeProject[], ballots: readonly ReadonlyMap<string, number>[]): PointsElection {
  const support = new Map<string, number>();
  for (const ballot of ballots) for (const id of ballot.keys()) support.set(id, (support.get(id) ?? 0) + 1);
  const voted = (p: OutcomeProject) => (support.get(p.id) ?? 0) > 0;
  const candidates = projects.filter((p) => voted(p) && p.cost > 0);
  const index = new Map(candidates.map((p, i) => [p.id, i]));
  const typeOf = new Map<string, number>();
  const weights: number[] = [];
  const supporters = candidates.map(() => [] as [number, number][]);
  for (const ballot of ballots) {
    const entries = [...ballot].flatMap(([id, points]) => {
      const i = index.get(id);
      return i === undefined ? [] : [[i, points] as [number, number]];
    });
    if (entries.length === 0) continue;
    const key = entries.sort((a, b) => a[0] - b[0]).join(";");
    const known = typeOf.get(key);
    if (known !== undefined) {
      weights[known] = (weights[known] ?? 0) + 1;
      continue;
    }
    const type = weights.length;
    typeOf.set(key, type);
    weights.push(1);
    for (const [i, points] of entries) supporters[i]?.push([type, points]);
  }
  const byId = candidates.map((_, i) => i).sort((a, b) => compareCodePoints(candidates[a]?.id ?? "", candidates[b]?.id ?? ""));
  const tieRank: number[] = [];
  byId.forEach((candidate, rank) => (tieRank[candidate] = rank));
  return {
    voterCount: ballots.length,
    ids: candidates.map((p) => p.id),
    costs: candidates.map((p) => p.cost),
    supporters,
    weights,
    support: candidates.map((p) => support.get(p.id) ?? 0),
    tieRank,
    free: projects.filter((p) => voted(p) && p.cost === 0).map((p) => p.id).sort(compareCodePoints),
    unsupported: projects.filter((p) => !voted(p)).map((p) => p.id),
  };
}

/** One MES run on points, every voter starting on totalBudget / voterCount. */
export class PointsEqualSharesRun {
  readonly selected: number[] = [];
  private readonly budgets: Fraction[];
  private readonly roundOf: number[];
  private readonly largest: Fraction[] = [fraction(0n, 1n)];

  constructor(readonly election: PointsElection, totalBudget: bigint) {
    const share = fraction(totalBudget, BigInt(Math.max(1, election.voterCount)));
    this.budgets = election.weights.map(() => share);
    this.roundOf = election.ids.map(() => 0);
    const alive = new Set(election.ids.map((_, p) => p));
    for (;;) {
      let best: { p: number; rho: Fraction } | null = null;
      for (const p of alive) {
        const rho = this.priceOf(p);
        if (rho === null) alive.delete(p);
        else if (best === null || less(rho, best.rho) || (!less(best.rho, rho) && (election.tieRank[p] ?? 0) < (election.tieRank[best.p] ?? 0))) best = { p, rho };
      }
      if (best === null) return;
      alive.delete(best.p);
      this.pay(best.p, best.rho);
    }
  }

  /** The smallest ρ with Σ min(b, ρ·points) = cost over p's supporters, or null if they cannot afford it. */
  private priceOf(p: number): Fraction | null {
    const cost = fraction(BigInt(this.election.costs[p] ?? 0), 1n);
    const rows = (this.election.supporters[p] ?? []).flatMap(([type, points]) => {
      const budget = this.budgets[type] ?? fraction(0n, 1n);
      return budget.n > 0n ? [{ budget, points: BigInt(points), weight: BigInt(this.election.weights[type] ?? 0) }] : [];
    });
    let total = fraction(0n, 1n);
    for (const r of rows) total = minus(total, times(fraction(-r.budget.n, r.budget.d), r.weight));
    if (less(total, cost)) return null;
    rows.sort((a, b) => (less(fraction(a.budget.n, a.budget.d * a.points), fraction(b.budget.n, b.budget.d * b.points)) ? -1 : 1));
    let paid = fraction(0n, 1n);
    let utility = rows.reduce((sum, r) => sum + r.points * r.weight, 0n);
    for (const r of rows) {
      const rho = minus(cost, paid);
      // A supporter is poor when their budget is below ρ·points: they pay all they have.
      if (!less(times(r.budget, utility), times(rho, r.points))) break;
      paid = minus(paid, times(fraction(-r.budget.n, r.budget.d), r.weight));
      utility -= r.points * r.weight;
    }
    const left = minus(cost, paid);
    return fraction(left.n, left.d * utility);
  }

  private pay(p: number, rho: Fraction): void {
    let largest = fraction(0n, 1n);
    for (const [type, points] of this.election.supporters[p] ?? []) {
      const budget = this.budgets[type] ?? fraction(0n, 1n);
      const due = times(rho, BigInt(points));
      const paid = less(budget, due) ? budget : due;
      if (less(largest, paid)) largest = paid;
      this.budgets[type] = minus(budget, paid);
    }
    this.selected.push(p);
    this.largest.push(largest);
    this.roundOf[p] = this.selected.length;
  }

  selectedIds(): string[] {
    return [...this.election.free, ...this.selected.map((p) => this.election.ids[p] ?? "")];
  }

  cost(): number {
    return this.selected.reduce((sum, p) => sum + (this.election.costs[p] ?? 0), 0);
  }

  roundFunded(p: number): number {
    return this.roundOf[p] ?? 0;
  }

  largestShare(round: number): number {
    const share = this.largest[round] ?? fraction(0n, 1n);
    return ceilQuotient(share.n, share.d);
  }

  supportersHold(p: number): number {
    let held = fraction(0n, 1n);
    for (const [type] of this.election.supporters[p] ?? []) {
      const budget = this.budgets[type] ?? fraction(0n, 1n);
      held = minus(held, times(fraction(-budget.n, budget.d), BigInt(this.election.weights[type] ?? 0)));
    }
    return floorQuotient(held.n, held.d);
  }
}
