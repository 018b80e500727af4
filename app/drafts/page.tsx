import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DeleteDraftForm } from "@/components/proposals/editor/delete-draft-form";
import { Card, EmptyState, PageHeader, Pagination } from "@/components/ui";
import { getDb } from "@/db";
import { listDrafts } from "@/db/queries/proposals/list-drafts";
import { formatDateTime } from "@/lib/shared/dates";
import { describePage, parsePage } from "@/lib/shared/pagination";
import { getActor } from "../_server/session";
import { deleteDraftAction } from "../plans/[slug]/propose/actions";

export const metadata: Metadata = { title: "Your drafts" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The signed-in person's unpublished ideas; nobody else can see them. */
export default async function DraftsPage({ searchParams }: Props) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?next=/drafts");
  const page = parsePage((await searchParams).page, 10);
  const { rows, total } = await listDrafts(await getDb(), actor.id, page);

  return (
    <>
      <PageHeader crumbs={[{ href: "/", label: "Home" }]} title="Your drafts" lead="Ideas you have started but not published. Only you can see them." />
      {rows.length === 0 ? (
        <EmptyState title={page.page > 1 ? "There are no drafts on this page" : "You have no drafts"}>
          When you start proposing an idea, it is saved here as you type.
        </EmptyState>
      ) : (
        <ul className="grid max-w-2xl gap-3">
          {rows.map((draft) => (
            <li key={draft.id}>
              <Card>
                <h2 className="text-lg font-semibold">
                  <Link href={`/plans/${draft.planSlug}/propose?draft=${draft.id}`} className="text-brand-700 underline">
                    {draft.title}
                  </Link>
                </h2>
                {draft.summary ? <p className="mt-1">{draft.summary}</p> : null}
                <p className="mt-1 text-sm text-muted">
                  For {draft.planTitle}. Last saved {formatDateTime(draft.updatedAt)}.
                  {draft.planPhase !== "ideas" ? " This plan is not taking ideas at the moment, so it cannot be published now." : null}
                </p>
                <DeleteDraftForm action={deleteDraftAction} proposalId={draft.id} title={draft.title} />
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pagination info={describePage(page, total)} label="Draft pages" hrefFor={(n) => `/drafts?page=${n}`} />
    </>
  );
}
