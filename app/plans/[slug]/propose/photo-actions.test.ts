import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { proposalPhotos } from "@/db/schema";
import { makeProposal, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../../_server/test-harness";
import { addPhotoAction, removePhotoAction } from "./photo-actions";

async function photoFile(name: string, options: { width: number; height: number; format: "jpeg" | "png"; withGps?: boolean }) {
  let image = sharp({ create: { width: options.width, height: options.height, channels: 3, background: { r: 40, g: 120, b: 80 } } });
  if (options.withGps) image = image.withExifMerge({ IFD0: { Copyright: "Where I live" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "53/1 48/1 0/1" } });
  const bytes = await (options.format === "jpeg" ? image.jpeg() : image.png()).toBuffer();
  return new File([new Uint8Array(bytes)], name, { type: `image/${options.format}` });
}

describeWithDatabase("photo actions called directly", { onDatabase: useTestDatabase }, (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let uploads: string;
  const previousUploads = process.env.UPLOADS_DIR;

  beforeAll(async () => {
    world = await makeWorld(database.db);
    uploads = mkdtempSync(path.join(tmpdir(), "pp-uploads-"));
    process.env.UPLOADS_DIR = uploads;
  });
  afterAll(async () => {
    process.env.UPLOADS_DIR = previousUploads;
    rmSync(uploads, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await actAs(null);
  });

  const upload = (proposalId: string, photo: File | string, alt = "Volunteers mending a bike") => {
    const data = form({ proposalId, alt });
    data.append("photo", photo);
    return addPhotoAction(null, data);
  };
  const photosOf = (proposalId: string) => database.db.select().from(proposalPhotos).where(eq(proposalPhotos.proposalId, proposalId));
  const storedFiles = () => readdirSync(uploads).filter((name) => !name.startsWith("."));

  it("refuses a text file renamed .jpg with a message beside the photo field, storing nothing", async () => {
    const proposal = await makeProposal(database.db, world, { status: "draft", publishedAt: null });
    await actAs(world.author.id);
    const before = storedFiles();
    const fake = new File(["These are my notes, not a photo."], "holiday.jpg", { type: "image/jpeg" });
    const result = await upload(proposal.id, fake);
    expect(result).toMatchObject({ ok: false, fieldErrors: { photo: ["That file is not a JPEG, PNG or WebP photo. Choose a photo in one of those formats."] } });
    expect(await photosOf(proposal.id)).toEqual([]);
    expect(storedFiles()).toEqual(before);
  });

  it("refuses a real image in a format it does not take, whatever it is called", async () => {
    const proposal = await makeProposal(database.db, world, { status: "draft", publishedAt: null });
    await actAs(world.author.id);
    const gif = new File([new Uint8Array(await sharp({ create: { width: 4, height: 4, channels: 3, background: "red" } }).gif().toBuffer())], "photo.png", { type: "image/png" });
    expect(await upload(proposal.id, gif)).toMatchObject({ ok: false, fieldErrors: { photo: [expect.stringMatching(/not a JPEG, PNG or WebP/)] } });
    expect(await photosOf(proposal.id)).toEqual([]);
  });

  it("re-encodes a photo: shrunk to 1600 px, saved as WebP, its location metadata gone", async () => {
    const proposal = await makeProposal(database.db, world, { status: "draft", publishedAt: null });
    await actAs(world.author.id);
    const original = await photoFile("bike.jpg", { width: 2400, height: 1200, format: "jpeg", withGps: true });
    expect((await sharp(await original.arrayBuffer()).metadata()).exif).toBeDefined();
    const result = await upload(proposal.id, original);
    if (!result.ok) throw new Error(result.message);
    expect(result.data).toMatchObject({ width: 1600, height: 800, alt: "Volunteers mending a bike" });
    const [row] = await photosOf(proposal.id);
    expect(row).toMatchObject({ position: 0, width: 1600, height: 800, altText: "Volunteers mending a bike" });
    const key = row?.storageKey ?? "";
    expect(result.data.url).toBe(`/photos/${key}`);
    const stored = await sharp(path.join(uploads, key)).metadata();
    expect(stored).toMatchObject({ format: "webp", width: 1600, height: 800 });
    expect(stored.exif).toBeUndefined();
  });

  it("keeps to three photos", async () => {
    const proposal = await makeProposal(database.db, world, { status: "draft", publishedAt: null });
    await actAs(world.author.id);
    for (let i = 0; i < 3; i++) expect(await upload(proposal.id, await photoFile(`p${i}.png`, { width: 20, height: 20, format: "png" }))).toMatchObject({ ok: true });
    const fourth = await upload(proposal.id, await photoFile("p3.png", { width: 20, height: 20, format: "png" }));
    expect(fourth).toMatchObject({ ok: false, fieldErrors: { photo: ["You can add up to three photos. Remove one to add another."] } });
    expect((await photosOf(proposal.id)).map((p) => p.position).sort()).toEqual([0, 1, 2]);
  });

  it("needs a description of every photo", async () => {
    const proposal = await makeProposal(database.db, world, { status: "draft", publishedAt: null });
    await actAs(world.author.id);
    expect(await upload(proposal.id, await photoFile("p.png", { width: 20, height: 20, format: "png" }), " ")).toMatchObject({
      ok: false,
      fieldErrors: { alt: ["Describe this photo for people who cannot see it"] },
    });
  });

  it("refuses to add or remove photos on someone else's proposal", async () => {
    const proposal = await makeProposal(database.db, world, { status: "draft", publishedAt: null });
    await actAs(world.author.id);
    const added = await upload(proposal.id, await photoFile("mine.png", { width: 20, height: 20, format: "png" }));
    if (!added.ok) throw new Error(added.message);
    const stranger = await makeUser(database.db);
    await actAs(stranger.id);
    expect(await upload(proposal.id, await photoFile("theirs.png", { width: 20, height: 20, format: "png" }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await removePhotoAction(null, form({ proposalId: proposal.id, photoId: added.data.id }))).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await photosOf(proposal.id)).toHaveLength(1);
  });

  it("lets the author remove a photo, its file going with it", async () => {
    const proposal = await makeProposal(database.db, world);
    await actAs(world.author.id);
    const added = await upload(proposal.id, await photoFile("gone.png", { width: 20, height: 20, format: "png" }));
    if (!added.ok) throw new Error(added.message);
    const key = added.data.url.replace("/photos/", "");
    expect(storedFiles()).toContain(key);
    expect(await removePhotoAction(null, form({ proposalId: proposal.id, photoId: added.data.id }))).toMatchObject({ ok: true });
    expect(await photosOf(proposal.id)).toEqual([]);
    expect(storedFiles()).not.toContain(key);
  });

  it("refuses photo changes on a withdrawn proposal", async () => {
    const proposal = await makeProposal(database.db, world, { status: "withdrawn" });
    await actAs(world.author.id);
    expect(await upload(proposal.id, await photoFile("late.png", { width: 20, height: 20, format: "png" }))).toMatchObject({ ok: false, message: "Photos can no longer be changed on this proposal." });
  });
});
