import type { Database } from "../../connect";
import type { ProposalContent } from "@/lib/proposals/proposal-content";
import { proposals } from "../../schema";

export async function insertProposal(
  tx: Database,
  values: ProposalContent & { planId: string; authorId: string; status: "draft" | "published"; publishedAt?: Date },
): Promise<string> {
  const [row] = await tx.insert(proposals).values(values).returning({ id: proposals.id });
  if (!row) throw new Error("proposal not inserted");
  return row.id;
}
