import { getDb } from "@/db";
import { getPublicPlanBySlug } from "@/db/queries/plans/get-plan";
import { getPublishedBallots } from "../published-ballots";

/**
 * The anonymised ballots behind the published count, as a Pabulib file anyone can tally with
 * `pb tally`. The ETag is the file's SHA-256, the same one the results page shows.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const db = await getDb();
  const plan = await getPublicPlanBySlug(db, slug);
  const file = plan ? await getPublishedBallots(db, plan) : null;
  if (!plan || !file) return new Response("No counted ballots are published for this plan", { status: 404, headers: { "Cache-Control": "no-store" } });
  const etag = `"${file.sha256}"`;
  const headers = { ETag: etag, "Cache-Control": "public, max-age=300" };
  const held = request.headers.get("if-none-match");
  if (held?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) return new Response(null, { status: 304, headers });
  return new Response(file.text, {
    headers: {
      ...headers,
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${plan.slug}-ballots.pb"`,
    },
  });
}
