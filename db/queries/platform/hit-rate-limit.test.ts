import { expect, it } from "vitest";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { hitRateLimit } from "./hit-rate-limit";

describeWithDatabase("rate-limit counters in Postgres", (database) => {
  it("counts hits per key and window, and starts again in the next window", async () => {
    const now = new Date("2026-11-22T10:05:00Z");
    expect(await hitRateLimit(database.db, "k:a", 60_000 * 15, now)).toBe(1);
    expect(await hitRateLimit(database.db, "k:a", 60_000 * 15, now)).toBe(2);
    expect(await hitRateLimit(database.db, "k:b", 60_000 * 15, now)).toBe(1);
    expect(await hitRateLimit(database.db, "k:a", 60_000 * 15, new Date("2026-11-22T10:15:00Z"))).toBe(1);
  });

  it("loses no hit under concurrency", async () => {
    const now = new Date("2026-11-22T11:00:00Z");
    const counts = await Promise.all(Array.from({ length: 40 }, () => hitRateLimit(database.db, "k:busy", 60_000, now)));
    expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});
