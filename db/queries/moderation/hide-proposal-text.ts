import { and, eq, inArray, isNull } from "drizzle-orm";
import { ballotProjectStatuses } from "@/lib/plans/ballot-freeze";
import type { ModerationTarget } from "@/lib/moderation/moderation-rules";
import type { Database } from "../../connect";
import { proposals } from "../../schema";
import { type Moderation, type ModerationOutcome, notifyPerson, recordModeration, resolveFlags } from "./record-moderation";

/**
 * Takes an on-ballot proposal's text out of view and keeps it counted: its status stays, and the
 * moderator's reason in `hidden_reason` (set on a proposal that is not hidden) tells every page to show
 * the reason instead of the text. Unlawful text must go at once, yet the vote must not change.
 */
export async function hideProposalText(tx: Database, target: ModerationTarget, m: Moderation): Promise<ModerationOutcome> {
  if (target.kind !== "proposal") return null;
  const [row] = await tx
    .update(proposals)
    .set({ hiddenReason: m.reason })
    .where(and(eq(proposals.id, target.id), inArray(proposals.status, [...ballotProjectStatuses]), isNull(proposals.hiddenReason), isNull(proposals.mergedIntoId)))
    .returning({ authorId: proposals.authorId, title: proposals.title });
  if (!row) return null;
  await notifyPerson(tx, {
    userId: row.authorId,
    kind: "moderation.hidden",
    proposalId: target.id,
    title: `A moderator took the text of your proposal “${row.title}” out of view`,
    body: `It stays on the ballot and is counted. Reason: ${m.reason}`,
    href: `/proposals/${target.id}`,
  });
  const reports = await resolveFlags(tx, target, "upheld", m.moderatorId);
  await recordModeration(tx, m, "hide", target, { keptOnBallot: true, reportsUpheld: reports });
  return { target, proposalId: target.id };
}
