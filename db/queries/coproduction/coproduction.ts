import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { needStatusFor, statusesBefore, type PledgeTransition } from "@/lib/pledges/pledges";
import type { Database } from "../../connect";
import {
  endorsements,
  follows,
  memberships,
  needs,
  organisations,
  partners,
  plans,
  pledgeRates,
  pledges,
  proposals,
  supports,
  users,
} from "../../schema";

/** The proposal a pledge, support, endorsement or partner offer touches, with what the policy needs. */
export async function getInteractionTarget(db: Database, proposalId: string) {
  const [row] = await db
    .select({
      id: proposals.id,
      title: proposals.title,
      status: proposals.status,
      authorId: proposals.authorId,
      planPhase: plans.phase,
    })
    .from(proposals)
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .where(eq(proposals.id, proposalId))
    .limit(1);
  return row ?? null;
}

/**
 * Locks the proposal's row until the transaction ends. Under read committed each later statement
 * then sees every earlier writer's rows, so concurrent pledges and supports refresh the counters
 * in turn instead of each counting from a stale snapshot. "No key update" leaves foreign-key
 * checks (new comments, pledges) unblocked.
 */
export async function lockProposal(db: Database, proposalId: string) {
  const [row] = await db.select({ title: proposals.title }).from(proposals).where(eq(proposals.id, proposalId)).for("no key update");
  return row ?? null;
}

export async function getOrganisationName(db: Database, organisationId: string): Promise<string | null> {
  const [row] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId)).limit(1);
  return row?.name ?? null;
}

// Pledges

/** A pledge only if it belongs to the named proposal: ids from a form are never trusted alone. */
export async function getPledgeOnProposal(db: Database, pledgeId: string, proposalId: string) {
  const [row] = await db
    .select({
      id: pledges.id,
      status: pledges.status,
      kind: pledges.kind,
      quantity: pledges.quantity,
      unit: pledges.unit,
      needId: pledges.needId,
      pledgerId: pledges.pledgerId,
      organisationId: pledges.organisationId,
      pledgerName: users.name,
      organisationName: organisations.name,
      proposalAuthorId: proposals.authorId,
    })
    .from(pledges)
    .innerJoin(proposals, eq(proposals.id, pledges.proposalId))
    .innerJoin(users, eq(users.id, pledges.pledgerId))
    .leftJoin(organisations, eq(organisations.id, pledges.organisationId))
    .where(and(eq(pledges.id, pledgeId), eq(pledges.proposalId, proposalId)))
    .limit(1);
  return row ?? null;
}

export async function getNeedOnProposal(db: Database, needId: string, proposalId: string) {
  const [row] = await db
    .select({ id: needs.id, kind: needs.kind, status: needs.status, description: needs.description })
    .from(needs)
    .where(and(eq(needs.id, needId), eq(needs.proposalId, proposalId)))
    .limit(1);
  return row ?? null;
}

export async function insertPledge(db: Database, values: typeof pledges.$inferInsert) {
  const [row] = await db.insert(pledges).values(values).returning({ id: pledges.id });
  if (!row) throw new Error("pledge not inserted");
  return row;
}

/**
 * Moves a pledge on, only from a status the lifecycle allows and only on the named proposal;
 * returns null when nothing matched (a stale click, a delivered pledge, another proposal's pledge).
 */
export async function movePledge(db: Database, target: { pledgeId: string; proposalId: string; to: PledgeTransition }) {
  const now = new Date();
  const [row] = await db
    .update(pledges)
    // Drizzle leaves undefined columns untouched, so only the matching timestamp is written.
    .set({
      status: target.to,
      confirmedAt: target.to === "confirmed" ? now : undefined,
      deliveredAt: target.to === "delivered" ? now : undefined,
      withdrawnAt: target.to === "withdrawn" ? now : undefined,
    })
    .where(and(eq(pledges.id, target.pledgeId), eq(pledges.proposalId, target.proposalId), inArray(pledges.status, statusesBefore(target.to))))
    .returning({ id: pledges.id, needId: pledges.needId });
  return row ?? null;
}

/** Recomputes whether a need is met from the pledges that answer it (lib/pledges.ts decides). */
export async function refreshNeedStatus(db: Database, needId: string): Promise<void> {
  const [[need], answering] = await Promise.all([
    db.select({ kind: needs.kind, status: needs.status }).from(needs).where(eq(needs.id, needId)).limit(1),
    db.select({ kind: pledges.kind, status: pledges.status }).from(pledges).where(eq(pledges.needId, needId)),
  ]);
  if (!need) return;
  const status = needStatusFor(need, answering);
  if (status !== need.status) await db.update(needs).set({ status }).where(and(eq(needs.id, needId), eq(needs.status, need.status)));
}

// Supports and follows: the unique index decides, so a double click or a race leaves one row.

export async function addSupport(db: Database, proposalId: string, userId: string): Promise<boolean> {
  const rows = await db.insert(supports).values({ proposalId, userId }).onConflictDoNothing().returning({ userId: supports.userId });
  return rows.length > 0;
}

export async function removeSupport(db: Database, proposalId: string, userId: string): Promise<boolean> {
  const rows = await db.delete(supports).where(and(eq(supports.proposalId, proposalId), eq(supports.userId, userId))).returning({ userId: supports.userId });
  return rows.length > 0;
}

export async function addFollow(db: Database, proposalId: string, userId: string): Promise<boolean> {
  const rows = await db.insert(follows).values({ proposalId, userId }).onConflictDoNothing().returning({ userId: follows.userId });
  return rows.length > 0;
}

export async function removeFollow(db: Database, proposalId: string, userId: string): Promise<boolean> {
  const rows = await db.delete(follows).where(and(eq(follows.proposalId, proposalId), eq(follows.userId, userId))).returning({ userId: follows.userId });
  return rows.length > 0;
}

