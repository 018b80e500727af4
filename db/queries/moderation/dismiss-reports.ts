import { eq } from "drizzle-orm";
import type { ModerationTarget } from "@/lib/moderation/moderation-rules";
import type { Database } from "../../connect";
import { comments } from "../../schema";
import { type Moderation, type ModerationOutcome, recordModeration, resolveFlags } from "./record-moderation";

/** Closes the open reports on a target without acting on it. */
export async function dismissReports(tx: Database, target: ModerationTarget, m: Moderation): Promise<ModerationOutcome> {
  const dismissed = await resolveFlags(tx, target, "dismissed", m.moderatorId);
  if (dismissed === 0) return null;
  let proposalId = target.id;
  if (target.kind === "comment") {
    const [row] = await tx.select({ proposalId: comments.proposalId }).from(comments).where(eq(comments.id, target.id));
    proposalId = row?.proposalId ?? target.id;
  }
  await recordModeration(tx, m, "dismiss_flag", target, { reportsDismissed: dismissed });
  return { target, proposalId };
}
