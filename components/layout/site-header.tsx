import Link from "next/link";
import type { SignedInPerson } from "@/db/queries/people/load-actor";
import { hasStaffRole } from "@/lib/policy";

const navLink = "inline-flex min-h-11 items-center font-semibold text-white underline-offset-4 hover:underline";

function linksFor(person: SignedInPerson | null, unread: number) {
  const links = [
    { href: "/#plans", label: "Plans" },
    { href: "/neighbourhoods", label: "Neighbourhoods" },
    { href: "/needs", label: "Open needs" },
    { href: "/measures", label: "Measures" },
    { href: "/organisations", label: "Organisations" },
  ];
  if (!person) return links;
  links.push({ href: "/notifications", label: unread > 0 ? `Notifications (${unread} new)` : "Notifications" });
  links.push({ href: "/drafts", label: "Your drafts" });
  links.push({ href: "/profile", label: "Your profile" });
  if (hasStaffRole(person, "moderator")) {
    links.push({ href: "/moderation", label: "Moderation" });
    links.push({ href: "/admin/people", label: "People" });
    links.push({ href: "/plans/new", label: "New plan" });
    links.push({ href: "/admin/audit", label: "Audit log" });
  }
  if (hasStaffRole(person, "admin")) links.push({ href: "/admin/staff", label: "Staff" });
  return links;
}

export function SiteHeader({ person, unread = 0, signOut }: { person: SignedInPerson | null; unread?: number; signOut: () => Promise<void> }) {
  return (
    <header className="border-b-4 border-brand-600 bg-brand-800 text-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex min-h-11 items-center gap-2 text-lg font-bold text-white">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
            <rect width="32" height="32" rx="6" fill="#ffffff" />
            <path d="M8 23V9h8a5 5 0 0 1 0 10h-4v4z" fill="#17563b" />
            <circle cx="23" cy="22" r="3" fill="#ffbf47" />
          </svg>
          People&apos;s Plan
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-1">
            {linksFor(person, unread).map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={navLink}>
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              {person ? (
                <form action={signOut}>
                  <button type="submit" className={`${navLink} cursor-pointer`}>
                    Sign out<span className="sr-only"> {person.name ?? ""}</span>
                  </button>
                </form>
              ) : (
                <Link href="/sign-in" className={navLink}>
                  Sign in
                </Link>
              )}
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
