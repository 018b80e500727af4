import { asc, count, desc, eq, sql } from "drizzle-orm";
import { deliveryUpdates, proposals } from "../../schema";
import { type OpenList, publicProposalsOf } from "./open-list";

export const openDeliveryUpdates: OpenList<string, OpenDeliveryUpdate> = {
  rows: (db, planId, window) =>
    db
      .select({
        id: deliveryUpdates.id,
        proposalId: deliveryUpdates.proposalId,
        proposalTitle: proposals.title,
        milestone: deliveryUpdates.milestone,
        body: deliveryUpdates.body,
        happenedOn: deliveryUpdates.happenedOn,
        // Indicators ride along as one object per update, so a page is one query, not one per update.
        indicators: sql<Record<string, number> | null>`(select json_object_agg(di.kind, di.value) from delivery_indicators di where di.update_id = ${deliveryUpdates.id})`,
      })
      .from(deliveryUpdates)
      .innerJoin(proposals, eq(proposals.id, deliveryUpdates.proposalId))
      .where(publicProposalsOf(planId))
      .orderBy(desc(deliveryUpdates.happenedOn), asc(deliveryUpdates.id))
      .limit(window.limit)
      .offset(window.offset),
  count: async (db, planId) =>
    (
      await db
        .select({ n: count() })
        .from(deliveryUpdates)
        .innerJoin(proposals, eq(proposals.id, deliveryUpdates.proposalId))
        .where(publicProposalsOf(planId))
    )[0]?.n ?? 0,
};

export type OpenDeliveryUpdate = {
  id: string;
  proposalId: string;
  proposalTitle: string;
  milestone: string | null;
  body: string;
  happenedOn: Date;
  indicators: Record<string, number> | null;
};
