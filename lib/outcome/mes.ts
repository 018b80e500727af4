import { APPROX_RELATIVE_ERROR, approxQuotient, ceilQuotient, compareCodePoints, floorQuotient, GrowingDenominator } from "./rational";
import type { EqualSharesElection, MesUtility, OutcomeProject, Reason, StageResult } from "./types";

// Method of Equal Shares for approval ballots, matching pabutools 1.2.3 `method_of_equal_shares`.
//
// Exactness: every voter's budget is β − (the shares of the projects they paid for), or 0 once they
// paid all they had. Voters with the same history therefore hold the same budget, so they share a
// "class": an immutable exact value (a bigint numerator over the denominator of the round it was
// made in). Each round's share t = X / (rich·D) joins the common denominator D, so nothing is
// ever rounded. The hot loop runs on doubles that carry an error bound; any comparison that the
// bound cannot settle is redone exactly, so the result is the exact rule's, ties included.

const ZERO = 0; // the class of voters with nothing left
const ROOT = 1; // the class of voters who have paid for nothing yet
const EPS = 2 ** -52;
const NO_TYPES = new Int32Array(0);
// Small on purpose: the arrays double as classes appear, and tests then exercise growing them.
const CAPACITY = 8;

export function prepareEqualShares(
  projects: readonly OutcomeProject[],
  ballots: readonly (readonly string[])[],
  utility: MesUtility,
): EqualSharesElection {
  const votes = new Map<string, number>();
  for (const ballot of ballots) for (const id of new Set(ballot)) votes.set(id, (votes.get(id) ?? 0) + 1);
  const voted = (p: OutcomeProject) => (votes.get(p.id) ?? 0) > 0;
  const candidates = projects.filter((p) => voted(p) && p.cost > 0);
  const index = new Map(candidates.map((p, i) => [p.id, i]));

  const typeOf = new Map<string, number>();
  const weights: number[] = [];
  const types: number[][] = [];
  const seen = new Int32Array(candidates.length).fill(-1);
  ballots.forEach((ballot, b) => {
    const approved: number[] = [];
    for (const id of ballot) {
      const i = index.get(id);
      if (i !== undefined && seen[i] !== b) {
        seen[i] = b;
        approved.push(i);
      }
    }
    if (approved.length === 0) return;
    const key = approved.sort((a, b) => a - b).join(",");
    const known = typeOf.get(key);
    if (known === undefined) {
      typeOf.set(key, types.length);
      types.push(approved);
      weights.push(1);
    } else weights[known] = (weights[known] ?? 0) + 1;
  });

  const supporters = candidates.map(() => [] as number[]);
  types.forEach((approved, type) => approved.forEach((i) => supporters[i]?.push(type)));
  const byId = candidates.map((_, i) => i).sort((a, b) => compareCodePoints(candidates[a]?.id ?? "", candidates[b]?.id ?? ""));
  const tieRank = new Int32Array(candidates.length);
  byId.forEach((candidate, rank) => (tieRank[candidate] = rank));
  return {
    voterCount: ballots.length,
    ids: candidates.map((p) => p.id),
    costs: candidates.map((p) => p.cost),
    utilities: candidates.map((p) => (utility === "cost" ? p.cost : 1)),
    supporters: supporters.map((list) => Int32Array.from(list)),
    weights: Int32Array.from(weights),
    support: candidates.map((p) => votes.get(p.id) ?? 0),
    tieRank,
    free: projects.filter((p) => voted(p) && p.cost === 0).map((p) => p.id).sort(compareCodePoints),
    unsupported: projects.filter((p) => !voted(p)).map((p) => p.id),
  };
}

interface ExactShare {
  readonly candidate: number;
  /** The share is t = x / (rich · D) for the current denominator D. */
  readonly x: bigint;
  readonly rich: number;
}

