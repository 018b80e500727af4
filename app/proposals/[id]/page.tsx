import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentThreads } from "@/components/proposals/comment-thread";
import { BackingOrganisations, LedgerCard, NeedsAndPledges } from "@/components/proposals/coproduction-panel";
import { Badge, Card, EmptyState, PageHeader, Pagination } from "@/components/ui";
import { getDb } from "@/db";
import { getProposalCoproduction, getPublicProposal, listProposalComments } from "@/db/queries/proposals";
import { formatDate } from "@/lib/dates";
import { isId } from "@/lib/ids";
import { describeImdDecile, proposalStatusLabels, proposalStatusTones, sectorLabels } from "@/lib/labels";
import { computeLedger } from "@/lib/ledger";
import { renderMarkdown } from "@/lib/markdown";
import { percentOf } from "@/lib/money";
import { describePage, parsePage } from "@/lib/pagination";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load(id: string) {
  if (!isId(id)) return null;
  return getPublicProposal(await getDb(), id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).id);
  return { title: found?.proposal.title ?? "Proposal not found", description: found?.proposal.summary };
}

export default async function ProposalPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const found = await load(id);
  if (!found) notFound();
  const { proposal, area, theme, plan, organisation, authorName } = found;
  const db = await getDb();
  const commentPage = parsePage(query.comments, 20);
  const [coproduction, discussion] = await Promise.all([
    getProposalCoproduction(db, proposal.id, plan.id),
    listProposalComments(db, proposal.id, commentPage),
  ]);
  const ledger = computeLedger(proposal.finalCostPence ?? proposal.estimatedCostPence, coproduction.pledges, coproduction.rates);
  const supportShare = percentOf(proposal.supportCount, plan.supportThreshold);

  return (
    <>
      <PageHeader
        crumbs={[
          { href: "/", label: "Home" },
          { href: `/plans/${plan.slug}`, label: plan.title },
        ]}
        title={proposal.title}
        meta={
          <>
            <Badge tone={proposalStatusTones[proposal.status]}>{proposalStatusLabels[proposal.status]}</Badge>
            <Badge>{theme.name}</Badge>
          </>
        }
        lead={proposal.summary}
      />

      <div className="grid gap-6 md:grid-cols-3">
        <div className="md:col-span-2">
          <p className="text-sm text-muted">
            Proposed by {authorName ?? "a former member"}
            {organisation ? (
              <>
                {" "}for <span className="font-semibold">{organisation.name}</span> ({sectorLabels[organisation.sector]})
                {organisation.verifiedAt ? <Badge tone="success" className="ml-2">Verified</Badge> : null}
              </>
            ) : null}
            {proposal.publishedAt ? ` on ${formatDate(proposal.publishedAt)}` : null} in{" "}
            <Link href={`/neighbourhoods/${area.id}`} className="text-brand-700 underline">
              {area.name}
            </Link>
            .
          </p>
          {/* renderMarkdown escapes raw HTML and unsafe links, so the body is safe to insert. */}
          <div className="prose-body mt-4" dangerouslySetInnerHTML={{ __html: renderMarkdown(proposal.body) }} />
          <NeedsAndPledges coproduction={coproduction} />
          <BackingOrganisations coproduction={coproduction} />
        </div>
        <aside className="grid content-start gap-4" aria-label="Proposal facts">
          <LedgerCard ledger={ledger} />
          <Card>
            <h2 className="text-lg font-semibold">Support</h2>
            <p className="mt-1">
              <strong>{proposal.supportCount}</strong> {proposal.supportCount === 1 ? "person supports" : "people support"} this.
            </p>
            {plan.phase === "ideas" && plan.supportThreshold > 0 ? (
              <>
                <p className="mt-1 text-sm text-muted">
                  Ideas with {plan.supportThreshold} supporters go forward to the shortlist.
                </p>
                <progress className="mt-2 w-full accent-brand-600" max={plan.supportThreshold} value={Math.min(proposal.supportCount, plan.supportThreshold)} aria-label={`Support towards the shortlist: ${Math.min(supportShare, 100)}%`} />
              </>
            ) : null}
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">Neighbourhood</h2>
            <p className="mt-1">
              <Link href={`/neighbourhoods/${area.id}`} className="text-brand-700 underline">
                {area.name}
              </Link>
            </p>
            <p className="mt-1 text-sm text-muted">{describeImdDecile(area.imdDecile)} (IMD decile {area.imdDecile}).</p>
          </Card>
        </aside>
      </div>

      <section aria-labelledby="discussion-heading" className="mt-10">
        <h2 id="discussion-heading" className="mb-3 text-xl font-bold">
          Discussion <span className="text-base font-normal text-muted">({proposal.commentCount})</span>
        </h2>
        {discussion.threads.length === 0 ? (
          <EmptyState title="No comments yet" />
        ) : (
          <CommentThreads threads={discussion.threads} proposalAuthorId={proposal.authorId} />
        )}
        <Pagination
          info={describePage(commentPage, discussion.total)}
          label="Comment pages"
          hrefFor={(n) => `/proposals/${proposal.id}?comments=${n}#discussion-heading`}
        />
      </section>
    </>
  );
}
