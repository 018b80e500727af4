import { eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { equalityAnswers, users } from "../../schema";

export async function updateProfile(
  db: Database,
  userId: string,
  values: { name: string; homeAreaId: string | null; notifyByEmail: boolean; notifyDigest: boolean },
  homeAreaChanged: boolean,
) {
  await db
    .update(users)
    .set({
      ...values,
      // A new home neighbourhood needs verifying again where a plan requires verified voters.
      ...(homeAreaChanged ? { homeAreaVerifiedAt: null, homeAreaVerifiedBy: null } : {}),
    })
    .where(eq(users.id, userId));
}

export async function saveEqualityAnswers(db: Database, userId: string, answers: Omit<typeof equalityAnswers.$inferInsert, "userId" | "updatedAt">) {
  await db
    .insert(equalityAnswers)
    .values({ userId, ...answers, updatedAt: new Date() })
    .onConflictDoUpdate({ target: equalityAnswers.userId, set: { ...answers, updatedAt: new Date() } });
}
