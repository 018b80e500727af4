import { and, eq, inArray, type SQL } from "drizzle-orm";
import { publicProposalStatuses } from "@/lib/proposals/statuses";
import type { Database } from "../../connect";
import { proposals } from "../../schema";

/**
 * Open data: what anyone may read about published plans, page by page. Every list selects named
 * columns only — never from users, equality_answers, or a pledger's or author's identity — so a
 * new column in the schema cannot leak into the API by accident.
 */

export interface Window {
  limit: number;
  offset: number;
}

/** A public list: one query for a window of rows, one for the total; the CSV export pages with `rows`. */
export interface OpenList<Scope, Row> {
  rows(db: Database, scope: Scope, window: Window): Promise<Row[]>;
  count(db: Database, scope: Scope): Promise<number>;
}

export async function readPage<Scope, Row>(list: OpenList<Scope, Row>, db: Database, scope: Scope, window: Window) {
  const [rows, total] = await Promise.all([list.rows(db, scope, window), list.count(db, scope)]);
  return { rows, total };
}

/** What a plan-scoped list may read: one plan (already known to be published) and only its public proposals. */
export const publicProposalsOf = (planId: string): SQL | undefined =>
  and(eq(proposals.planId, planId), inArray(proposals.status, [...publicProposalStatuses]));
