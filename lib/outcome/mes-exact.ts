import { ZERO, type VoterClasses } from "./mes-classes";

// The exact side of the equal-shares run: where the doubles' error bounds cannot settle a
// comparison, these decide on bigint numerators over the current round's denominator.

/** A share t = x / (rich · D) for the current denominator D. */
export interface ExactSplit {
  readonly x: bigint;
  readonly rich: number;
}

/** Whether the k gathered classes (touched[0..k) with count[]) hold at least target, exactly. */
export function affordsExactly(classes: VoterClasses, k: number, target: bigint): boolean {
  let sum = 0n;
  for (let i = 0; i < k; i++) {
    const c = classes.touched[i] ?? ZERO;
    sum += BigInt(classes.count[c] ?? 0) * classes.exactAt(c);
  }
  return sum >= target;
}

/**
 * Exact share of target among the k gathered classes, given the float estimate t ± err: classes
 * clearly below t are summed as poor, clearly above as rich; only the few near t are ordered
 * exactly. A failed sanity check falls back to a fully exact walk. Null: they cannot afford it.
 */
export function settleShare(classes: VoterClasses, k: number, weight: number, target: bigint, t: number, err: number): ExactSplit | null {
  const { touched, approx, error, count } = classes;
  let paid = 0n;
  let rich = weight;
  let poorTop = -1;
  let richBottom = -1;
  const near: number[] = [];
  for (let i = 0; i < k; i++) {
    const c = touched[i] ?? ZERO;
    const a = approx[c] ?? 0;
    const d = error[c] ?? 0;
    if (a + d < t - err) {
      paid += BigInt(count[c] ?? 0) * classes.exactAt(c);
      rich -= count[c] ?? 0;
      if (poorTop < 0 || a > (approx[poorTop] ?? 0)) poorTop = c;
    } else if (a - d > t + err) {
      if (richBottom < 0 || a < (approx[richBottom] ?? 0)) richBottom = c;
    } else near.push(c);
  }
  const fullyExact = () => walkExactly(classes, Array.from(touched.subarray(0, k)), target, 0n, weight);
  const walked = walkExactly(classes, near, target, paid, rich);
  if (walked === null) return richBottom < 0 ? null : fullyExact();
  const { x, rich: r } = walked;
  const sane =
    (richBottom < 0 || x <= BigInt(r) * classes.exactAt(richBottom)) && (poorTop < 0 || BigInt(r) * classes.exactAt(poorTop) <= x);
  return sane ? walked : fullyExact();
}

/** Supporters pay min(b, t): walk budgets upwards until the rest can split what is left equally. */
function walkExactly(classes: VoterClasses, members: number[], target: bigint, paid: bigint, rich: number): ExactSplit | null {
  const values = new Map(members.map((c) => [c, classes.exactAt(c)]));
  members.sort((a, b) => {
    const d = (values.get(a) ?? 0n) - (values.get(b) ?? 0n);
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  });
  for (const c of members) {
    const v = values.get(c) ?? 0n;
    if (rich > 0 && target - paid <= BigInt(rich) * v) return { x: target - paid, rich };
    paid += BigInt(classes.count[c] ?? 0) * v;
    rich -= classes.count[c] ?? 0;
  }
  return rich > 0 ? { x: target - paid, rich } : null;
}
