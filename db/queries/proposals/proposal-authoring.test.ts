import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planThemes, proposalPhotos, proposals } from "../../schema";
import { makePlan, makeProposal, makeTheme, makeUser, makeWorld } from "../../testing/factories";
import { createTestDatabase, testEngines, type TestDatabase } from "../../testing/test-database";
import { addPhoto, deleteDraft, getPhotoAccess, isThemeAllowed, listDrafts, listProposalThemes, removePhoto, withdrawProposal } from "./proposal-authoring";

describe.each(testEngines())("proposal authoring queries (%s)", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.destroy();
  });

  it("offers the region's themes until the plan chooses its own", async () => {
    const world = await makeWorld(database.db);
    const other = await makeTheme(database.db, world.region.id);
    expect((await listProposalThemes(database.db, world.plan.id, world.region.id)).map((t) => t.id).sort()).toEqual([world.theme.id, other.id].sort());
    await database.db.insert(planThemes).values({ planId: world.plan.id, themeId: other.id });
    expect((await listProposalThemes(database.db, world.plan.id, world.region.id)).map((t) => t.id)).toEqual([other.id]);
    expect(await isThemeAllowed(database.db, world.plan.id, world.region.id, world.theme.id)).toBe(false);
    expect(await isThemeAllowed(database.db, world.plan.id, world.region.id, other.id)).toBe(true);
  });

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

  it("puts photos in the free places and removes only the author's own", async () => {
    const world = await makeWorld(database.db);
    const proposal = await makeProposal(database.db, world, { status: "draft", publishedAt: null });
    const photo = (n: number) => ({ proposalId: proposal.id, storageKey: `${proposal.id}-${n}.webp`, altText: `Photo ${n}`, width: 10, height: 10 });
    const added: { id: string; position: number; storageKey: string }[] = [];
    const stranger = await makeUser(database.db);
    expect(await database.db.transaction((tx) => addPhoto(tx, stranger.id, photo(9)))).toEqual({ added: null, reason: "not_found" });
    for (let n = 0; n < 3; n++) {
      const outcome = await database.db.transaction((tx) => addPhoto(tx, world.author.id, photo(n)));
      if (outcome.added) added.push(outcome.added);
    }
    expect(added.map((p) => p.position)).toEqual([0, 1, 2]);
    expect(await database.db.transaction((tx) => addPhoto(tx, world.author.id, photo(3)))).toEqual({ added: null, reason: "full" });

    const middle = added[1];
    if (!middle) throw new Error("no photo");
    expect(await removePhoto(database.db, { proposalId: proposal.id, authorId: stranger.id, photoId: middle.id })).toBeNull();
    expect(await removePhoto(database.db, { proposalId: proposal.id, authorId: world.author.id, photoId: middle.id })).toBe(middle.storageKey);
    expect((await database.db.transaction((tx) => addPhoto(tx, world.author.id, photo(4)))).added?.position).toBe(1);
  });

  it("tells who may see a photo from its proposal's status and author", async () => {
    const world = await makeWorld(database.db);
    const proposal = await makeProposal(database.db, world, { status: "draft", publishedAt: null });
    await database.db.insert(proposalPhotos).values({ proposalId: proposal.id, storageKey: `${proposal.id}.webp`, altText: "A bench", width: 1, height: 1 });
    expect(await getPhotoAccess(database.db, `${proposal.id}.webp`)).toEqual({ status: "draft", authorId: world.author.id });
    expect(await getPhotoAccess(database.db, "nothing-here.webp")).toBeNull();
  });

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
