import "server-only";
import type { FreezeCheck } from "@/lib/plans/ballot-freeze";
import { ActionError } from "./action";

/** Turns a frozen-ballot refusal into the message the person reads; `field` puts it next to an input. */
export function refuseWhenFrozen(check: FreezeCheck, field?: string): void {
  if (!check.ok) throw new ActionError(check.reason, field);
}
