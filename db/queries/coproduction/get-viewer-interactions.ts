import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../connect";
import { follows, memberships, organisations, supports } from "../../schema";

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
