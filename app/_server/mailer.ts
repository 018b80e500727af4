import "server-only";
import nodemailer from "nodemailer";
import type { Database } from "@/db";
import { outboxEmails } from "@/db/schema";
import { mailFrom, smtpUrl } from "./env";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

let transport: nodemailer.Transporter | null = null;

/** Sends through the SMTP server named by SMTP_URL, or writes to the outbox when there is none. */
export async function sendMail(db: Database, mail: Mail): Promise<void> {
  const url = smtpUrl();
  if (!url) {
    await db.insert(outboxEmails).values({ toAddress: mail.to, subject: mail.subject, textBody: mail.text, htmlBody: mail.html ?? null });
    return;
  }
  transport ??= nodemailer.createTransport(url);
  await transport.sendMail({ from: mailFrom(), to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
}
