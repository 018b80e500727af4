import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { notifyProposalFollowers } from "../queries/platform/notify-followers";
import { follows, notifications } from "../schema";
import { makeProposal, makeUser, makeWorld } from "../testing/factories";
import { describeWithDatabase } from "../testing/describe-with-database";
import { deliverPendingNotificationEmails, type OutgoingMail } from "./notification-emails";
import { createQueue, requestNotificationEmails, startWorkers } from "./queue";

describeWithDatabase("notification emails through the job queue", (database) => {
  it("queues email only for followers who want it, sends each once, and never to the person who acted", async () => {
    const db = database.db;
    const world = await makeWorld(db);
    const proposal = await makeProposal(db, world);
    const keen = await makeUser(db, { name: "Keen Follower", notifyByEmail: true });
    const quiet = await makeUser(db, { name: "Quiet Follower", notifyByEmail: false });
    const pledger = await makeUser(db, { name: "Pledger" });
    await db.insert(follows).values([
      { proposalId: proposal.id, userId: keen.id },
      { proposalId: proposal.id, userId: quiet.id },
      { proposalId: proposal.id, userId: pledger.id },
    ]);
    const told = await db.transaction((tx) => notifyProposalFollowers(tx, { proposalId: proposal.id, kind: "pledge.offered", title: "New pledge: 2 apprenticeships", actorId: pledger.id }));
    expect(told.sort()).toEqual([world.author.id, keen.id, quiet.id].sort());

    const sent: OutgoingMail[] = [];
    const count = await deliverPendingNotificationEmails(db, async (mail) => void sent.push(mail), "http://localhost:3000");
    // The author (notify by email defaults to on) and the keen follower; not the quiet one.
    expect(count).toBe(2);
    expect(sent.map((m) => m.to).sort()).toEqual([world.author.email, keen.email].sort());
    expect(sent[0]?.text).toContain(`http://localhost:3000/proposals/${proposal.id}`);
    expect(await deliverPendingNotificationEmails(db, async (mail) => void sent.push(mail), "http://localhost:3000")).toBe(0);
    const statuses = await db.select({ userId: notifications.userId, status: notifications.emailStatus }).from(notifications).where(eq(notifications.proposalId, proposal.id));
    expect(statuses.find((s) => s.userId === quiet.id)?.status).toBe("skipped");
  });

  it("keeps emails pending when sending fails, to try again", async () => {
    const db = database.db;
    const world = await makeWorld(db);
    const proposal = await makeProposal(db, world);
    await notifyProposalFollowers(db, { proposalId: proposal.id, kind: "comment.created", title: "New comment" });
    await expect(deliverPendingNotificationEmails(db, async () => Promise.reject(new Error("SMTP down")), "http://x")).rejects.toThrow("SMTP down");
    const [row] = await db.select().from(notifications).where(eq(notifications.proposalId, proposal.id));
    expect(row?.emailStatus).toBe("pending");
  });

  it("runs pg-boss on this engine: a job sent is worked", async () => {
    const boss = createQueue(database);
    let worked = 0;
    await startWorkers(boss, { deliverNotificationEmails: async () => ++worked, advanceDuePlans: async () => [] });
    await requestNotificationEmails(boss);
    const deadline = Date.now() + 20_000;
    while (worked === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    await boss.stop({ graceful: false, wait: true });
    expect(worked).toBeGreaterThan(0);
  });
});
