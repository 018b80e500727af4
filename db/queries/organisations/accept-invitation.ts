import { and, eq, gt } from "drizzle-orm";
import type { Database } from "../../connect";
import { invitations, memberships, organisations, users } from "../../schema";
import { hashToken } from "./invite-member";
import { getOrganisationSummary } from "./get-organisation";

export async function getInvitationByToken(db: Database, token: string) {
  const [row] = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      status: invitations.status,
      expiresAt: invitations.expiresAt,
      organisation: { id: organisations.id, slug: organisations.slug, name: organisations.name },
      inviterName: users.name,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.tokenHash, hashToken(token)))
    .limit(1);
  return row ?? null;
}

export type AcceptOutcome =
  | { ok: true; organisation: { id: string; slug: string; name: string } }
  | { ok: false; reason: "not_found" | "used" | "expired" | "wrong_email" };

/**
 * Accepts an invitation for the signed-in person whose email it was sent to. The conditional
 * update is the guard: of two concurrent accepts, only one finds the invitation still pending.
 */
export async function acceptInvitation(tx: Database, token: string, person: { id: string; email: string | null }): Promise<AcceptOutcome> {
  const email = (person.email ?? "").trim().toLowerCase();
  const [accepted] = await tx
    .update(invitations)
    .set({ status: "accepted" })
    .where(and(eq(invitations.tokenHash, hashToken(token)), eq(invitations.status, "pending"), gt(invitations.expiresAt, new Date()), eq(invitations.email, email)))
    .returning({ organisationId: invitations.organisationId, role: invitations.role });
  if (!accepted) {
    const invitation = await getInvitationByToken(tx, token);
    if (!invitation) return { ok: false, reason: "not_found" };
    if (invitation.status !== "pending") return { ok: false, reason: "used" };
    if (invitation.expiresAt <= new Date()) return { ok: false, reason: "expired" };
    return { ok: false, reason: "wrong_email" };
  }
  // Someone who already belongs keeps their role; the invitation is still used up.
  await tx.insert(memberships).values({ organisationId: accepted.organisationId, userId: person.id, role: accepted.role }).onConflictDoNothing();
  const organisation = await getOrganisationSummary(tx, accepted.organisationId);
  if (!organisation) return { ok: false, reason: "not_found" };
  return { ok: true, organisation };
}
