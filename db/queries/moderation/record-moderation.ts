import { and, eq, isNull } from "drizzle-orm";
import type { ModerationTarget } from "@/lib/moderation/moderation-rules";
import type { Database } from "../../connect";
import { flags, moderationActions, notifications, users } from "../../schema";
import { recordAudit } from "../platform/record-audit";

/** An in-app message to one person, e.g. the author of what a moderator hid. */
export async function notifyPerson(tx: Database, note: { userId: string; kind: string; proposalId: string | null; title: string; body: string; href: string | null }) {
  const [person] = await tx.select({ notifyByEmail: users.notifyByEmail }).from(users).where(and(eq(users.id, note.userId), isNull(users.deletedAt)));
  if (!person) return;
  await tx.insert(notifications).values({ ...note, emailStatus: person.notifyByEmail ? "pending" : "skipped" });
}

export type ModerationOutcome = { target: ModerationTarget; proposalId: string } | null;

export interface Moderation {
  moderatorId: string;
  reason: string;
}

export async function resolveFlags(tx: Database, target: ModerationTarget, status: "upheld" | "dismissed", moderatorId: string): Promise<number> {
  const rows = await tx
    .update(flags)
    .set({ status, resolvedBy: moderatorId, resolvedAt: new Date() })
    .where(and(eq(flags.status, "open"), target.kind === "comment" ? eq(flags.commentId, target.id) : eq(flags.proposalId, target.id)))
    .returning({ id: flags.id });
  return rows.length;
}

export async function recordModeration(tx: Database, m: Moderation, action: "hide" | "restore" | "dismiss_flag", target: ModerationTarget, details: Record<string, unknown> = {}) {
  await tx.insert(moderationActions).values({
    moderatorId: m.moderatorId,
    action,
    reason: m.reason,
    commentId: target.kind === "comment" ? target.id : null,
    proposalId: target.kind === "proposal" ? target.id : null,
  });
  await recordAudit(tx, {
    actorId: m.moderatorId,
    action: `${target.kind}.${action === "dismiss_flag" ? "dismiss_reports" : action}`,
    entityType: target.kind,
    entityId: target.id,
    reason: m.reason,
    details,
  });
}
