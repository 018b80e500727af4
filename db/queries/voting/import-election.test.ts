import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { parsePabulib } from "@/lib/pabulib/parse";
import { tallyElection } from "@/lib/pabulib/tally";
import { auditLog, ballotChoices, outcomeProjects, outcomes, plans, proposals } from "../../schema";
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

describeWithDatabase("replaying a points (cumulative) election", { maxConnections: 20 }, (database) => {
  it("imports Częstochowa Grabówka 2024 with its points, counts them as the officer's close does, and gets the official selection", async () => {
    const { db } = database;
    const text = fixture("Poland_Czestochowa_2024_Grabowka.pb");
    const election = parsePabulib(text);
    const expected = JSON.parse(fixture("expected.json")) as Record<string, { official_selected: string[] }>;
    const official = expected["Poland_Czestochowa_2024_Grabowka.pb"]?.official_selected;
    const imported = await importElection(db, election, "Poland_Czestochowa_2024_Grabowka.pb");
    expect(imported).toMatchObject({ projects: 16, ballots: 461 });
    const [plan] = await db.select().from(plans).where(eq(plans.id, imported.planId));
    expect(plan).toMatchObject({ ballotMethod: "cumulative", cumulativePoints: 10, outcomeRule: "greedy" });

    // Every point in the file is stored: the file's score column is the sum of points per project.
    const stored = await db
      .select({ ref: proposals.externalRef, points: sql<number>`sum(${ballotChoices.points})::int` })
      .from(ballotChoices)
      .innerJoin(proposals, eq(proposals.id, ballotChoices.proposalId))
      .where(eq(proposals.planId, imported.planId))
      .groupBy(proposals.externalRef);
    const scores = new Map(election.projects.map((p) => [p.id, Number(p.fields.score)]));
    for (const row of stored) expect(row.points).toBe(scores.get(row.ref ?? ""));

    // The officer's "close and count" runs countAndStoreOutcome in its transaction: the same call here.
    const counted = await db.transaction((tx) => countAndStoreOutcome(tx, imported.planId, null));
    expect(counted.reproduced).toBe(true);
    const chosen = await db.select({ ref: proposals.externalRef }).from(proposals).where(sql`${proposals.planId} = ${imported.planId} and ${proposals.status} = 'selected'`);
    expect(chosen.map((c) => c.ref).sort()).toEqual(official);
    const explained = await db
      .select({ ref: proposals.externalRef, votes: outcomeProjects.votes, explanation: outcomeProjects.explanation })
      .from(outcomeProjects)
      .innerJoin(proposals, eq(proposals.id, outcomeProjects.proposalId))
      .where(eq(outcomeProjects.outcomeId, counted.outcomeId));
    expect(explained.find((e) => e.ref === "261")).toMatchObject({ votes: 753, explanation: expect.stringContaining("with 753 points it ranked 1st") });

    // Export and parse again: the points survive, and the count of the file is the official one too.
    const exported = parsePabulib(await exportPlanAsPabulib(db, imported.slug));
    expect(exported.voteType).toBe("cumulative");
    expect(exported.meta.max_sum_points).toBe("10");
    const totals = (e: typeof election) => {
      const sum = new Map<string, number>();
      for (const v of e.votes) v.vote.forEach((id, i) => sum.set(id, (sum.get(id) ?? 0) + (v.points?.[i] ?? 0)));
      return [...sum].filter(([, p]) => p > 0).sort();
    };
    expect(totals(exported)).toEqual(totals(election));
    expect([...tallyElection(exported, "greedy").selected].sort()).toEqual(official);
  });
});
