import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { refreshProposalCounters } from "@/db/queries/proposals/refresh-proposal-counters";
import { follows, memberships, needs, notifications, organisations, pledgeRates, pledges, proposals } from "@/db/schema";
import { makeProposal, makeUser, makeWorld } from "@/db/testing/factories";

/**
 * A proposal in an ideas-phase plan with rates, one open need for two placements, a business with an
 * admin and a plain member, a resident and a follower: the cast of the co-production tests.
 */
export async function makeCoproductionWorld(db: Database) {
  const world = await makeWorld(db);
  await db.insert(pledgeRates).values([
    { planId: world.plan.id, kind: "jobs", unit: "placement", pencePerUnit: 300_000 },
    { planId: world.plan.id, kind: "volunteer_hours", unit: "hour", pencePerUnit: 1_500 },
  ]);
  const proposal = await makeProposal(db, world);
  const [need] = await db.insert(needs).values({ proposalId: proposal.id, kind: "jobs", description: "Two apprenticeship placements" }).returning();
  const [business] = await db
    .insert(organisations)
    .values({ regionId: world.region.id, slug: `holroyd-${randomBytes(4).toString("hex")}`, name: "Holroyd & Daughters", sector: "business" })
    .returning();
  if (!need || !business) throw new Error("world not created");
  await refreshProposalCounters(db, proposal.id);
  const [orgAdmin, otherAdmin, orgMember, resident, follower] = await Promise.all([
    makeUser(db, { name: "Hana Holroyd" }),
    makeUser(db, { name: "Omar Holroyd" }),
    makeUser(db, { name: "Mel Member" }),
    makeUser(db, { name: "Rita Resident" }),
    makeUser(db, { name: "Fran Follower" }),
  ]);
  await db.insert(memberships).values([
    { organisationId: business.id, userId: orgAdmin.id, role: "admin" },
    { organisationId: business.id, userId: otherAdmin.id, role: "owner" },
    { organisationId: business.id, userId: orgMember.id, role: "member" },
  ]);
  await db.insert(follows).values({ proposalId: proposal.id, userId: follower.id });
  return { ...world, proposal, need, business, orgAdmin, otherAdmin, orgMember, resident, follower };
}

export type CoproductionWorld = Awaited<ReturnType<typeof makeCoproductionWorld>>;

export async function countersOf(db: Database, proposalId: string) {
  const [row] = await db
    .select({ supports: proposals.supportCount, pledgedPence: proposals.pledgedValuePence, openNeeds: proposals.openNeedCount })
    .from(proposals)
    .where(eq(proposals.id, proposalId));
  if (!row) throw new Error("no proposal");
  return row;
}

export async function pledgesOn(db: Database, proposalId: string) {
  return db.select().from(pledges).where(eq(pledges.proposalId, proposalId));
}

export async function notificationsFor(db: Database, userId: string, proposalId: string) {
  return db
    .select({ kind: notifications.kind, title: notifications.title })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.proposalId, proposalId)));
}
