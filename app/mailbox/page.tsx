import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { EmptyState, PageHeader, Pagination, TextField } from "@/components/ui";
import { getDb } from "@/db";
import { listOutbox } from "@/db/queries/platform/list-outbox";
import { formatDateTime } from "@/lib/shared/dates";
import { describePage, parsePage } from "@/lib/shared/pagination";
import { isDemo } from "@/env";

export const metadata: Metadata = { title: "Demo mailbox", robots: { index: false } };

/** Splits mail text so links become clickable, without rendering any HTML from the message. */
function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <p className="mt-2 whitespace-pre-line break-words">
      {parts.map((part, index) =>
        /^https?:\/\//.test(part) ? (
          <a key={index} href={part} className="text-brand-700 underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}

// Exists only when mail goes to the outbox (demo, development, tests), never in production.
export default async function MailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  if (!isDemo()) notFound();
  const query = await searchParams;
  const to = typeof query.to === "string" && query.to.trim() ? query.to.trim() : undefined;
  const page = parsePage(query.page, 10);
  const { rows, total } = await listOutbox(await getDb(), page, to);
  const href = (n: number) => `/mailbox?${new URLSearchParams({ ...(to ? { to } : {}), page: String(n) })}`;

  return (
    <>
      <PageHeader title="Demo mailbox" lead="No email leaves this demo: everything the platform sends is kept here instead." />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <TextField id="to" name="to" type="email" label="Show mail for" defaultValue={to ?? ""} />
        </div>
        <button type="submit" className="mb-5 inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 bg-brand-600 px-4 font-semibold text-white">
          Show
        </button>
      </form>
      {rows.length === 0 ? (
        <EmptyState title="No mail yet" />
      ) : (
        <ol className="grid gap-4">
          {rows.map((mail) => (
            <li key={mail.id} className="rounded-lg border border-stone-300 bg-white p-4">
              <h2 className="font-semibold">{mail.subject}</h2>
              <p className="text-sm text-muted">
                To {mail.toAddress} · {formatDateTime(mail.createdAt)}
              </p>
              <Linkified text={mail.textBody} />
            </li>
          ))}
        </ol>
      )}
      <Pagination info={describePage(page, total)} label="Mailbox pages" hrefFor={href} />
    </>
  );
}
