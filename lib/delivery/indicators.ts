import { formatPence } from "../shared/money";

/** What a delivery update can report in numbers (docs/DESIGN.md §3), in the order tables and the open data list them. */
export const indicatorKinds = ["jobs_created", "volunteer_hours", "local_spend_pence", "people_reached", "apprenticeships"] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

export const indicatorLabels = {
  jobs_created: "Jobs created",
  volunteer_hours: "Volunteer hours",
  local_spend_pence: "Local spend",
  people_reached: "People reached",
  apprenticeships: "Apprenticeships",
} as const satisfies Record<IndicatorKind, string>;

/** A heading for raw values (tables, CSVs, the open data), where money is a number of pence. */
export function indicatorHeading(kind: IndicatorKind): string {
  return kind === "local_spend_pence" ? `${indicatorLabels[kind]} (pence)` : indicatorLabels[kind];
}

/** The indicators reported as whole counts; local spend is money, typed in pounds and stored in pence. */
export const countIndicatorKinds = ["jobs_created", "apprenticeships", "volunteer_hours", "people_reached"] as const satisfies readonly IndicatorKind[];

const whole = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

export function formatIndicator(kind: IndicatorKind, value: number): string {
  return kind === "local_spend_pence" ? formatPence(Math.round(value)) : whole.format(value);
}
