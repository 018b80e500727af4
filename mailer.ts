import "server-only";
import nodemailer from "nodemailer";
import type { Database } from "@/db";
import { insertOutboxEmail, type OutboxEmail } from "@/db/queries/platform/insert-outbox-email";
import { mailFrom, smtpUrl } from "@/env";

let transport: nodemailer.Transporter | null = null;

/** Sends through the SMTP server named by SMTP_URL, or writes to the outbox when there is none. */
export async function sendMail(db: Database, mail: OutboxEmail): Promise<void> {
  const url = smtpUrl();
  if (!url) {
    await insertOutboxEmail(db, mail);
    return;
  }
  transport ??= nodemailer.createTransport(url);
  await transport.sendMail({ from: mailFrom(), to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
}
