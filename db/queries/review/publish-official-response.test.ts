import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { plans, proposals } from "../../schema";
import { makeProposal, makeUser, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { listOfficialResponses, listProposalsAwaitingResponse } from "./list-official-responses";
import { publishOfficialResponse } from "./publish-official-response";

describeWithDatabase("official response queries", (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let officer: { id: string };

  beforeAll(async () => {
    world = await makeWorld(database.db);
    await database.db.update(plans).set({ phase: "results" }).where(eq(plans.id, world.plan.id));
    officer = await makeUser(database.db);
  });

  const respond = (proposalId: string, status: "selected" | "adopted" | "in_delivery" | "shortlisted", body = "Because it fits the plan.") =>
    database.db.transaction((tx) => publishOfficialResponse(tx, { proposalId, status, body, respondingBody: "Northbridge LEP", respondedBy: officer.id }));

  it("keeps a proposal's responses in order as it moves along", async () => {
    const proposal = await makeProposal(database.db, world, { status: "selected" });
    expect(await respond(proposal.id, "selected", "Chosen by the vote.")).toMatchObject({ ok: true, changedStatus: false, from: "selected" });
    expect(await respond(proposal.id, "adopted", "Now in the adopted plan.")).toMatchObject({ ok: true, changedStatus: true });
    expect(await respond(proposal.id, "in_delivery", "Work has started.")).toMatchObject({ ok: true, changedStatus: true });
    expect((await listOfficialResponses(database.db, proposal.id)).map((r) => [r.status, r.body])).toEqual([
      ["selected", "Chosen by the vote."],
      ["adopted", "Now in the adopted plan."],
      ["in_delivery", "Work has started."],
    ]);
    const [row] = await database.db.select().from(proposals).where(eq(proposals.id, proposal.id));
    expect(row?.status).toBe("in_delivery");
  });

  it("refuses shortlisting after the review phase, and a proposal that is not public", async () => {
    const published = await makeProposal(database.db, world);
    expect(await respond(published.id, "shortlisted")).toEqual({ ok: false, reason: "Proposals can only be shortlisted while the plan is in its ideas or review phase." });
    const hidden = await makeProposal(database.db, world, { status: "hidden" });
    expect(await respond(hidden.id, "selected")).toMatchObject({ ok: false });
    expect(await listOfficialResponses(database.db, hidden.id)).toEqual([]);
  });

  it("lists waiting proposals longest-waiting first", async () => {
    const fresh = await makeWorld(database.db);
    const older = await makeProposal(database.db, fresh, { title: "Older", status: "not_selected" });
    await database.db.update(proposals).set({ updatedAt: new Date("2026-01-01T00:00:00Z") }).where(eq(proposals.id, older.id));
    await makeProposal(database.db, fresh, { title: "Newer", status: "selected" });
    await makeProposal(database.db, fresh, { title: "Just published" });
    expect((await listProposalsAwaitingResponse(database.db, fresh.plan.id)).map((p) => p.title)).toEqual(["Older", "Newer"]);
  });
});
