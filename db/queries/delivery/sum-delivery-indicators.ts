import { and, eq, sql } from "drizzle-orm";
import { indicatorKinds } from "@/lib/delivery/indicators";
import type { Database } from "../../connect";
import { deliveryIndicators, deliveryUpdates, proposals } from "../../schema";
import { publicProposal } from "./list-delivery-updates";

/** Indicator totals across a plan's or a neighbourhood's public updates. */
export async function sumDeliveryIndicators(db: Database, scope: { planId: string } | { areaId: string }) {
  const rows = await db
    .select({ kind: deliveryIndicators.kind, total: sql<number>`sum(${deliveryIndicators.value})`.mapWith(Number) })
    .from(deliveryIndicators)
    .innerJoin(deliveryUpdates, eq(deliveryUpdates.id, deliveryIndicators.updateId))
    .innerJoin(proposals, eq(proposals.id, deliveryUpdates.proposalId))
    .where(and("planId" in scope ? eq(proposals.planId, scope.planId) : eq(proposals.areaId, scope.areaId), publicProposal))
    .groupBy(deliveryIndicators.kind);
  return indicatorKinds.flatMap((kind) => {
    const row = rows.find((r) => r.kind === kind);
    return row ? [{ kind, total: row.total }] : [];
  });
}
