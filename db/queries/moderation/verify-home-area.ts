import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Database } from "../../connect";
import { users } from "../../schema";

/** Marks a person's home neighbourhood checked; null when they have none or it is already verified. */
export async function verifyHomeArea(tx: Database, userId: string, verifiedBy: string) {
  const [verified] = await tx
    .update(users)
    .set({ homeAreaVerifiedAt: new Date(), homeAreaVerifiedBy: verifiedBy })
    .where(and(eq(users.id, userId), isNotNull(users.homeAreaId), isNull(users.homeAreaVerifiedAt)))
    .returning({ homeAreaId: users.homeAreaId });
  return verified ?? null;
}
