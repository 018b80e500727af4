import { createHash, randomBytes } from "node:crypto";
import { and, asc, count, desc, eq, gt, ilike, isNull, ne, or, sql } from "drizzle-orm";
import type { Sector } from "@/lib/labels";
import type { PageRequest } from "@/lib/shared/pagination";
import type { OrganisationRole } from "@/lib/policy";
import type { Database } from "../../connect";
import { areas, invitations, joinRequests, memberships, organisations, regions, users } from "../../schema";
import { containsPattern } from "@/lib/shared/search-text";

export const INVITATION_DAYS = 14;

export interface OrganisationFilters {
  query?: string;
  sector?: Sector;
  areaId?: string;
}

const memberCount = sql<number>`(select count(*) from ${memberships} where ${memberships.organisationId} = ${organisations.id})::int`;

/** The public directory: one page matching the filters, plus the total; two queries, no N+1. */
export async function listOrganisations(db: Database, filters: OrganisationFilters, page: PageRequest) {
  const pattern = filters.query ? containsPattern(filters.query) : null;
  const where = and(
    pattern ? or(ilike(organisations.name, pattern), ilike(organisations.description, pattern), ilike(organisations.offers, pattern)) : undefined,
    filters.sector ? eq(organisations.sector, filters.sector) : undefined,
    filters.areaId ? eq(organisations.areaServedId, filters.areaId) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: organisations.id,
        slug: organisations.slug,
        name: organisations.name,
        sector: organisations.sector,
        description: organisations.description,
        verifiedAt: organisations.verifiedAt,
        areaName: areas.name,
        memberCount,
      })
      .from(organisations)
      .leftJoin(areas, eq(areas.id, organisations.areaServedId))
      .where(where)
      .orderBy(asc(organisations.name), asc(organisations.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ n: count() }).from(organisations).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export type OrganisationListItem = Awaited<ReturnType<typeof listOrganisations>>["rows"][number];

const roleOrder = sql`case ${memberships.role} when 'owner' then 0 when 'admin' then 1 else 2 end`;

/** A profile with its members (owner first, then admins, then by name); two queries. */
export async function getOrganisationBySlug(db: Database, slug: string) {
  const [row] = await db
    .select({ organisation: organisations, areaName: areas.name, regionName: regions.name })
    .from(organisations)
    .innerJoin(regions, eq(regions.id, organisations.regionId))
    .leftJoin(areas, eq(areas.id, organisations.areaServedId))
    .where(eq(organisations.slug, slug))
    .limit(1);
  if (!row) return null;
  const members = await db
    .select({ userId: users.id, name: users.name, role: memberships.role, joinedAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, row.organisation.id))
    .orderBy(roleOrder, asc(users.name), asc(users.id));
  return { ...row.organisation, areaName: row.areaName, regionName: row.regionName, members };
}

export type OrganisationProfile = NonNullable<Awaited<ReturnType<typeof getOrganisationBySlug>>>;

export async function getOrganisationSummary(db: Database, organisationId: string) {
  const [row] = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, regionId: organisations.regionId })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .limit(1);
  return row ?? null;
}

export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return base || "organisation";
}

export interface OrganisationProfileInput {
  name: string;
  sector: Sector;
  description: string;
  offers: string;
  areaServedId: string | null;
  website: string | null;
}

/** Creates the organisation and its owner's membership; pass the action's transaction. */
export async function createOrganisation(tx: Database, input: OrganisationProfileInput & { regionId: string; ownerId: string }) {
  const { ownerId, ...values } = input;
  const base = slugify(input.name);
  for (let attempt = 0; attempt < 5; attempt++) {
    // The unique slug decides a race between two organisations of the same name.
    const slug = attempt === 0 ? base : `${base}-${randomBytes(3).toString("hex")}`;
    const [created] = await tx.insert(organisations).values({ ...values, slug }).onConflictDoNothing({ target: organisations.slug }).returning();
    if (created) {
      await tx.insert(memberships).values({ organisationId: created.id, userId: ownerId, role: "owner" });
      return created;
    }
  }
  throw new Error("could not find a free slug");
}

export async function updateOrganisation(tx: Database, organisationId: string, input: OrganisationProfileInput) {
  const [updated] = await tx.update(organisations).set(input).where(eq(organisations.id, organisationId)).returning({ slug: organisations.slug });
  return updated ?? null;
}

/** Marks an organisation verified by a council officer; false when it already was. */
export async function verifyOrganisation(tx: Database, organisationId: string, moderatorId: string): Promise<boolean> {
  const verified = await tx
    .update(organisations)
    .set({ verifiedAt: new Date(), verifiedBy: moderatorId })
    .where(and(eq(organisations.id, organisationId), isNull(organisations.verifiedAt)))
    .returning({ id: organisations.id });
  return verified.length > 0;
}

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

export type MemberChange = "done" | "not_member" | "owner";

async function roleOf(db: Database, organisationId: string, userId: string): Promise<OrganisationRole | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
    .limit(1);
  return row?.role ?? null;
}

/** The owner is never changed or removed here: ownership only moves by transfer. */
export async function changeMemberRole(tx: Database, organisationId: string, userId: string, role: "admin" | "member"): Promise<MemberChange> {
  const changed = await tx
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId), ne(memberships.role, "owner")))
    .returning({ id: memberships.id });
  if (changed.length > 0) return "done";
  return (await roleOf(tx, organisationId, userId)) === "owner" ? "owner" : "not_member";
}

export async function removeMember(tx: Database, organisationId: string, userId: string): Promise<MemberChange> {
  const removed = await tx
    .delete(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId), ne(memberships.role, "owner")))
    .returning({ id: memberships.id });
  if (removed.length > 0) return "done";
  return (await roleOf(tx, organisationId, userId)) === "owner" ? "owner" : "not_member";
}

/** Leaving is removing oneself, so an owner must hand over ownership first. */
export function leaveOrganisation(tx: Database, organisationId: string, userId: string): Promise<MemberChange> {
  return removeMember(tx, organisationId, userId);
}

/**
 * Hands ownership to an existing member in the caller's transaction: the old owner becomes an
 * admin first, so the one-owner index never sees two owners. A failure must roll back the caller.
 */
export async function transferOwnership(tx: Database, organisationId: string, toUserId: string): Promise<"done" | "not_member" | "already_owner"> {
  const role = await roleOf(tx, organisationId, toUserId);
  if (role === null) return "not_member";
  if (role === "owner") return "already_owner";
  await tx.update(memberships).set({ role: "admin" }).where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "owner")));
  const promoted = await tx
    .update(memberships)
    .set({ role: "owner" })
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, toUserId)))
    .returning({ id: memberships.id });
  return promoted.length > 0 ? "done" : "not_member";
}
