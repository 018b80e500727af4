import { and, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { organisations, pledges, proposals, users } from "../../schema";

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
