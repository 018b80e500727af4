import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { proposalPhotos } from "@/db/schema";
import { makeProposal, makeUser, makeWorld } from "@/db/testing/factories";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { getStorage, newStorageKey } from "../../_server/storage";
import { actAs, useTestDatabase } from "../../_server/test-harness";
import { GET } from "./route";

describeWithDatabase("photo route", { onDatabase: useTestDatabase }, (database) => {
  let world: Awaited<ReturnType<typeof makeWorld>>;
  let uploads: string;
  const previousUploads = process.env.UPLOADS_DIR;

  beforeAll(async () => {
    world = await makeWorld(database.db);
    uploads = mkdtempSync(path.join(tmpdir(), "pp-photos-"));
    process.env.UPLOADS_DIR = uploads;
  });
  afterAll(async () => {
    process.env.UPLOADS_DIR = previousUploads;
    rmSync(uploads, { recursive: true, force: true });
  });

  async function storedPhoto(status: "published" | "draft" | "withdrawn" | "hidden") {
    const proposal = await makeProposal(database.db, world, { status, publishedAt: status === "draft" ? null : new Date() });
    const key = newStorageKey("webp");
    await database.db.insert(proposalPhotos).values({ proposalId: proposal.id, storageKey: key, altText: "A bench", width: 2, height: 2 });
    await getStorage().put(key, new Uint8Array([82, 73, 70, 70]), "image/webp");
    return key;
  }
  const get = (key: string, headers: Record<string, string> = {}) => GET(new Request(`http://localhost/photos/${key}`, { headers }), { params: Promise.resolve({ key }) });

  it("serves a published proposal's photo to anyone, cached for a long time", async () => {
    await actAs(null);
    const response = await get(await storedPhoto("published"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=31536000/);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([82, 73, 70, 70]));
  });

  it("keeps serving a withdrawn proposal's photo, which stays at its address", async () => {
    await actAs(null);
    expect((await get(await storedPhoto("withdrawn"))).status).toBe(200);
  });

  it("shows a draft's photo to its author only, privately cached", async () => {
    const key = await storedPhoto("draft");
    await actAs(null);
    expect((await get(key)).status).toBe(404);
    await actAs((await makeUser(database.db)).id);
    expect((await get(key)).status).toBe(404);
    await actAs(world.author.id);
    const response = await get(key);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/^private/);
  });

  it("answers a repeat request with 304 and refuses keys that are not keys", async () => {
    await actAs(null);
    const key = await storedPhoto("published");
    expect((await get(key, { "if-none-match": `"${key}"` })).status).toBe(304);
    for (const bad of ["..%2F..%2Fetc%2Fpasswd", "../secret.webp", "nothing.webp", `${key}.exe`]) expect((await get(bad)).status).toBe(404);
  });
});
