import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { needs, pledges } from "../../schema";
import { makeProposal, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { refreshNeedStatus } from "./refresh-need-status";

describeWithDatabase("a need's status from its pledges", (database) => {

  it("meets a need from its confirmed pledges, reopens it, and never reopens a closed one", async () => {
    const db = database.db;
    const world = await makeWorld(db);
    const proposal = await makeProposal(db, world);
    const [open, closed] = await db
      .insert(needs)
      .values([
        { proposalId: proposal.id, kind: "premises", description: "A hall on Tuesdays" },
        { proposalId: proposal.id, kind: "premises", description: "Storage", status: "closed" },
      ])
      .returning();
    if (!open || !closed) throw new Error("no needs");
    const statusOf = async (id: string) => (await db.select({ status: needs.status }).from(needs).where(eq(needs.id, id)))[0]?.status;
    const [pledge] = await db
      .insert(pledges)
      .values([
        { proposalId: proposal.id, pledgerId: world.author.id, needId: open.id, kind: "premises", quantity: 10, unit: "session", status: "confirmed" },
        { proposalId: proposal.id, pledgerId: world.author.id, needId: closed.id, kind: "premises", quantity: 1, unit: "session", status: "confirmed" },
      ])
      .returning();
    await refreshNeedStatus(db, open.id);
    await refreshNeedStatus(db, closed.id);
    expect([await statusOf(open.id), await statusOf(closed.id)]).toEqual(["met", "closed"]);
    await db.update(pledges).set({ status: "withdrawn" }).where(eq(pledges.id, pledge?.id ?? ""));
    await refreshNeedStatus(db, open.id);
    expect(await statusOf(open.id)).toBe("open");
  });
});
