import { and, count, desc, eq, inArray, notInArray, sql, type SQL } from "drizzle-orm";
import type { PageRequest } from "@/lib/shared/pagination";
import type { Database } from "../../connect";
import { areas, deliveryIndicators, deliveryUpdates, plans, proposals } from "../../schema";

export const indicatorKinds = ["jobs_created", "volunteer_hours", "local_spend_pence", "people_reached", "apprenticeships"] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

/** Statuses on which delivery can be reported. */
export const deliverableStatuses = ["adopted", "in_delivery", "delivered"] as const;

export interface NewDeliveryUpdate {
  proposalId: string;
  authorId: string;
  body: string;
  milestone: string | null;
  happenedOn: Date;
  indicators: Partial<Record<IndicatorKind, number>>;
}

/** Records an update and its indicator values; call in the action's transaction. */
export async function recordDeliveryUpdate(db: Database, input: NewDeliveryUpdate): Promise<string> {
  const [row] = await db
    .insert(deliveryUpdates)
    .values({ proposalId: input.proposalId, authorId: input.authorId, body: input.body, milestone: input.milestone, happenedOn: input.happenedOn })
    .returning({ id: deliveryUpdates.id });
  if (!row) throw new Error("delivery update not inserted");
  const values = Object.entries(input.indicators)
    .filter((entry): entry is [IndicatorKind, number] => typeof entry[1] === "number")
    .map(([kind, value]) => ({ updateId: row.id, kind, value }));
  if (values.length) await db.insert(deliveryIndicators).values(values);
  return row.id;
}

/** What the policy needs about the proposal a delivery update is for. */
export async function getProposalForDelivery(db: Database, proposalId: string) {
  const [row] = await db
    .select({ id: proposals.id, title: proposals.title, status: proposals.status, authorId: proposals.authorId, planId: plans.id, planSlug: plans.slug, planTitle: plans.title, planPhase: plans.phase, areaId: proposals.areaId })
    .from(proposals)
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .where(eq(proposals.id, proposalId));
  return row ?? null;
}

// Updates on proposals later hidden or withdrawn are not public.
const publicProposal = notInArray(proposals.status, ["hidden", "withdrawn", "draft"]);

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
