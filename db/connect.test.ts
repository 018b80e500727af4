import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "./connect";
import { regions } from "./schema";

describe("the embedded engine", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "peoples-plan-restart-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps its data on disk across a restart, and migrating again changes nothing", async () => {
    const first = await connect({ dataDir: dir });
    await first.migrate();
    await first.db.insert(regions).values({ slug: "kept", name: "Kept Across Restarts" });
    await first.close();

    const second = await connect({ dataDir: dir });
    await second.migrate();
    const rows = await second.db.select().from(regions).where(eq(regions.slug, "kept"));
    expect(rows.map((r) => r.name)).toEqual(["Kept Across Restarts"]);
    await second.close();
  });
});
