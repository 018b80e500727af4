/** Fixed windows: every instance computes the same window start, so one Postgres row counts for all. */
export function windowStart(now: Date, windowMs: number): Date {
  if (windowMs <= 0) throw new RangeError("window must be positive");
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

export interface LimitCheck {
  key: string;
  limit: number;
}

/** The first limit a set of post-increment counts exceeds, or null when all are within bounds. */
export function firstExceeded(checks: readonly (LimitCheck & { count: number })[]): LimitCheck | null {
  return checks.find((check) => check.count > check.limit) ?? null;
}

/** Keys are normalised so "Ann@Example.org " and "ann@example.org" share a counter. */
export function rateLimitKey(scope: string, subject: string): string {
  return `${scope}:${subject.trim().toLowerCase()}`;
}
