import { expect, it } from "vitest";
import { proposalPhotos } from "../../schema";
import { makeProposal, makeUser, makeWorld } from "../../testing/factories";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { addPhoto, removePhoto } from "./manage-proposal-photos";
import { getPhotoAccess } from "./get-proposal-photos";

describeWithDatabase("proposal photos", (database) => {
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
});
