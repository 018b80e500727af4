import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { standingPledgeStatuses } from "@/lib/pledges/statuses";

/**
 * One pledge's value in pence, exactly as `valuePledge` in lib/pledges/ledger.ts computes it: the
 * quantity in hundredths times the plan's rate, rounded to whole pence. Null where there is no rate.
 */
export function pledgeValuePence(quantity: SQLWrapper, pencePerUnit: SQLWrapper): SQL {
  return sql`round(round(${quantity} * 100) * ${pencePerUnit} / 100.0)`;
}

/** The statuses of pledges that still stand, as a list for `status in (…)`. */
export function standingPledgeStatusList(): SQL {
  return sql.join(standingPledgeStatuses.map((status) => sql`${status}`), sql`, `);
}
