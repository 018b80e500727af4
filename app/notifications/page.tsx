import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { InlineActionForm } from "@/components/admin/inline-action-form";
import { Badge, EmptyState, PageHeader, Pagination } from "@/components/ui";
import { getDb } from "@/db";
import { listNotifications } from "@/db/queries/platform/list-notifications";
import { formatDateTime } from "@/lib/shared/dates";
import { describePage, parsePage } from "@/lib/shared/pagination";
import { getActor } from "../_server/session";
import { markNotificationsReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?next=/notifications");
  const page = parsePage((await searchParams).page);
  const { rows, total, unread } = await listNotifications(await getDb(), actor.id, page);

  return (
    <>
      <PageHeader title="Notifications" lead="News about the proposals you wrote or follow: pledges, comments and decisions." />
      {unread > 0 ? <InlineActionForm action={markNotificationsReadAction} hidden={{}} label={`Mark all ${unread} as read`} /> : null}
      {rows.length === 0 ? (
        <EmptyState title="Nothing yet">Follow a proposal to hear when it gets a pledge, a comment or a decision.</EmptyState>
      ) : (
        <ol className="mt-4 grid gap-3">
          {rows.map((item) => (
            <li key={item.id} className={`rounded-lg border bg-white p-4 ${item.readAt ? "border-stone-300" : "border-brand-600 border-l-8"}`}>
              <div className="flex flex-wrap items-center gap-2">
                {item.readAt ? null : <Badge tone="info">New</Badge>}
                <time className="text-sm text-muted" dateTime={item.createdAt.toISOString()}>
                  {formatDateTime(item.createdAt)}
                </time>
              </div>
              <p className="mt-1 font-semibold">
                {item.href ? (
                  <Link href={item.href} className="text-brand-700 underline">
                    {item.title}
                  </Link>
                ) : (
                  item.title
                )}
              </p>
              {item.body ? <p className="mt-1">{item.body}</p> : null}
            </li>
          ))}
        </ol>
      )}
      <Pagination info={describePage(page, total)} label="Notification pages" hrefFor={(n) => `/notifications?page=${n}`} />
    </>
  );
}
