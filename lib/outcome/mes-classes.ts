import { APPROX_RELATIVE_ERROR, approxQuotient, type GrowingDenominator } from "./rational";

/** The class of voters with nothing left. */
export const ZERO = 0;
/** The class of voters who have paid for nothing yet. */
export const ROOT = 1;
// Small on purpose: the arrays double as classes appear, and tests then exercise growing them.
const CAPACITY = 8;

/**
 * Voters' budgets by class. Voters with the same payment history hold the same budget, so each
 * class keeps one exact value (a bigint numerator over the denominator of the round it was made
 * in) and a double beside it with a proven error bound. The run filters on the doubles and
 * settles on the exact values. mark, count and touched are scratch space per class, for grouping
 * one project's supporters; they are replaced (not resized) when classes outgrow them.
 */
export class VoterClasses {
  approx = new Float64Array(CAPACITY);
  error = new Float64Array(CAPACITY);
  mark = new Int32Array(CAPACITY);
  count = new Float64Array(CAPACITY);
  touched = new Int32Array(CAPACITY);
  private born = new Int32Array(CAPACITY);
  private childRound = new Int32Array(CAPACITY).fill(-1);
  private childOf = new Int32Array(CAPACITY);
  private readonly exact: bigint[];
  private size = 2;

  /** Every voter starts in ROOT, holding totalBudget over round 0's denominator (the voter count). */
  constructor(private readonly money: GrowingDenominator, totalBudget: bigint) {
    this.exact = [0n, totalBudget];
    const share = approxQuotient(totalBudget, money.at(0));
    this.approx[ROOT] = share;
    this.error[ROOT] = share * APPROX_RELATIVE_ERROR;
  }

  /** A class's exact budget as a numerator over the current round's denominator. */
  exactAt(c: number): bigint {
    return c === ZERO ? 0n : this.money.scale(this.exact[c] ?? 0n, this.born[c] ?? 0);
  }

  /** The class c's voters move to once they pay this round's share: made once per round and class. */
  afterPaying(c: number, round: number, share: bigint, approxShare: number): number {
    if (c === ZERO) return ZERO;
    if (this.childRound[c] !== round) {
      // spend() may grow (replace) the arrays, so it must run before they are indexed for writing.
      const child = this.spend(c, share, approxShare);
      this.childRound[c] = round;
      this.childOf[c] = child;
    }
    return this.childOf[c] ?? ZERO;
  }

  private spend(c: number, share: bigint, approxShare: number): number {
    const left = this.exactAt(c) - share;
    if (left <= 0n) return ZERO;
    if (this.size === this.approx.length) this.grow();
    const child = this.size++;
    const a = this.approx[c] ?? 0;
    this.exact[child] = left;
    this.born[child] = this.money.round;
    this.approx[child] = a - approxShare;
    this.error[child] = (this.error[c] ?? 0) + 4 * APPROX_RELATIVE_ERROR * (Math.abs(a) + approxShare);
    return child;
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
