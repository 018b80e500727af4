import { getDb } from "@/db";
import { getPublicPlanBySlug } from "@/db/queries/plans/get-plan";
import { getPlanResults } from "@/db/queries/voting/get-plan-results";
import { toCsv } from "@/lib/shared/csv";

/** The results table as CSV: public data only (projects, votes, costs, reasons). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const db = await getDb();
  const plan = await getPublicPlanBySlug(db, slug);
  const results = plan ? await getPlanResults(db, plan.id) : null;
  if (!plan || !results) return new Response("No results for this plan", { status: 404 });
  const csv = toCsv(
    ["proposal_id", "title", "neighbourhood", "imd_decile", "votes", "paper_count_votes", "cost_pence", "selected", "stage", "reason", "rule"],
    results.projects.map((p) => [p.proposalId, p.title, p.areaName, p.imdDecile, p.votes, p.paperVotes, p.costPence, p.selected, p.stage, p.explanation, results.outcome.rule]),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${plan.slug}-results.csv"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
