import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Badge, EmptyState, PageHeader } from "@/components/ui";
import { getDb } from "@/db";
import { getPlanBySlug } from "@/db/queries/plans/get-plan";
import { listProposalsAwaitingResponse } from "@/db/queries/review/list-official-responses";
import { daysBetween, isResponseStatus, responseStatusLabels } from "@/lib/review/assessments";
import { formatDate } from "@/lib/shared/dates";
import { can } from "@/lib/policy";
import { getActor } from "../../../_server/session";

export const metadata: Metadata = { title: "Proposals waiting for a response" };

export default async function WaitingResponsesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=/plans/${slug}/responses`);
  if (!can(actor, "response.publish")) notFound();
  const db = await getDb();
  const plan = await getPlanBySlug(db, slug);
  if (!plan) notFound();
  const waiting = await listProposalsAwaitingResponse(db, plan.id);
  const now = new Date();
  const days = waiting.map((p) => daysBetween(p.waitingSince, now));
  const longest = days.length ? Math.max(...days) : 0;

  return (
    <>
      <PageHeader
        crumbs={[
          { href: `/plans/${plan.slug}`, label: plan.title },
          { href: `/plans/${plan.slug}/review`, label: "Review" },
        ]}
        title="Proposals waiting for a response"
        lead="Every status change people care about carries a public response. Oldest first, so nobody waits longest by accident."
        meta={waiting.length ? <Badge tone="warning">{waiting.length} waiting · longest {longest} {longest === 1 ? "day" : "days"}</Badge> : undefined}
      />
      {waiting.length === 0 ? (
        <EmptyState title="Nobody is waiting">Every shortlisted, selected, adopted or finished proposal has its response.</EmptyState>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Proposals waiting for a response">
          <table className="w-full min-w-[36rem] border-collapse text-left">
            <caption className="sr-only">Proposals waiting for a response, longest-waiting first</caption>
            <thead>
              <tr className="border-b-2 border-stone-400">
                <th scope="col" className="py-2 pr-4">Proposal</th>
                <th scope="col" className="py-2 pr-4">Status needing a response</th>
                <th scope="col" className="py-2 pr-4">Waiting</th>
                <th scope="col" className="py-2">Respond</th>
              </tr>
            </thead>
            <tbody>
              {waiting.map((p, i) => (
                <tr key={p.id} className="border-b border-stone-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    <Link href={`/proposals/${p.id}`} className="text-brand-700 underline">
                      {p.title}
                    </Link>
                    <span className="block text-sm font-normal text-muted">{p.areaName}</span>
                  </th>
                  <td className="py-2 pr-4">{isResponseStatus(p.status) ? responseStatusLabels[p.status] : p.status}</td>
                  <td className="py-2 pr-4">
                    {days[i]} {days[i] === 1 ? "day" : "days"}
                    <span className="block text-sm text-muted">since {formatDate(p.waitingSince)}</span>
                  </td>
                  <td className="py-2">
                    <Link href={`/proposals/${p.id}/respond`} className="text-brand-700 underline">
                      Respond<span className="sr-only"> to {p.title}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
