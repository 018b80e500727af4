import { describe, expect, it } from "vitest";
import { decideSnapshot, snapshotPolicy } from "./snapshots";

const now = new Date("2026-12-01T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const policy = { freshMs: 60_000, staleMs: 600_000 };

describe("decideSnapshot", () => {
  it("computes when there is no snapshot", () => {
    expect(decideSnapshot(null, now, policy)).toBe("compute");
  });
  it("serves a fresh snapshot, including one stamped a little in the future by another instance's clock", () => {
    expect(decideSnapshot(ago(0), now, policy)).toBe("serve");
    expect(decideSnapshot(ago(59.999), now, policy)).toBe("serve");
    expect(decideSnapshot(ago(-5), now, policy)).toBe("serve");
  });
  it("serves a stale snapshot while it is refreshed, then recomputes first once it is too old", () => {
    expect(decideSnapshot(ago(60), now, policy)).toBe("serve-and-refresh");
    expect(decideSnapshot(ago(599), now, policy)).toBe("serve-and-refresh");
    expect(decideSnapshot(ago(600), now, policy)).toBe("compute");
    expect(decideSnapshot(ago(86_400), now, policy)).toBe("compute");
  });
  it("always computes when snapshots are turned off", () => {
    expect(decideSnapshot(ago(0), now, { freshMs: 0, staleMs: 600_000 })).toBe("compute");
  });
});

describe("snapshotPolicy", () => {
  it("reads seconds, falling back on the defaults for blank or bad values", () => {
    expect(snapshotPolicy(undefined, undefined)).toEqual({ freshMs: 60_000, staleMs: 1_800_000 });
    expect(snapshotPolicy("30", "120")).toEqual({ freshMs: 30_000, staleMs: 120_000 });
    expect(snapshotPolicy("0", "")).toEqual({ freshMs: 0, staleMs: 1_800_000 });
    expect(snapshotPolicy("soon", "-1")).toEqual({ freshMs: 60_000, staleMs: 1_800_000 });
  });
});
