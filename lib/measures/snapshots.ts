/** How long a computed snapshot of public figures may be served. */
export interface SnapshotPolicy {
  /** Younger than this: served as it is. */
  freshMs: number;
  /** Younger than this (but not fresh): served while one instance recomputes it; older is recomputed first. */
  staleMs: number;
}

export type SnapshotDecision = "serve" | "serve-and-refresh" | "compute";

/**
 * Whether a page may use a stored snapshot. A snapshot from the future (clocks differ between
 * instances) counts as fresh; a policy with freshMs 0 turns snapshots off.
 */
export function decideSnapshot(computedAt: Date | null, now: Date, policy: SnapshotPolicy): SnapshotDecision {
  if (!computedAt || policy.freshMs <= 0) return "compute";
  const age = now.getTime() - computedAt.getTime();
  if (age < policy.freshMs) return "serve";
  if (age < Math.max(policy.freshMs, policy.staleMs)) return "serve-and-refresh";
  return "compute";
}

/** Reads the policy from seconds given as text (environment variables), falling back on the defaults. */
export function snapshotPolicy(freshSeconds: string | undefined, staleSeconds: string | undefined, defaults = { fresh: 60, stale: 1800 }): SnapshotPolicy {
  const seconds = (text: string | undefined, fallback: number) => {
    const value = text === undefined || text.trim() === "" ? NaN : Number(text);
    return Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return { freshMs: seconds(freshSeconds, defaults.fresh) * 1000, staleMs: seconds(staleSeconds, defaults.stale) * 1000 };
}
