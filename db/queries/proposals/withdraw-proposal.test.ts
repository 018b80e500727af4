import { expect, it } from "vitest";
import { makePlan, makeProposal, makeUser, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { deleteDraft } from "./delete-draft";
import { withdrawProposal } from "./withdraw-proposal";

describeWithDatabase("withdrawing and deleting proposals", (database) => {
  it("withdraws and deletes only the author's own proposals, each in its own state", async () => {
    const world = await makeWorld(database.db);
    const plan = await makePlan(database.db, world.region.id, { phase: "voting" });
    const live = await makeProposal(database.db, { ...world, plan });
    const draft = await makeProposal(database.db, world, { status: "draft", publishedAt: null });
    const stranger = await makeUser(database.db);
    expect(await withdrawProposal(database.db, live.id, stranger.id)).toBe("not_found");
    expect(await withdrawProposal(database.db, draft.id, world.author.id)).toBe("draft");
    expect(await withdrawProposal(database.db, live.id, world.author.id)).toBe("withdrawn");
    expect(await withdrawProposal(database.db, live.id, world.author.id)).toBe("already_withdrawn");
    expect(await deleteDraft(database.db, draft.id, stranger.id)).toBeNull();
    expect(await deleteDraft(database.db, live.id, world.author.id)).toBeNull();
    expect(await deleteDraft(database.db, draft.id, world.author.id)).toEqual([]);
  });
});