/** One MES run with every voter starting on totalBudget / voterCount. */
export class EqualSharesRun {
  readonly selected: number[] = [];
  private readonly roundOf: Int32Array;
  private readonly cls: Int32Array;
  /** This run's supporter lists; voter types with nothing left are swapped out as they are met. */
  private readonly live: Int32Array[];
  private readonly liveLength: Int32Array;
  private readonly alive: Uint8Array;
  private readonly lowerBound: Float64Array; // ρ only grows from round to round, so old bounds stay valid
  private readonly estimate: Float64Array;
  private readonly estimateError: Float64Array;
  private approx = new Float64Array(CAPACITY);
  private error = new Float64Array(CAPACITY);
  private born = new Int32Array(CAPACITY);
  private childRound = new Int32Array(CAPACITY).fill(-1);
  private childOf = new Int32Array(CAPACITY);
  private mark = new Int32Array(CAPACITY);
  private count = new Float64Array(CAPACITY);
  private touched = new Int32Array(CAPACITY);
  private readonly exact: bigint[];
  private classCount = 2;
  private readonly money: GrowingDenominator;
  /** Per round, the share paid by each supporter who could afford it, over that round's denominator. */
  private readonly shares: bigint[] = [0n];
  private stamp = 0;
  private weight = 0;
  private total = 0;
  private errorSum = 0;
  private maxApprox = 0;
  private supporterCount = 0;
  private order: number[];

  constructor(private readonly e: EqualSharesElection, totalBudget: bigint) {
    const candidates = e.ids.length;
    this.roundOf = new Int32Array(candidates);
    this.order = e.ids.map((_, p) => p);
    this.cls = new Int32Array(e.weights.length).fill(ROOT);
    this.live = e.supporters.map((list) => list.slice());
    this.liveLength = Int32Array.from(e.supporters, (list) => list.length);
    this.alive = new Uint8Array(candidates).fill(1);
    this.estimate = new Float64Array(candidates);
    this.estimateError = new Float64Array(candidates);
    this.lowerBound = Float64Array.from(e.costs, (cost, p) => (cost / (e.support[p] ?? 1) / (e.utilities[p] ?? 1)) * (1 - 16 * EPS));
    this.money = new GrowingDenominator(BigInt(Math.max(1, e.voterCount)));
    this.exact = [0n, totalBudget];
    const share = approxQuotient(totalBudget, this.money.at(0));
    this.approx[ROOT] = share;
    this.error[ROOT] = share * APPROX_RELATIVE_ERROR;
    for (let w = this.pickWinner(); w !== null; w = this.pickWinner()) this.pay(w);
  }

  /** Ids funded by this run: free projects first, then candidates in the order MES chose them. */
  selectedIds(): string[] {
    return [...this.e.free, ...this.selected.map((p) => this.e.ids[p] ?? "")];
  }

  /** Everything voters still hold, exactly, as num / den: it plus the cost always equals the budget. */
  moneyLeft(): { num: bigint; den: bigint } {
    let num = 0n;
    this.cls.forEach((c, type) => (num += BigInt(this.e.weights[type] ?? 0) * this.exactAt(c)));
    const unspent = BigInt(this.e.voterCount - this.e.weights.reduce((sum, w) => sum + w, 0));
    num += unspent * this.exactAt(ROOT);
    return { num, den: this.money.at(this.money.round) };
  }

  cost(): number {
    return this.selected.reduce((sum, p) => sum + (this.e.costs[p] ?? 0), 0);
  }

  reasons(): Map<string, Reason> {
    const reasons = new Map<string, Reason>();
    for (const id of this.e.unsupported) reasons.set(id, { kind: "no-votes" });
    for (const id of this.e.free) reasons.set(id, { kind: "free" });
    const finalDen = this.money.at(this.money.round);
    this.e.ids.forEach((id, p) => {
      const cost = this.e.costs[p] ?? 0;
      const round = this.roundOf[p] ?? 0;
      if (round > 0) {
        const maxShare = ceilQuotient(this.shares[round] ?? 0n, this.money.at(round));
        reasons.set(id, { kind: "mes-selected", round, supporters: this.e.support[p] ?? 0, maxShare });
        return;
      }
      let left = 0n;
      for (const type of this.e.supporters[p] ?? NO_TYPES) left += BigInt(this.e.weights[type] ?? 0) * this.exactAt(this.cls[type] ?? ZERO);
      reasons.set(id, { kind: "not-covered", covered: Math.min(cost, floorQuotient(left, finalDen)), cost });
    });
    return reasons;
  }

