import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { proposals } from "../../schema";
import { makeProposal, makeUser, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { listDrafts } from "./list-drafts";

describeWithDatabase("a person's drafts", (database) => {
  it("lists only the person's own drafts, most recent first, a page at a time", async () => {
    const world = await makeWorld(database.db);
    const me = await makeUser(database.db);
    const mine = { ...world, author: me };
    const older = await makeProposal(database.db, mine, { status: "draft", publishedAt: null, title: "Older draft" });
    const newer = await makeProposal(database.db, mine, { status: "draft", publishedAt: null, title: "Newer draft" });
    await database.db.update(proposals).set({ updatedAt: new Date(Date.now() - 60_000) }).where(eq(proposals.id, older.id));
    await makeProposal(database.db, mine, { title: "Published one" });
    await makeProposal(database.db, world, { status: "draft", publishedAt: null, title: "Someone else's draft" });
    const first = await listDrafts(database.db, me.id, { page: 1, pageSize: 1, offset: 0 });
    expect(first).toMatchObject({ total: 2, rows: [{ id: newer.id, title: "Newer draft", planSlug: world.plan.slug }] });
    const second = await listDrafts(database.db, me.id, { page: 2, pageSize: 1, offset: 1 });
    expect(second.rows.map((r) => r.id)).toEqual([older.id]);
  });
});
