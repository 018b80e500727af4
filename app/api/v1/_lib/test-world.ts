import { randomBytes } from "node:crypto";
import type { Database } from "@/db/connect";
import { deliveryIndicators, deliveryUpdates, equalityAnswers, organisations, outcomeProjects, outcomes, pledges } from "@/db/schema";
import { makePlan, makeProposal, makeUser, makeWorld } from "@/db/testing/factories";

/** Names and answers seeded on people: none of them may ever appear in an open-data body. */
export const privateMarkers = ["Ottoline Pennyfeather", "Barnaby Quillfeather", "Seraphina Delacroix-Private", "Gender-Answer-Kestrel", "Ethnicity-Answer-Heron", "Disability-Answer-Plover"];

/**
 * A published plan with public, draft, hidden and withdrawn proposals, pledges by a resident and an
 * organisation, a current and a superseded count, delivery updates, and a draft plan beside it.
 */
export async function seedOpenDataWorld(db: Database) {
  const world = await makeWorld(db);
  const [author, pledger, officer] = await Promise.all([
    makeUser(db, { name: "Ottoline Pennyfeather" }),
    makeUser(db, { name: "Barnaby Quillfeather" }),
    makeUser(db, { name: "Seraphina Delacroix-Private" }),
  ]);
  await db.insert(equalityAnswers).values([
    { userId: author.id, gender: "Gender-Answer-Kestrel", ethnicity: "Ethnicity-Answer-Heron", disability: "Disability-Answer-Plover" },
  ]);
  const [organisation] = await db
    .insert(organisations)
    .values({ regionId: world.region.id, slug: `org-${randomBytes(4).toString("hex")}`, name: "Riverside Repair Collective", sector: "social_enterprise" })
    .returning();
  if (!organisation) throw new Error("organisation not created");
  const base = { authorId: author.id };
  const published = [];
  for (let i = 0; i < 5; i++) {
    published.push(
      await makeProposal(db, world, {
        ...base,
        title: `Public proposal ${i}, "quoted", with commas`,
        summary: `Line one\nline two of summary ${i}`,
        organisationId: i === 0 ? organisation.id : null,
        status: i === 4 ? "in_delivery" : "published",
        publishedAt: new Date(Date.UTC(2026, 0, 1 + i)),
      }),
    );
  }
  const draft = await makeProposal(db, world, { ...base, title: "DRAFT-SECRET proposal", status: "draft", publishedAt: null });
  const hidden = await makeProposal(db, world, { ...base, title: "HIDDEN-SECRET proposal", status: "hidden" });
  const withdrawn = await makeProposal(db, world, { ...base, title: "WITHDRAWN-SECRET proposal", status: "withdrawn" });
  const [first, second, , , delivering] = published;
  if (!first || !second || !delivering) throw new Error("proposals not created");

  await db.insert(pledges).values([
    { proposalId: first.id, pledgerId: pledger.id, kind: "volunteer_hours", quantity: 12.5, unit: "hours", description: "Barnaby Quillfeather will help" },
    { proposalId: first.id, pledgerId: pledger.id, organisationId: organisation.id, kind: "premises", quantity: 1, unit: "room", status: "confirmed" },
    { proposalId: hidden.id, pledgerId: pledger.id, kind: "money", quantity: 100, unit: "pounds" },
  ]);

  const outcome = { planId: world.plan.id, rule: "mes_add1" as const, utility: "cost" as const, inputsFingerprint: "x", budgetPence: 10_000_000, spentPence: 500_000, voterCount: 40 };
  const [old] = await db.insert(outcomes).values({ ...outcome, isCurrent: false }).returning();
  const [current] = await db.insert(outcomes).values(outcome).returning();
  if (!old || !current) throw new Error("outcomes not created");
  await db.insert(outcomeProjects).values([
    { outcomeId: old.id, proposalId: withdrawn.id, votes: 99, costPence: 1, selected: true, explanation: "superseded count" },
    { outcomeId: current.id, proposalId: first.id, votes: 30, paperVotes: 4, costPence: 250_000, selected: true, explanation: "Selected, first by votes" },
    { outcomeId: current.id, proposalId: second.id, votes: 10, costPence: 250_000, selected: false, explanation: "Not selected: budget spent" },
    { outcomeId: current.id, proposalId: hidden.id, votes: 50, costPence: 250_000, selected: true, explanation: "HIDDEN-SECRET result" },
  ]);

  const [update] = await db
    .insert(deliveryUpdates)
    .values({ proposalId: delivering.id, authorId: officer.id, body: "Café opened, 40 visitors", milestone: "Opened", happenedOn: new Date("2026-05-01T10:00:00Z") })
    .returning();
  const [hiddenUpdate] = await db.insert(deliveryUpdates).values({ proposalId: hidden.id, authorId: officer.id, body: "HIDDEN-SECRET update" }).returning();
  if (!update || !hiddenUpdate) throw new Error("updates not created");
  await db.insert(deliveryIndicators).values([
    { updateId: update.id, kind: "people_reached", value: 40 },
    { updateId: update.id, kind: "local_spend_pence", value: 12_345 },
    { updateId: hiddenUpdate.id, kind: "jobs_created", value: 3 },
  ]);

  const draftPlan = await makePlan(db, world.region.id, { phase: "draft", title: "DRAFT-PLAN" });
  await makeProposal(db, { ...world, plan: draftPlan }, { ...base, title: "DRAFT-PLAN-SECRET proposal" });

  return { world, organisation, published, draft, hidden, withdrawn, draftPlan, update };
}
