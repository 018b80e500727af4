import { ROOT, VoterClasses, ZERO } from "./mes-classes";
import { affordsExactly, settleShare } from "./mes-exact";
import { stageOfRun } from "./mes-reasons";
import { APPROX_RELATIVE_ERROR, approxQuotient, ceilQuotient, floorQuotient, GrowingDenominator } from "./rational";
import type { EqualSharesElection, StageResult } from "./types";

// Method of Equal Shares for approval ballots, matching pabutools 1.2.3 `method_of_equal_shares`.
//
// Exactness: every voter's budget is β − (the shares of the projects they paid for), or 0 once they
// paid all they had. Voters with the same history therefore hold the same budget, so they share a
// "class" (mes-classes.ts). Each round's share t = X / (rich·D) joins the common denominator D, so
// nothing is ever rounded. The hot loop runs on doubles that carry an error bound; any comparison
// that the bound cannot settle is redone exactly (mes-exact.ts), so the result is the exact rule's,
// ties included. The election is prepared in mes-election.ts, the add1 completion is mes-add1.ts,
// and the reasons given for each project are mes-reasons.ts.

const EPS = 2 ** -52;
const NO_TYPES = new Int32Array(0);

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
  private readonly classes: VoterClasses;
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

  constructor(readonly election: EqualSharesElection, totalBudget: bigint) {
    const e = election;
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
    this.classes = new VoterClasses(this.money, totalBudget);
    for (let w = this.pickWinner(); w !== null; w = this.pickWinner()) this.pay(w);
  }

  /** Ids funded by this run: free projects first, then candidates in the order MES chose them. */
  selectedIds(): string[] {
    return [...this.election.free, ...this.selected.map((p) => this.election.ids[p] ?? "")];
  }

  /** Everything voters still hold, exactly, as num / den: it plus the cost always equals the budget. */
  moneyLeft(): { num: bigint; den: bigint } {
    const e = this.election;
    let num = 0n;
    this.cls.forEach((c, type) => (num += BigInt(e.weights[type] ?? 0) * this.classes.exactAt(c)));
    const unspent = BigInt(e.voterCount - e.weights.reduce((sum, w) => sum + w, 0));
    num += unspent * this.classes.exactAt(ROOT);
    return { num, den: this.money.at(this.money.round) };
  }

  cost(): number {
    return this.selected.reduce((sum, p) => sum + (this.election.costs[p] ?? 0), 0);
  }

  /** The round in which candidate p was funded, counting from 1; 0 if it was not. */
  roundFunded(p: number): number {
    return this.roundOf[p] ?? 0;
  }

  /** The most any one supporter paid in a round, rounded up to whole money. */
  largestShare(round: number): number {
    return ceilQuotient(this.shares[round] ?? 0n, this.money.at(round));
  }

  /** What candidate p's supporters hold at the end, rounded down to whole money. */
  supportersHold(p: number): number {
    const e = this.election;
    let left = 0n;
    for (const type of e.supporters[p] ?? NO_TYPES) left += BigInt(e.weights[type] ?? 0) * this.classes.exactAt(this.cls[type] ?? ZERO);
    return floorQuotient(left, this.money.at(this.money.round));
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
        const u = this.election.utilities[p] ?? 1;
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
    const { utilities, tieRank } = this.election;
    const left = a.x * BigInt(b.rich) * BigInt(utilities[b.candidate] ?? 1);
    const right = b.x * BigInt(a.rich) * BigInt(utilities[a.candidate] ?? 1);
    if (left !== right) return left < right;
    return (tieRank[a.candidate] ?? 0) < (tieRank[b.candidate] ?? 0);
  }

  /** Float estimate of the share t with a proven error bound; false (and dropped) if unaffordable. */
  private estimateShare(p: number): boolean {
    const cost = this.election.costs[p] ?? 0;
    const k = this.gather(p);
    const slack = 2 * (this.errorSum + (this.supporterCount + k + 8) * EPS * Math.max(cost, this.total));
    const affordable = this.total - slack >= cost || (this.total + slack >= cost && affordsExactly(this.classes, k, this.target(p)));
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
    const { touched, approx, count } = this.classes;
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
    const rest = touched.subarray(poorEnd, k).sort((a, b) => (approx[a] ?? 0) - (approx[b] ?? 0));
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

  /** Candidate p's cost over the current round's denominator. */
  private target(p: number): bigint {
    return BigInt(this.election.costs[p] ?? 0) * this.money.at(this.money.round);
  }

  private exactShare(p: number): ExactShare | null {
    const k = this.gather(p);
    const split = settleShare(this.classes, k, this.weight, this.target(p), this.estimate[p] ?? 0, this.estimateError[p] ?? 0);
    return split && { candidate: p, ...split };
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
    for (const type of this.election.supporters[w.candidate] ?? NO_TYPES) {
      this.cls[type] = this.classes.afterPaying(this.cls[type] ?? ZERO, round, share, approxShare);
    }
  }

  /** Groups p's supporters with money left by class: touched[0..k) with count[], weight, total. */
  private gather(p: number): number {
    const supporters = this.live[p] ?? NO_TYPES;
    const { cls } = this;
    const { mark, count, touched, approx, error } = this.classes;
    const weights = this.election.weights;
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

  private readonly byLowerBound = (a: number, b: number): number => (this.lowerBound[a] ?? 0) - (this.lowerBound[b] ?? 0);
}

/** Plain MES: every voter starts on budget / n. */
export function selectEqualShares(election: EqualSharesElection, budget: number): StageResult {
  return stageOfRun(new EqualSharesRun(election, BigInt(budget)), budget);
}
