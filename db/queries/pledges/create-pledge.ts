import type { Database } from "../../connect";
import { pledges } from "../../schema";

export async function insertPledge(db: Database, values: typeof pledges.$inferInsert) {
  const [row] = await db.insert(pledges).values(values).returning({ id: pledges.id });
  if (!row) throw new Error("pledge not inserted");
  return row;
}
