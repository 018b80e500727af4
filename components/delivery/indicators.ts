import type { IndicatorKind } from "@/db/queries/delivery/delivery";
import { formatPence } from "@/lib/shared/money";

export const indicatorLabels: Record<IndicatorKind, string> = {
  jobs_created: "Jobs created",
  volunteer_hours: "Volunteer hours",
  local_spend_pence: "Local spend",
  people_reached: "People reached",
  apprenticeships: "Apprenticeships",
};

const whole = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

export function formatIndicator(kind: IndicatorKind, value: number): string {
  return kind === "local_spend_pence" ? formatPence(Math.round(value)) : whole.format(value);
}
