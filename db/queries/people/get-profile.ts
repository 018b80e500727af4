import { eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { equalityAnswers, users } from "../../schema";

export async function getProfile(db: Database, userId: string) {
  const [[user], [equality]] = await Promise.all([
    db.select().from(users).where(eq(users.id, userId)).limit(1),
    db.select().from(equalityAnswers).where(eq(equalityAnswers.userId, userId)).limit(1),
  ]);
  return user ? { user, equality: equality ?? null } : null;
}
