import "server-only";
import type PgBoss from "pg-boss";
import { getConnection } from "@/db";
import { deliverPendingNotificationEmails } from "@/db/jobs/notification-emails";
import { advanceDuePlans } from "@/db/jobs/phase-clock";
import { createQueue, requestNotificationEmails, startWorkers } from "@/db/jobs/queue";
import { siteUrl } from "@/env";
import { sendMail } from "@/mailer";

const globalForJobs = globalThis as unknown as { peoplesPlanQueue?: Promise<PgBoss> };

/** One queue and its workers per server process, started with the server (instrumentation.ts). */
export function startJobQueue(): Promise<PgBoss> {
  globalForJobs.peoplesPlanQueue ??= (async () => {
    const connection = await getConnection();
    const boss = createQueue(connection);
    await startWorkers(boss, {
      deliverNotificationEmails: () => deliverPendingNotificationEmails(connection.db, (mail) => sendMail(connection.db, mail), siteUrl()),
      advanceDuePlans: () => advanceDuePlans(connection.db),
    });
    return boss;
  })();
  return globalForJobs.peoplesPlanQueue;
}

/** After a commit that wrote notifications: nudge the email worker (the minutely sweep is the backstop). */
export async function nudgeNotificationEmails(): Promise<void> {
  try {
    await requestNotificationEmails(await startJobQueue());
  } catch (error) {
    // The notification rows are already committed; the scheduled sweep will send them.
    console.error("could not nudge the email worker", error);
  }
}
