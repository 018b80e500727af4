import { and, eq } from "drizzle-orm";
import { awaitingModerationReason, proposalRateRule, rateLimitExceeded, screenContent } from "@/lib/moderation/moderation-rules";
import { rateLimitKey } from "@/lib/platform/rate-limit";
import type { Database } from "../../connect";
import { plans, proposals } from "../../schema";
import { hitRateLimit } from "../platform/hit-rate-limit";

export type PublishGuard = { outcome: "published" } | { outcome: "held"; reason: string } | { outcome: "rate_limited"; message: string };

/**
 * For the publish action, in its transaction right after the draft became "published": counts the
 * publication against the author's limit, then holds it if its plan pre-moderates new proposals or
 * its words trip the spam guards. Held proposals are hidden with status_before_hidden "published",
 * so a moderator's restore publishes them and the same hide/restore path serves every case.
 */
export async function guardPublishedProposal(tx: Database, proposal: { id: string; authorId: string }, words: readonly string[], now = new Date()): Promise<PublishGuard> {
  const hits = await hitRateLimit(tx, rateLimitKey(proposalRateRule.scope, proposal.authorId), proposalRateRule.windowMs, now);
  if (rateLimitExceeded(proposalRateRule, hits)) return { outcome: "rate_limited", message: proposalRateRule.message };
  const [row] = await tx
    .select({ title: proposals.title, summary: proposals.summary, body: proposals.body, preModeration: plans.preModeration })
    .from(proposals)
    .innerJoin(plans, eq(plans.id, proposals.planId))
    .where(and(eq(proposals.id, proposal.id), eq(proposals.authorId, proposal.authorId), eq(proposals.status, "published")));
  if (!row) return { outcome: "published" };
  const screening = screenContent(`${row.title}\n${row.summary}\n${row.body}`, { words });
  const reason = screening.held ? screening.reason : row.preModeration ? awaitingModerationReason : null;
  if (!reason) return { outcome: "published" };
  await tx
    .update(proposals)
    .set({ status: "hidden", statusBeforeHidden: "published", hiddenReason: reason })
    .where(and(eq(proposals.id, proposal.id), eq(proposals.status, "published")));
  return { outcome: "held", reason };
}
