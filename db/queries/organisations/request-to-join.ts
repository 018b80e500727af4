import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { joinRequests, memberships, users } from "../../schema";

/** False when the person already has a request waiting (one pending request per person). */
export async function createJoinRequest(tx: Database, input: { organisationId: string; userId: string; message: string }): Promise<boolean> {
  const created = await tx.insert(joinRequests).values(input).onConflictDoNothing().returning({ id: joinRequests.id });
  return created.length > 0;
}

export function listPendingJoinRequests(db: Database, organisationId: string) {
  return db
    .select({ id: joinRequests.id, userId: users.id, name: users.name, message: joinRequests.message, createdAt: joinRequests.createdAt })
    .from(joinRequests)
    .innerJoin(users, eq(users.id, joinRequests.userId))
    .where(and(eq(joinRequests.organisationId, organisationId), eq(joinRequests.status, "pending")))
    .orderBy(asc(joinRequests.createdAt), asc(joinRequests.id));
}

export async function hasPendingJoinRequest(db: Database, organisationId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: joinRequests.id })
    .from(joinRequests)
    .where(and(eq(joinRequests.organisationId, organisationId), eq(joinRequests.userId, userId), eq(joinRequests.status, "pending")))
    .limit(1);
  return row !== undefined;
}

/** Approves (adding a member) or declines a pending request; null when none was pending. */
export async function decideJoinRequest(tx: Database, input: { organisationId: string; requestId: string; approve: boolean; decidedBy: string }) {
  const [decided] = await tx
    .update(joinRequests)
    .set({ status: input.approve ? "accepted" : "declined", decidedBy: input.decidedBy })
    .where(and(eq(joinRequests.id, input.requestId), eq(joinRequests.organisationId, input.organisationId), eq(joinRequests.status, "pending")))
    .returning({ userId: joinRequests.userId });
  if (!decided) return null;
  if (input.approve) await tx.insert(memberships).values({ organisationId: input.organisationId, userId: decided.userId, role: "member" }).onConflictDoNothing();
  return decided;
}
