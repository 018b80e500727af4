import type { Database } from "../connect";
import { createInserter } from "./bulk";
import { finishedPlan, ideasPlan } from "./content/plans";
import { ideasProposals } from "./content/proposals-ideas";
import { pastProposals } from "./content/proposals-2026";
import { deliveryUpdates2026, paperBallots2026, responses2026, responses2027, shortlist2026 } from "./content/results-2026";
import { seedDirectory } from "./demo-directory";
import { seedModeration } from "./demo-moderation";
import { seedPlans } from "./demo-plans";
import { seedProposals } from "./demo-proposals";
import { seedReview } from "./demo-review";
import { seedVoting } from "./demo-voting";
import type { SeedSummary } from "./types";

/**
 * The Northbridge demo: one city region with a plan in its ideas phase and a finished plan with
 * its ballot, outcome and delivery. Deterministic: the same rows, ids and dates on every run.
 * Runs in one transaction, so a failure leaves nothing behind.
 */
export async function seedDemo(db: Database): Promise<SeedSummary> {
  return db.transaction(async (tx) => {
    const insert = createInserter(tx);
    const directory = await seedDirectory(insert);
    const [ideas, finished] = await seedPlans(insert, directory, [ideasPlan, finishedPlan]);
    if (!ideas || !finished) throw new Error("plans not seeded");

    const proposals = await seedProposals(insert, directory, [
      { plan: ideas, seeds: ideasProposals },
      { plan: finished, seeds: pastProposals, shortlist: shortlist2026 },
    ]);
    const finishedProposals = proposals.filter((proposal) => proposal.plan === finished);
    const outcome = await seedVoting(insert, directory, {
      plan: finished,
      proposals: finishedProposals,
      shortlist: shortlist2026,
      paperBallots: paperBallots2026,
      enteredBy: "aisha",
      computedBy: "helen",
    });
    await seedReview(insert, directory, {
      plan: finished,
      proposals: finishedProposals,
      shortlist: shortlist2026,
      outcome,
      responses: responses2026,
      deliveryUpdates: deliveryUpdates2026,
      reviewers: [
        { key: "helen" },
        {
          key: "tom",
          declares: {
            proposal: "p-brackside-placements",
            reason: "My brother-in-law is operations manager at Brackside Logistics.",
          },
        },
      ],
      shortlistedBy: "gareth",
      publishedBy: "helen",
      signatories: [
        { org: "council-housing", by: "zoe", statement: "The council will deliver its part of every project in this plan." },
        { org: "college", by: "lorraine", statement: "Proud to lead the retrofit academy." },
        { org: "nhs-place", by: "samira", statement: "" },
        { org: "holroyd", by: "claire", statement: "Four placements and counting." },
        { org: "brackside-logistics", by: "owen", statement: "" },
        { org: "eastgate-tra", by: "sharon", statement: "Residents wrote this plan. We'll make sure it happens." },
        { org: "pantry", by: "bernie", statement: "" },
      ],
    });
    await seedModeration(insert, directory, {
      ideasPlan: ideas,
      finishedPlan: finished,
      proposals,
      ideasResponses: responses2027,
    });
    return { label: "Northbridge demo", rows: insert.counts() };
  });
}
