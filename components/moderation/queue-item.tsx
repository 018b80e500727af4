import Link from "next/link";
import type { ReactNode } from "react";
import { InlineActionForm } from "@/components/admin/inline-action-form";
import { SelectBox } from "./selection-form";
import type { ModerationFormAction } from "./types";

/**
 * One thing in the queue: its checkbox for bulk actions, what it says, why it is here, and its own
 * hide or restore form with a reason (the author sees it).
 */
export function QueueItem({
  value,
  heading,
  href,
  children,
  hide,
  restore,
}: {
  /** "comment:<id>" or "proposal:<id>". */
  value: string;
  heading: string;
  href: string;
  children: ReactNode;
  hide?: ModerationFormAction;
  restore?: { action: ModerationFormAction; label: string };
}) {
  const id = value.replace(":", "-");
  return (
    <li className="rounded-lg border border-stone-300 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-semibold">
          <Link href={href} className="text-brand-700 underline">
            {heading}
          </Link>
        </h3>
        <SelectBox value={value} label={heading} />
      </div>
      <div className="mt-1 text-sm">{children}</div>
      <div className="mt-2 flex flex-wrap gap-x-6">
        {hide ? (
          <details>
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-red-800 underline">Hide…</summary>
            <InlineActionForm action={hide} hidden={{ items: value }} label="Hide" variant="danger" reason={{ id: `hide-${id}`, label: "Reason (the author will see it)" }} />
          </details>
        ) : null}
        {restore ? (
          <details>
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-800 underline">{restore.label}…</summary>
            <InlineActionForm action={restore.action} hidden={{ items: value }} label={restore.label} reason={{ id: `restore-${id}`, label: "Reason (the author will see it)" }} />
          </details>
        ) : null}
      </div>
    </li>
  );
}
