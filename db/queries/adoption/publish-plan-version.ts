import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../connect";
import { plans, planVersions, proposals } from "../../schema";
import { forgetPlanSnapshots } from "../measures/measure-snapshots";
import { assemblePlanDocument } from "./assemble-plan-document";

export type PublishResult =
  | { ok: true; versionId: string; version: number; adoptedProposalIds: string[]; phaseChanged: boolean }
  | { ok: false; reason: string };

/**
 * Publishes the plan as it stands as the next version. Versions are insert-only: an earlier one is
 * never updated, and the (plan, version) unique index refuses a concurrent duplicate number.
 * Call inside a transaction: the version, the adopted statuses and the phase commit together.
 */
export async function publishPlanVersion(db: Database, input: { planId: string; title: string; summary: string; publishedBy: string }): Promise<PublishResult> {
  // Lock the plan row so two publishers queue for the next number instead of colliding on it.
  const [locked] = await db.select({ id: plans.id }).from(plans).where(eq(plans.id, input.planId)).for("update");
  const document = locked ? await assemblePlanDocument(db, input.planId) : null;
  if (!document) return { ok: false, reason: "That plan no longer exists." };
  if (!document.proposals.length) return { ok: false, reason: "No proposals have been selected yet, so there is nothing to adopt." };
  const version = await nextPlanVersionNumber(db, input.planId);
  const [row] = await db
    .insert(planVersions)
    .values({ planId: input.planId, version, title: input.title, summary: input.summary, content: document as unknown as Record<string, unknown>, publishedBy: input.publishedBy })
    .returning({ id: planVersions.id });
  if (!row) throw new Error("plan version not inserted");
  const adopted = await db
    .update(proposals)
    .set({ status: "adopted" })
    .where(and(eq(proposals.planId, input.planId), eq(proposals.status, "selected")))
    .returning({ id: proposals.id });
  const phase = await db.update(plans).set({ phase: "adopted" }).where(and(eq(plans.id, input.planId), eq(plans.phase, "results"))).returning({ id: plans.id });
  await forgetPlanSnapshots(db, input.planId);
  return { ok: true, versionId: row.id, version, adoptedProposalIds: adopted.map((p) => p.id), phaseChanged: phase.length > 0 };
}

/** The next version number, for the "Publish version N" button. */
export async function nextPlanVersionNumber(db: Database, planId: string): Promise<number> {
  const [latest] = await db.select({ n: sql<number>`coalesce(max(${planVersions.version}), 0)`.mapWith(Number) }).from(planVersions).where(eq(planVersions.planId, planId));
  return (latest?.n ?? 0) + 1;
}