  private pickWinner(): ExactShare | null {
    for (;;) {
      // Kept between rounds: bounds move little, so the sort sees a nearly sorted list.
      this.order = this.order.filter((p) => this.alive[p] === 1).sort(this.byLowerBound);
      let bestHigh = Infinity;
      const evaluated: number[] = [];
      for (const p of this.order) {
        if ((this.lowerBound[p] ?? 0) > bestHigh) break;
        if (!this.estimateShare(p)) continue;
        const u = this.e.utilities[p] ?? 1;
        const t = this.estimate[p] ?? 0;
        const err = this.estimateError[p] ?? 0;
        this.lowerBound[p] = Math.max(this.lowerBound[p] ?? 0, ((t - err) / u) * (1 - 4 * EPS));
        bestHigh = Math.min(bestHigh, ((t + err) / u) * (1 + 4 * EPS));
        evaluated.push(p);
      }
      let best: ExactShare | null = null;
      let restart = false;
      for (const p of evaluated) {
        if ((this.lowerBound[p] ?? 0) > bestHigh) continue; // certainly worse than some other project
        const share = this.exactShare(p);
        if (share === null) {
          this.alive[p] = 0;
          restart = true;
        } else if (best === null || this.beats(share, best)) best = share;
      }
      if (!restart) return best;
    }
  }

  /** Exact ρ comparison (t / u, cross-multiplied), then pabutools' tie-break: id in text order. */
  private beats(a: ExactShare, b: ExactShare): boolean {
    const left = a.x * BigInt(b.rich) * BigInt(this.e.utilities[b.candidate] ?? 1);
    const right = b.x * BigInt(a.rich) * BigInt(this.e.utilities[a.candidate] ?? 1);
    if (left !== right) return left < right;
    return (this.e.tieRank[a.candidate] ?? 0) < (this.e.tieRank[b.candidate] ?? 0);
  }

  /** Float estimate of the share t with a proven error bound; false (and dropped) if unaffordable. */
  private estimateShare(p: number): boolean {
    const cost = this.e.costs[p] ?? 0;
    const k = this.gather(p);
    const slack = 2 * (this.errorSum + (this.supporterCount + k + 8) * EPS * Math.max(cost, this.total));
    const affordable = this.total - slack >= cost || (this.total + slack >= cost && this.exactlyAffordable(p, k));
    if (!affordable) {
      this.alive[p] = 0;
      return false;
    }
    const t = this.poorRichFixedPoint(cost, k);
    this.estimate[p] = t;
    this.estimateError[p] = slack + 4 * APPROX_RELATIVE_ERROR * Math.abs(t);
    return true;
  }

  /**
   * Float share t with Σ min(b, t) = cost. Start as if nobody were poor (t = cost / voters); anyone
   * below t pays all they have, which raises t for the rest; repeat until nobody new is below t.
   * t only rises, so this needs no sort; a pathological cascade falls back to sorting the rest.
   */
  private poorRichFixedPoint(cost: number, k: number): number {
    const { touched, approx, count } = this;
    let paid = 0;
    let rich = this.weight;
    let poorEnd = 0;
    let t = cost / rich;
    for (let pass = 0; pass < 16; pass++) {
      const before = poorEnd;
      for (let i = poorEnd; i < k; i++) {
        const c = touched[i] ?? ZERO;
        const a = approx[c] ?? 0;
        if (a >= t) continue;
        paid += (count[c] ?? 0) * a;
        rich -= count[c] ?? 0;
        touched[i] = touched[poorEnd] ?? ZERO;
        touched[poorEnd++] = c;
      }
      if (rich <= 0) return this.maxApprox; // affordable to the last penny: everyone pays all
      t = (cost - paid) / rich;
      if (poorEnd === before) return t;
    }
    const rest = touched.subarray(poorEnd, k).sort(this.byApprox);
    for (const c of rest) {
      const a = approx[c] ?? 0;
      if (t <= a) break;
      paid += (count[c] ?? 0) * a;
      rich -= count[c] ?? 0;
      if (rich <= 0) return this.maxApprox;
      t = (cost - paid) / rich;
    }
    return t;
  }

  private exactlyAffordable(p: number, k: number): boolean {
    let sum = 0n;
    for (let i = 0; i < k; i++) {
      const c = this.touched[i] ?? ZERO;
      sum += BigInt(this.count[c] ?? 0) * this.exactAt(c);
    }
    return sum >= BigInt(this.e.costs[p] ?? 0) * this.money.at(this.money.round);
  }

