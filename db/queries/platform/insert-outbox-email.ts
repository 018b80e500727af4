import type { Database } from "../../connect";
import { outboxEmails } from "../../schema";

export interface OutboxEmail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Keeps an email in the outbox instead of sending it: the demo mailbox, or a deployment without SMTP. */
export async function insertOutboxEmail(db: Database, mail: OutboxEmail): Promise<void> {
  await db.insert(outboxEmails).values({ toAddress: mail.to, subject: mail.subject, textBody: mail.text, htmlBody: mail.html ?? null });
}
