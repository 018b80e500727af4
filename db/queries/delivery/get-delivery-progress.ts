import type { PageRequest } from "@/lib/shared/pagination";
import type { Database } from "../../connect";
import { listDeliveryUpdatesByArea, listDeliveryUpdatesByPlan } from "./list-delivery-updates";
import { sumDeliveryIndicators } from "./sum-delivery-indicators";

export type DeliveryScope = { planId: string } | { areaId: string };

/** Delivery across a plan or a neighbourhood: one page of its updates and its indicator totals. */
export async function getDeliveryProgress(db: Database, scope: DeliveryScope, page: PageRequest) {
  const [{ rows, total }, totals] = await Promise.all([
    "planId" in scope ? listDeliveryUpdatesByPlan(db, scope.planId, page) : listDeliveryUpdatesByArea(db, scope.areaId, page),
    sumDeliveryIndicators(db, scope),
  ]);
  return { rows, total, totals };
}

export type DeliveryProgress = Awaited<ReturnType<typeof getDeliveryProgress>>;