  /**
   * Exact share: classes the estimate puts clearly below t are summed as poor, clearly above as rich;
   * only the few near t are ordered exactly. A failed sanity check falls back to a fully exact walk.
   */
  private exactShare(p: number): ExactShare | null {
    const k = this.gather(p);
    const target = BigInt(this.e.costs[p] ?? 0) * this.money.at(this.money.round);
    const t = this.estimate[p] ?? 0;
    const err = this.estimateError[p] ?? 0;
    let paid = 0n;
    let rich = this.weight;
    let poorTop = -1;
    let richBottom = -1;
    const near: number[] = [];
    for (let i = 0; i < k; i++) {
      const c = this.touched[i] ?? ZERO;
      const a = this.approx[c] ?? 0;
      const d = this.error[c] ?? 0;
      if (a + d < t - err) {
        paid += BigInt(this.count[c] ?? 0) * this.exactAt(c);
        rich -= this.count[c] ?? 0;
        if (poorTop < 0 || a > (this.approx[poorTop] ?? 0)) poorTop = c;
      } else if (a - d > t + err) {
        if (richBottom < 0 || a < (this.approx[richBottom] ?? 0)) richBottom = c;
      } else near.push(c);
    }
    const walked = this.walkExactly(near, target, paid, rich);
    if (walked === null) return richBottom < 0 ? null : this.fullyExactShare(p, k, target);
    const { x, rich: r } = walked;
    const sane = (richBottom < 0 || x <= BigInt(r) * this.exactAt(richBottom)) && (poorTop < 0 || BigInt(r) * this.exactAt(poorTop) <= x);
    return sane ? { candidate: p, x, rich: r } : this.fullyExactShare(p, k, target);
  }

  private fullyExactShare(p: number, k: number, target: bigint): ExactShare | null {
    const walked = this.walkExactly(Array.from(this.touched.subarray(0, k)), target, 0n, this.weight);
    return walked && { candidate: p, ...walked };
  }

  /** Supporters pay min(b, t): walk budgets upwards until the rest can split what is left equally. */
  private walkExactly(classes: number[], target: bigint, paid: bigint, rich: number): { x: bigint; rich: number } | null {
    const values = new Map(classes.map((c) => [c, this.exactAt(c)]));
    classes.sort((a, b) => {
      const d = (values.get(a) ?? 0n) - (values.get(b) ?? 0n);
      return d < 0n ? -1 : d > 0n ? 1 : 0;
    });
    for (const c of classes) {
      const v = values.get(c) ?? 0n;
      if (rich > 0 && target - paid <= BigInt(rich) * v) return { x: target - paid, rich };
      paid += BigInt(this.count[c] ?? 0) * v;
      rich -= this.count[c] ?? 0;
    }
    return rich > 0 ? { x: target - paid, rich } : null;
  }

  /** Fund the winner: a new round's denominator absorbs the share's, then supporters move class. */
  private pay(w: ExactShare): void {
    const share = this.money.addShare(w.x, w.rich);
    const round = this.money.round;
    this.shares.push(share);
    this.selected.push(w.candidate);
    this.roundOf[w.candidate] = round;
    this.alive[w.candidate] = 0;
    const approxShare = approxQuotient(share, this.money.at(round));
    for (const type of this.e.supporters[w.candidate] ?? NO_TYPES) {
      const c = this.cls[type] ?? ZERO;
      if (c === ZERO) continue;
      if (this.childRound[c] !== round) {
        // spend() may grow (replace) the arrays, so it must run before they are indexed for writing.
        const child = this.spend(c, share, approxShare);
        this.childRound[c] = round;
        this.childOf[c] = child;
      }
      this.cls[type] = this.childOf[c] ?? ZERO;
    }
  }

  private spend(c: number, share: bigint, approxShare: number): number {
    const left = this.exactAt(c) - share;
    if (left <= 0n) return ZERO;
    if (this.classCount === this.approx.length) this.grow();
    const child = this.classCount++;
    const a = this.approx[c] ?? 0;
    this.exact[child] = left;
    this.born[child] = this.money.round;
    this.approx[child] = a - approxShare;
    this.error[child] = (this.error[c] ?? 0) + 4 * APPROX_RELATIVE_ERROR * (Math.abs(a) + approxShare);
    return child;
  }

