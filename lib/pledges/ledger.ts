import type { PledgeKind } from "./kinds";
import type { PledgeStatus } from "./statuses";

export interface LedgerPledge {
  kind: PledgeKind;
  quantity: number;
  status: PledgeStatus;
}

export interface PledgeRate {
  kind: PledgeKind;
  pencePerUnit: number;
}

export interface Ledger {
  requestedPence: number;
  offeredPence: number;
  confirmedPence: number;
  deliveredPence: number;
  /** Offered + confirmed + delivered: what the community has put on the table. */
  pledgedPence: number;
  /** Share of the whole project (public money + contributions) that the community brings, 0–100. */
  communitySharePercent: number;
  /** Pledged value per pound of public money requested; null when nothing is requested. */
  leverage: number | null;
  /** Kinds pledged that the plan has no rate for: shown, but not valued. */
  unvaluedKinds: PledgeKind[];
}

/**
 * The value of one pledge in pence at the plan's rate. Quantities carry two decimal places
 * (e.g. 2.5 hours), so they are scaled to hundredths to keep the arithmetic in integers.
 */
export function valuePledge(quantity: number, pencePerUnit: number): number {
  const hundredths = Math.round(quantity * 100);
  return Math.round((hundredths * pencePerUnit) / 100);
}

/** The co-production ledger: requested public funding beside pledged contributions, by status. */
export function computeLedger(requestedPence: number, pledges: readonly LedgerPledge[], rates: readonly PledgeRate[]): Ledger {
  const rateByKind = new Map(rates.map((rate) => [rate.kind, rate.pencePerUnit]));
  const totals = { offered: 0, confirmed: 0, delivered: 0 };
  const unvalued = new Set<PledgeKind>();
  for (const pledge of pledges) {
    if (pledge.status === "declined" || pledge.status === "withdrawn") continue;
    const rate = rateByKind.get(pledge.kind);
    if (rate === undefined) {
      unvalued.add(pledge.kind);
      continue;
    }
    totals[pledge.status] += valuePledge(pledge.quantity, rate);
  }
  const pledgedPence = totals.offered + totals.confirmed + totals.delivered;
  const whole = requestedPence + pledgedPence;
  return {
    requestedPence,
    offeredPence: totals.offered,
    confirmedPence: totals.confirmed,
    deliveredPence: totals.delivered,
    pledgedPence,
    communitySharePercent: whole === 0 ? 0 : Math.round((pledgedPence / whole) * 100),
    leverage: requestedPence === 0 ? null : pledgedPence / requestedPence,
    unvaluedKinds: [...unvalued].sort(),
  };
}