// Endorsements and partners

export async function addEndorsement(db: Database, values: { proposalId: string; organisationId: string; endorsedBy: string; statement: string }): Promise<boolean> {
  const rows = await db.insert(endorsements).values(values).onConflictDoNothing().returning({ id: endorsements.id });
  return rows.length > 0;
}

export async function getEndorsementOnProposal(db: Database, endorsementId: string, proposalId: string) {
  const [row] = await db
    .select({ id: endorsements.id, organisationId: endorsements.organisationId, organisationName: organisations.name })
    .from(endorsements)
    .innerJoin(organisations, eq(organisations.id, endorsements.organisationId))
    .where(and(eq(endorsements.id, endorsementId), eq(endorsements.proposalId, proposalId)))
    .limit(1);
  return row ?? null;
}

export async function removeEndorsement(db: Database, target: { endorsementId: string; proposalId: string; organisationId: string }): Promise<boolean> {
  const rows = await db
    .delete(endorsements)
    .where(and(eq(endorsements.id, target.endorsementId), eq(endorsements.proposalId, target.proposalId), eq(endorsements.organisationId, target.organisationId)))
    .returning({ id: endorsements.id });
  return rows.length > 0;
}

export async function addPartnerOffer(db: Database, values: { proposalId: string; organisationId: string; role: string; offeredBy: string }): Promise<boolean> {
  const rows = await db.insert(partners).values(values).onConflictDoNothing().returning({ id: partners.id });
  return rows.length > 0;
}

/** Accepts or declines an offer that is still open; returns the organisation's name, or null if nothing matched. */
export async function decidePartnerOffer(db: Database, target: { partnerId: string; proposalId: string; status: "agreed" | "declined" }) {
  const [row] = await db
    .update(partners)
    .set({ status: target.status })
    .where(and(eq(partners.id, target.partnerId), eq(partners.proposalId, target.proposalId), eq(partners.status, "proposed")))
    .returning({ organisationId: partners.organisationId });
  return row ? getOrganisationName(db, row.organisationId) : null;
}

// What the proposal page shows

/** Everything the co-production panel shows, with the ids the page needs to decide who sees which button. */
export async function getCoproductionPanel(db: Database, proposalId: string, planId: string) {
  const pledgerOrg = alias(organisations, "pledger_org");
  const [needRows, pledgeRows, rates, endorsementRows, partnerRows] = await Promise.all([
    db
      .select({ id: needs.id, kind: needs.kind, description: needs.description, status: needs.status })
      .from(needs)
      .where(eq(needs.proposalId, proposalId))
      .orderBy(asc(needs.createdAt), asc(needs.id)),
    db
      .select({
        id: pledges.id,
        kind: pledges.kind,
        quantity: pledges.quantity,
        unit: pledges.unit,
        description: pledges.description,
        status: pledges.status,
        needId: pledges.needId,
        pledgerId: pledges.pledgerId,
        organisationId: pledges.organisationId,
        pledgerName: users.name,
        organisationName: pledgerOrg.name,
        organisationSector: pledgerOrg.sector,
      })
      .from(pledges)
      .innerJoin(users, eq(users.id, pledges.pledgerId))
      .leftJoin(pledgerOrg, eq(pledgerOrg.id, pledges.organisationId))
      .where(eq(pledges.proposalId, proposalId))
      .orderBy(asc(pledges.createdAt), asc(pledges.id)),
    db.select({ kind: pledgeRates.kind, unit: pledgeRates.unit, pencePerUnit: pledgeRates.pencePerUnit }).from(pledgeRates).where(eq(pledgeRates.planId, planId)),
    db
      .select({
        id: endorsements.id,
        organisationId: endorsements.organisationId,
        statement: endorsements.statement,
        organisationName: organisations.name,
        sector: organisations.sector,
        verifiedAt: organisations.verifiedAt,
      })
      .from(endorsements)
      .innerJoin(organisations, eq(organisations.id, endorsements.organisationId))
      .where(eq(endorsements.proposalId, proposalId))
      .orderBy(asc(endorsements.createdAt), asc(endorsements.id)),
    db
      .select({
        id: partners.id,
        organisationId: partners.organisationId,
        role: partners.role,
        status: partners.status,
        organisationName: organisations.name,
        sector: organisations.sector,
      })
      .from(partners)
      .innerJoin(organisations, eq(organisations.id, partners.organisationId))
      .where(eq(partners.proposalId, proposalId))
      .orderBy(asc(partners.createdAt), asc(partners.id)),
  ]);
  return { needs: needRows, pledges: pledgeRows, rates, endorsements: endorsementRows, partners: partnerRows };
}

export type CoproductionPanel = Awaited<ReturnType<typeof getCoproductionPanel>>;

/** The signed-in person's own relation to a proposal: whether they support or follow it, and who they may act for. */
export async function getViewerInteractions(db: Database, proposalId: string, userId: string) {
  const [[support], [follow], actingFor] = await Promise.all([
    db.select({ n: sql<number>`1` }).from(supports).where(and(eq(supports.proposalId, proposalId), eq(supports.userId, userId))).limit(1),
    db.select({ n: sql<number>`1` }).from(follows).where(and(eq(follows.proposalId, proposalId), eq(follows.userId, userId))).limit(1),
    // Only organisations the person administers: plain members may not pledge, endorse or partner for them.
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(and(eq(memberships.userId, userId), inArray(memberships.role, ["owner", "admin"])))
      .orderBy(asc(organisations.name)),
  ]);
  return { supports: support !== undefined, follows: follow !== undefined, actingFor };
}

export type ViewerInteractions = Awaited<ReturnType<typeof getViewerInteractions>>;
