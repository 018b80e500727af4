import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Database } from "../../connect";
import { sessions, users } from "../../schema";

/** Suspends a person and deletes their sessions, so they are signed out on their next request. */
export async function suspendPerson(db: Database, userId: string, reason: string): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({ suspendedAt: new Date(), suspendedReason: reason })
    .where(and(eq(users.id, userId), isNull(users.suspendedAt), isNull(users.deletedAt)))
    .returning({ id: users.id });
  await db.delete(sessions).where(eq(sessions.userId, userId));
  return updated.length > 0;
}

export async function reinstatePerson(db: Database, userId: string): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({ suspendedAt: null, suspendedReason: null })
    .where(and(eq(users.id, userId), isNotNull(users.suspendedAt)))
    .returning({ id: users.id });
  return updated.length > 0;
}
