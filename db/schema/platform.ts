import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./_columns";
import { users } from "./people";
import { proposals } from "./proposals";

export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    proposalId: uuid("proposal_id").references(() => proposals.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    href: text("href"),
    readAt: tstz("read_at"),
    // A transactional outbox: the row commits with the event, and the email worker sends it later.
    emailStatus: text("email_status", { enum: ["pending", "sent", "skipped"] }).notNull().default("skipped"),
    emailedAt: tstz("emailed_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("notifications_user_created_idx").on(t.userId, t.createdAt),
    index("notifications_user_unread_idx").on(t.userId).where(sql`read_at is null`),
    index("notifications_email_pending_idx").on(t.createdAt).where(sql`email_status = 'pending'`),
  ],
);

/** Mail written when no SMTP server is configured; readable at the development mailbox. */
export const outboxEmails = pgTable(
  "outbox_emails",
  {
    id: id(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    createdAt: createdAt(),
  },
  (t) => [index("outbox_emails_to_created_idx").on(t.toAddress, t.createdAt)],
);

/** Fixed-window counters for abuse limits, shared by every app instance. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: tstz("window_start").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.windowStart] }),
    index("rate_limits_window_idx").on(t.windowStart),
    check("rate_limits_count_ck", sql`${t.count} >= 0`),
  ],
);

/**
 * Computed public measures, shared by every app instance: a page reads the snapshot while it is
 * fresh instead of re-running the aggregates. Only published, already-suppressed figures are kept.
 */
export const measureSnapshots = pgTable("measure_snapshots", {
  // "plan:<id>" or "region:<id>".
  key: text("key").primaryKey(),
  // The shape of `data`: a snapshot written by code with another shape is recomputed, not read.
  version: integer("version").notNull(),
  data: jsonb("data").notNull(),
  computedAt: tstz("computed_at").notNull(),
  // Set while one instance recomputes a stale snapshot, so the others keep serving it meanwhile.
  refreshingUntil: tstz("refreshing_until"),
});
