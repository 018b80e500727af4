// Exact helpers for the outcome rules. Money decisions are made on bigint numerators over a shared
// denominator; doubles are only ever used as a filter whose error is bounded, never to decide.

/** Relative error bound of {@link approxQuotient}, with room to spare. */
export const APPROX_RELATIVE_ERROR = 2 ** -50;

/** Number of bits of a non-negative bigint (0 for 0). */
export function bitLength(value: bigint): number {
  if (value === 0n) return 0;
  return value.toString(16).length * 4 - leadingZeroBits(value.toString(16).charCodeAt(0));
}

function leadingZeroBits(hexDigitCode: number): number {
  const digit = hexDigitCode <= 57 ? hexDigitCode - 48 : hexDigitCode - 87;
  return digit >= 8 ? 0 : digit >= 4 ? 1 : digit >= 2 ? 2 : 3;
}

/**
 * A double within a relative {@link APPROX_RELATIVE_ERROR} of num/den (num ≥ 0, den > 0). Plain
 * Number(num) / Number(den) overflows once denominators pass 2^1024, which they do after a few dozen
 * rounds of equal shares, so the quotient is taken in bigint with 64 spare bits first.
 */
export function approxQuotient(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const shift = Math.max(0, bitLength(den) - bitLength(num)) + 64;
  const scaled = (num << BigInt(shift)) / den;
  const excess = Math.max(0, bitLength(scaled) - 64);
  return Number(scaled >> BigInt(excess)) * 2 ** (excess - shift);
}

/** Greatest common divisor of two non-negative safe integers. */
export function gcdInt(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** floor(num / den) for num ≥ 0, den > 0, as a safe integer (money for display). */
export function floorQuotient(num: bigint, den: bigint): number {
  return Number(num / den);
}

/** ceil(num / den) for num ≥ 0, den > 0, as a safe integer (money for display). */
export function ceilQuotient(num: bigint, den: bigint): number {
  return Number((num + den - 1n) / den);
}

/**
 * Compares strings by Unicode code point, as Python's `<` does. pabutools breaks ties on project
 * names with Python string order; JavaScript's `<` compares UTF-16 units, which disagrees for
 * characters outside the Basic Multilingual Plane.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xSurrogate = x >= 0xd800 && x <= 0xdfff;
    const ySurrogate = y >= 0xd800 && y <= 0xdfff;
    if (xSurrogate === ySurrogate) return x - y;
    return xSurrogate ? 1 : -1;
  }
  return a.length - b.length;
}

/**
 * Exact money over a denominator that grows as shares are taken: D₀, then Dᵣ = Dᵣ₋₁·fᵣ. A value is
 * kept as a numerator over the denominator of the round it was made in, and scaled up when used.
 */
export class GrowingDenominator {
  private readonly dens: bigint[];
  private readonly factors: number[] = [1];
  private ratios: bigint[] = [1n];
  private ratiosRound = 0;

  constructor(initial: bigint) {
    this.dens = [initial];
  }

  get round(): number {
    return this.dens.length - 1;
  }

  at(round: number): bigint {
    return this.dens[round] ?? 1n;
  }

  /** A numerator over round `born`'s denominator, rescaled to the current one. */
  scale(num: bigint, born: number): bigint {
    const round = this.round;
    if (this.ratiosRound !== round) {
      this.ratios = [1n];
      this.ratiosRound = round;
    }
    const depth = round - born;
    for (let i = this.ratios.length; i <= depth; i++) {
      this.ratios.push((this.ratios[i - 1] ?? 1n) * BigInt(this.factors[round - i + 1] ?? 1));
    }
    return num * (this.ratios[depth] ?? 1n);
  }

  /** Opens a round for the share x / (rich · D); returns the share as a numerator over the new D. */
  addShare(x: bigint, rich: number): bigint {
    const g = gcdInt(Number(x % BigInt(rich)), rich);
    this.factors.push(rich / g);
    this.dens.push(this.at(this.round) * BigInt(rich / g));
    return g === 1 ? x : x / BigInt(g);
  }
}
