import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { parsePabulib } from "@/lib/pabulib/parse";
import { tallyElection } from "@/lib/pabulib/tally";
import { auditLog, outcomeProjects, outcomes, proposals } from "../../schema";
import { describeWithDatabase } from "../../testing/describe-with-database";
import { countAndStoreOutcome } from "./count-plan";
import { exportPlanAsPabulib } from "./export-pabulib";
import { importElection } from "./import-election";

const fixture = (name: string) => readFileSync(new URL(`../../../lib/outcome/fixtures/${name}`, import.meta.url), "utf8");

describeWithDatabase("replaying a real election", { maxConnections: 20 }, (database) => {
  it("replays a real election: import, count, export, and the count reproduces", async () => {
    const { db } = database;
    const election = parsePabulib(fixture("Netherlands_Assen_2024.pb"));
    const imported = await importElection(db, election, "Netherlands_Assen_2024.pb");
    expect(imported).toMatchObject({ projects: 14, ballots: 84 });
    const [current] = await db.select().from(outcomes).where(eq(outcomes.planId, imported.planId));
    const selected = await db
      .select({ ref: proposals.externalRef })
      .from(outcomeProjects)
      .innerJoin(proposals, eq(proposals.id, outcomeProjects.proposalId))
      .where(eq(outcomeProjects.outcomeId, current?.id ?? ""));
    expect(selected).toHaveLength(14);
    const chosen = await db.select({ ref: proposals.externalRef }).from(proposals).where(sql`${proposals.planId} = ${imported.planId} and ${proposals.status} = 'selected'`);
    // The file says equalshares/add1: the same winners the research tool (and our CLI) computes.
    expect(chosen.map((c) => c.ref).sort()).toEqual([...tallyElection(election, "mes-add1").selected].sort());

    const again = await db.transaction((tx) => countAndStoreOutcome(tx, imported.planId, null));
    expect(again.reproduced).toBe(true);
    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, imported.planId));
    expect(entries.filter((e) => e.action === "outcome.compute")).toHaveLength(2);

    const exported = parsePabulib(await exportPlanAsPabulib(db, imported.slug));
    expect(exported.votes).toHaveLength(84);
    expect([...tallyElection(exported, "mes-add1").selected].sort()).toEqual([...tallyElection(election, "mes-add1").selected].sort());
    expect(exported.votes.every((v) => /^\d+$/.test(v.voterId))).toBe(true);
  });
});
