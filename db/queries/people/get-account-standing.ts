import { eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { users } from "../../schema";

export interface AccountStanding {
  id: string;
  suspended: boolean;
  erased: boolean;
}

/** Whether an account may start a session: found by id (Auth.js) or by email (demo personas). */
export async function getAccountStanding(db: Database, by: { id: string } | { email: string }): Promise<AccountStanding | null> {
  const [row] = await db
    .select({ id: users.id, suspendedAt: users.suspendedAt, deletedAt: users.deletedAt })
    .from(users)
    .where("id" in by ? eq(users.id, by.id) : eq(users.email, by.email));
  return row ? { id: row.id, suspended: row.suspendedAt !== null, erased: row.deletedAt !== null } : null;
}
