import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Database } from "../connect";
import { notifications, users } from "../schema";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends pending notification emails, a batch at a time. Rows are claimed with SKIP LOCKED, so
 * workers on several instances never send the same row; a failed send rolls the batch back
 * and it is tried again on the next run (at-least-once delivery).
 */
export async function deliverPendingNotificationEmails(db: Database, send: (mail: OutgoingMail) => Promise<void>, siteUrl: string, batchSize = 50): Promise<number> {
  return db.transaction(async (tx) => {
    const claimed = await tx
      .select({ id: notifications.id, title: notifications.title, body: notifications.body, href: notifications.href, email: users.email, name: users.name })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(and(eq(notifications.emailStatus, "pending"), isNotNull(users.email)))
      .orderBy(asc(notifications.createdAt))
      .limit(batchSize)
      .for("update", { of: notifications, skipLocked: true });
    for (const row of claimed) {
      if (!row.email) continue;
      const link = row.href ? new URL(row.href, siteUrl).toString() : siteUrl;
      await send({
        to: row.email,
        subject: row.title,
        text: [`Hello ${row.name ?? ""},`.trim(), "", row.title, row.body, "", `See it here: ${link}`, "", "You get these emails because you follow this proposal or wrote it. You can turn them off in your profile."]
          .filter((line, index, all) => !(line === "" && all[index - 1] === ""))
          .join("\n"),
      });
    }
    if (claimed.length > 0) {
      await tx
        .update(notifications)
        .set({ emailStatus: "sent", emailedAt: sql`now()` })
        .where(inArray(notifications.id, claimed.map((row) => row.id)));
    }
    return claimed.length;
  });
}
