import type { IndicatorKind } from "@/lib/delivery/indicators";
import type { Database } from "../../connect";
import { deliveryIndicators, deliveryUpdates } from "../../schema";

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
