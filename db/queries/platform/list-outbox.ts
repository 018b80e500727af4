import { count, desc, eq } from "drizzle-orm";
import type { PageRequest } from "@/lib/shared/pagination";
import type { Database } from "../../connect";
import { outboxEmails } from "../../schema";

/** The demo mailbox: newest first, optionally for one address. */
export async function listOutbox(db: Database, page: PageRequest, toAddress?: string) {
  const where = toAddress ? eq(outboxEmails.toAddress, toAddress.trim().toLowerCase()) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(outboxEmails).where(where).orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id)).limit(page.pageSize).offset(page.offset),
    db.select({ n: count() }).from(outboxEmails).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
