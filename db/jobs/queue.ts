import PgBoss from "pg-boss";
import type { Connection } from "../connect";

export const NOTIFICATION_EMAILS = "notification-emails";
export const PHASE_CLOCK = "phase-clock";

/**
 * pg-boss over our own connection (either engine), so jobs live in the same Postgres as
 * everything else and any number of app instances share them.
 */
export function createQueue(connection: Connection): PgBoss {
  return new PgBoss({
    db: { executeSql: (text, values) => connection.executeSql(text, values) },
    schema: "pgboss",
    // The embedded engine is one process: keep housekeeping light.
    maintenanceIntervalSeconds: 300,
    monitorStateIntervalSeconds: 300,
  });
}

export interface Workers {
  deliverNotificationEmails: () => Promise<number>;
  /** Closes voting at its end time and moves on dated phases set to advance automatically. */
  advanceDuePlans: () => Promise<unknown>;
}

/** Starts the queue, its queues and workers, and the once-a-minute jobs: the email sweep and the phase clock. */
export async function startWorkers(boss: PgBoss, workers: Workers): Promise<void> {
  boss.on("error", (error) => console.error("job queue error", error));
  await boss.start();
  await boss.createQueue(NOTIFICATION_EMAILS);
  await boss.work(NOTIFICATION_EMAILS, { pollingIntervalSeconds: 2 }, async () => {
    await workers.deliverNotificationEmails();
  });
  await boss.schedule(NOTIFICATION_EMAILS, "* * * * *");
  // pg-boss sends one job per minute however many instances schedule it, and the singleton
  // policy keeps a slow tick from overlapping the next; the row lock in each plan's move is what
  // makes a close count once even if two ticks did run together.
  await boss.createQueue(PHASE_CLOCK, { name: PHASE_CLOCK, policy: "singleton" });
  await boss.work(PHASE_CLOCK, { pollingIntervalSeconds: 10 }, async () => {
    await workers.advanceDuePlans();
  });
  await boss.schedule(PHASE_CLOCK, "* * * * *");
}

/** Asks for emails to go out soon; several requests within a few seconds become one job. */
export async function requestNotificationEmails(boss: PgBoss): Promise<void> {
  await boss.send(NOTIFICATION_EMAILS, {}, { singletonKey: "pending", singletonSeconds: 5 });
}
