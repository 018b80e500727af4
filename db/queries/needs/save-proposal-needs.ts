import { and, eq, inArray } from "drizzle-orm";
import type { PledgeKind } from "@/lib/pledges/kinds";
import type { Database } from "../../connect";
import { needs, pledges } from "../../schema";

export interface NeedRow {
  id: string | null;
  kind: PledgeKind;
  description: string;
}

/** A draft's needs are its own until it is published (nobody can pledge to them), so they are simply replaced. */
export async function replaceDraftNeeds(tx: Database, proposalId: string, rows: readonly NeedRow[]): Promise<void> {
  await tx.delete(needs).where(eq(needs.proposalId, proposalId));
  if (rows.length > 0) await tx.insert(needs).values(rows.map((row) => ({ proposalId, kind: row.kind, description: row.description })));
}

/**
 * A live proposal's open needs, brought in line with the form: rows kept by id, new rows added,
 * dropped rows deleted — or closed, when a pledge already answers them, so the pledge keeps its link.
 * Needs already met are not the form's to change. Returns false if a row names a need it does not own.
 */
export async function syncOpenNeeds(tx: Database, proposalId: string, rows: readonly NeedRow[]): Promise<boolean> {
  const open = await tx.select({ id: needs.id }).from(needs).where(and(eq(needs.proposalId, proposalId), eq(needs.status, "open")));
  const openIds = new Set(open.map((need) => need.id));
  const keptIds = rows.flatMap((row) => (row.id ? [row.id] : []));
  if (keptIds.some((id) => !openIds.has(id))) return false;

  for (const row of rows) {
    if (row.id) {
      await tx.update(needs).set({ kind: row.kind, description: row.description }).where(and(eq(needs.id, row.id), eq(needs.proposalId, proposalId)));
    }
  }
  const fresh = rows.filter((row) => !row.id);
  if (fresh.length > 0) await tx.insert(needs).values(fresh.map((row) => ({ proposalId, kind: row.kind, description: row.description })));

  const dropped = [...openIds].filter((id) => !keptIds.includes(id));
  if (dropped.length > 0) {
    const answered = await tx.selectDistinct({ needId: pledges.needId }).from(pledges).where(inArray(pledges.needId, dropped));
    const answeredIds = answered.flatMap((row) => (row.needId ? [row.needId] : []));
    if (answeredIds.length > 0) await tx.update(needs).set({ status: "closed" }).where(and(eq(needs.proposalId, proposalId), inArray(needs.id, answeredIds)));
    const unanswered = dropped.filter((id) => !answeredIds.includes(id));
    if (unanswered.length > 0) await tx.delete(needs).where(and(eq(needs.proposalId, proposalId), inArray(needs.id, unanswered)));
  }
  return true;
}
