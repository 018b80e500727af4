import { sql } from "drizzle-orm";
import { bigserial, check, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./_columns";
import { flagStatus, moderationActionKind } from "./enums";
import { users } from "./people";
import { comments, proposals } from "./proposals";

/** A report of a comment or a proposal: exactly one target. */
export const flags = pgTable(
  "flags",
  {
    id: id(),
    reporterId: uuid("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    proposalId: uuid("proposal_id").references(() => proposals.id, { onDelete: "cascade" }),
    commentId: uuid("comment_id").references(() => comments.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    status: flagStatus("status").notNull().default("open"),
    resolvedBy: uuid("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: tstz("resolved_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("flags_status_created_idx").on(t.status, t.createdAt),
    index("flags_proposal_idx").on(t.proposalId),
    index("flags_comment_idx").on(t.commentId),
    check("flags_one_target_ck", sql`num_nonnulls(${t.proposalId}, ${t.commentId}) = 1`),
  ],
);

/** What a moderator did, to what, and why (the author sees the reason). */
export const moderationActions = pgTable(
  "moderation_actions",
  {
    id: id(),
    moderatorId: uuid("moderator_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    action: moderationActionKind("action").notNull(),
    proposalId: uuid("proposal_id").references(() => proposals.id, { onDelete: "set null" }),
    commentId: uuid("comment_id").references(() => comments.id, { onDelete: "set null" }),
    subjectUserId: uuid("subject_user_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("moderation_actions_created_idx").on(t.createdAt),
    index("moderation_actions_proposal_idx").on(t.proposalId),
    index("moderation_actions_comment_idx").on(t.commentId),
    index("moderation_actions_subject_idx").on(t.subjectUserId),
  ],
);

/** Append-only record of every privileged action: who, what, when and why. */
export const auditLog = pgTable(
  "audit_log",
  {
    // A sequence gives a total order even for entries within the same microsecond.
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    // No cascade: the log is append-only (a trigger refuses updates), and people are anonymised, never deleted.
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "no action" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    reason: text("reason"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_log_created_idx").on(t.createdAt),
    index("audit_log_actor_idx").on(t.actorId, t.createdAt),
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    index("audit_log_action_idx").on(t.action, t.createdAt),
  ],
);