  /** Groups p's supporters with money left by class: touched[0..k) with count[], weight, total. */
  private gather(p: number): number {
    const supporters = this.live[p] ?? NO_TYPES;
    const { cls, mark, count, touched, approx, error } = this;
    const weights = this.e.weights;
    const stamp = ++this.stamp;
    let length = this.liveLength[p] ?? 0;
    let k = 0;
    let weight = 0;
    for (let i = 0; i < length; i++) {
      const type = supporters[i] ?? 0;
      const c = cls[type] ?? ZERO;
      if (c === ZERO) {
        supporters[i--] = supporters[--length] ?? 0;
        continue;
      }
      const m = weights[type] ?? 0;
      weight += m;
      if (mark[c] === stamp) count[c] = (count[c] ?? 0) + m;
      else {
        mark[c] = stamp;
        count[c] = m;
        touched[k++] = c;
      }
    }
    this.liveLength[p] = length;
    let total = 0;
    let errorSum = 0;
    let maxApprox = 0;
    for (let i = 0; i < k; i++) {
      const c = touched[i] ?? ZERO;
      const a = approx[c] ?? 0;
      total += (count[c] ?? 0) * a;
      errorSum += (count[c] ?? 0) * (error[c] ?? 0);
      maxApprox = Math.max(maxApprox, a);
    }
    this.maxApprox = maxApprox;
    this.weight = weight;
    this.total = total;
    this.errorSum = errorSum * (1 + 1e-9);
    this.supporterCount = length;
    return k;
  }

  private readonly byApprox = (a: number, b: number): number => (this.approx[a] ?? 0) - (this.approx[b] ?? 0);
  private readonly byLowerBound = (a: number, b: number): number => (this.lowerBound[a] ?? 0) - (this.lowerBound[b] ?? 0);

  /** A class's exact budget as a numerator over the current round's denominator. */
  private exactAt(c: number): bigint {
    return c === ZERO ? 0n : this.money.scale(this.exact[c] ?? 0n, this.born[c] ?? 0);
  }

  private grow(): void {
    const size = this.approx.length * 2;
    const widen = <T extends Float64Array | Int32Array>(old: T, next: T): T => (next.set(old), next);
    this.approx = widen(this.approx, new Float64Array(size));
    this.error = widen(this.error, new Float64Array(size));
    this.count = widen(this.count, new Float64Array(size));
    this.born = widen(this.born, new Int32Array(size));
    this.childOf = widen(this.childOf, new Int32Array(size));
    this.mark = widen(this.mark, new Int32Array(size));
    this.touched = widen(this.touched, new Int32Array(size));
    this.childRound = widen(this.childRound, new Int32Array(size).fill(-1));
  }
}

/** Plain MES: every voter starts on budget / n. */
export function selectEqualShares(election: EqualSharesElection, budget: number): StageResult {
  return stageOf(new EqualSharesRun(election, BigInt(budget)), budget);
}

/**
 * MES with the add1 completion, as pabutools' `method_of_equal_shares(..., voter_budget_increment=1)`:
 * rerun with every voter's share raised by `step` (the total by step·n) until the outcome is
 * exhaustive (no unselected project with a vote and a positive cost fits what is left of the real
 * budget); if a run overspends the real budget, keep the run before it. No greedy fill follows:
 * pabutools does not add one, and Assen's official result (expected.json) leaves money unspent.
 */
export function selectEqualSharesAdd1(election: EqualSharesElection, budget: number, step = 1): StageResult {
  if (!Number.isSafeInteger(step) || step < 1) throw new RangeError(`add1 step must be a positive whole amount: ${step}`);
  const increment = BigInt(step) * BigInt(election.voterCount);
  let previous: EqualSharesRun | null = null;
  for (let k = 0; ; k++) {
    const run = new EqualSharesRun(election, BigInt(budget) + BigInt(k) * increment);
    const cost = run.cost();
    if (cost > budget) {
      // Unreachable for k = 0: MES never spends more than the voters hold.
      if (previous === null) throw new Error("MES overspent its own budget");
      return { ...stageOf(previous, budget), add1Increments: k - 1 };
    }
    const left = budget - cost;
    const chosen = new Set(run.selected);
    const exhaustive = election.costs.every((c, p) => chosen.has(p) || c > left);
    if (exhaustive) return { ...stageOf(run, budget), add1Increments: k };
    previous = run;
  }
}

function stageOf(run: EqualSharesRun, budget: number): StageResult {
  const spent = run.cost();
  if (spent > budget) throw new Error("MES outcome exceeds the budget");
  return { selected: run.selectedIds(), spent, reasons: run.reasons() };
}
