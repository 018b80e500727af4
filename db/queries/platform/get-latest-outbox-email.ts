import { desc, eq } from "drizzle-orm";
import type { Database } from "../../connect";
import { outboxEmails } from "../../schema";

/** The text of the newest email in the outbox for an address, or null when there is none. */
export async function getLatestOutboxEmail(db: Database, toAddress: string): Promise<string | null> {
  const [mail] = await db
    .select({ text: outboxEmails.textBody })
    .from(outboxEmails)
    .where(eq(outboxEmails.toAddress, toAddress))
    .orderBy(desc(outboxEmails.createdAt))
    .limit(1);
  return mail?.text ?? null;
}
