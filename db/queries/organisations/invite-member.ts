import { createHash, randomBytes } from "node:crypto";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../../connect";
import { invitations, memberships, users } from "../../schema";

export const INVITATION_DAYS = 14;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Invites an email address. Only the token's SHA-256 hash is stored, so a database leak gives
 * no usable links; the token itself goes out once, in the email. A new invitation to the same
 * address replaces any pending one.
 */
export async function createInvitation(tx: Database, input: { organisationId: string; email: string; role: "admin" | "member"; invitedBy: string }) {
  const email = input.email.trim().toLowerCase();
  const token = randomBytes(32).toString("base64url");
  await tx
    .update(invitations)
    .set({ status: "revoked" })
    .where(and(eq(invitations.organisationId, input.organisationId), eq(invitations.email, email), eq(invitations.status, "pending")));
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  const [invitation] = await tx
    .insert(invitations)
    .values({ organisationId: input.organisationId, email, role: input.role, tokenHash: hashToken(token), invitedBy: input.invitedBy, expiresAt })
    .returning();
  if (!invitation) throw new Error("invitation not created");
  return { token, invitation };
}

export async function isMemberByEmail(db: Database, organisationId: string, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), sql`lower(${users.email}) = ${email.trim().toLowerCase()}`))
    .limit(1);
  return row !== undefined;
}

export function listPendingInvitations(db: Database, organisationId: string) {
  return db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, createdAt: invitations.createdAt })
    .from(invitations)
    .where(and(eq(invitations.organisationId, organisationId), eq(invitations.status, "pending")))
    .orderBy(desc(invitations.createdAt), asc(invitations.id));
}

export async function revokeInvitation(tx: Database, organisationId: string, invitationId: string): Promise<boolean> {
  const revoked = await tx
    .update(invitations)
    .set({ status: "revoked" })
    .where(and(eq(invitations.id, invitationId), eq(invitations.organisationId, organisationId), eq(invitations.status, "pending")))
    .returning({ id: invitations.id });
  return revoked.length > 0;
}
