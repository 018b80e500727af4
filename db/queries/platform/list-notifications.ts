import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { PageRequest } from "@/lib/shared/pagination";
import type { Database } from "../../connect";
import { notifications } from "../../schema";

export async function listNotifications(db: Database, userId: string, page: PageRequest) {
  const [rows, [total], [unread]] = await Promise.all([
    db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(page.pageSize).offset(page.offset),
    db.select({ n: count() }).from(notifications).where(eq(notifications.userId, userId)),
    db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return { rows, total: total?.n ?? 0, unread: unread?.n ?? 0 };
}

export async function countUnread(db: Database, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks the person's own notifications read: scoped by user in the where, whatever ids are sent. */
export async function markNotificationsRead(db: Database, userId: string, ids?: string[]): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), ids && ids.length ? inArray(notifications.id, ids) : undefined));
}
