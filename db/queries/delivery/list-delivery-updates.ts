import { and, count, desc, eq, inArray, notInArray, type SQL } from "drizzle-orm";
import { indicatorKinds } from "@/lib/delivery/indicators";
import type { PageRequest } from "@/lib/shared/pagination";
import { areas, deliveryIndicators, deliveryUpdates, proposals } from "../../schema";
import type { Database } from "../../connect";

// Updates on proposals later hidden or withdrawn are not public.
export const publicProposal = notInArray(proposals.status, ["hidden", "withdrawn", "draft"]);

async function listUpdates(db: Database, scope: SQL | undefined, page: PageRequest) {
  const where = and(scope, publicProposal);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: deliveryUpdates.id,
        proposalId: proposals.id,
        proposalTitle: proposals.title,
        areaName: areas.name,
        body: deliveryUpdates.body,
        milestone: deliveryUpdates.milestone,
        happenedOn: deliveryUpdates.happenedOn,
        createdAt: deliveryUpdates.createdAt,
      })
      .from(deliveryUpdates)
      .innerJoin(proposals, eq(proposals.id, deliveryUpdates.proposalId))
      .innerJoin(areas, eq(areas.id, proposals.areaId))
      .where(where)
      .orderBy(desc(deliveryUpdates.happenedOn), desc(deliveryUpdates.createdAt), desc(deliveryUpdates.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ n: count() }).from(deliveryUpdates).innerJoin(proposals, eq(proposals.id, deliveryUpdates.proposalId)).where(where),
  ]);
  const indicators = rows.length
    ? await db.select().from(deliveryIndicators).where(inArray(deliveryIndicators.updateId, rows.map((r) => r.id)))
    : [];
  return {
    rows: rows.map((row) => ({
      ...row,
      indicators: indicators
        .filter((i) => i.updateId === row.id)
        .sort((a, b) => indicatorKinds.indexOf(a.kind) - indicatorKinds.indexOf(b.kind))
        .map((i) => ({ kind: i.kind, value: i.value })),
    })),
    total: total?.n ?? 0,
  };
}

export type DeliveryUpdateRow = Awaited<ReturnType<typeof listUpdates>>["rows"][number];

export function listDeliveryUpdatesByProposal(db: Database, proposalId: string, page: PageRequest) {
  return listUpdates(db, eq(deliveryUpdates.proposalId, proposalId), page);
}

export function listDeliveryUpdatesByPlan(db: Database, planId: string, page: PageRequest) {
  return listUpdates(db, eq(proposals.planId, planId), page);
}

export function listDeliveryUpdatesByArea(db: Database, areaId: string, page: PageRequest) {
  return listUpdates(db, eq(proposals.areaId, areaId), page);
}
