import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/ui";
import { getDb } from "@/db";
import { countUnread } from "@/db/queries/platform/list-notifications";
import { getActor } from "./_server/session";
import { signOutAction } from "./sign-in/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "People's Plan", template: "%s · People's Plan" },
  description:
    "Propose, pledge, discuss and vote on a people's plan for your area's economy: residents, community groups, businesses and public bodies together.",
  applicationName: "People's Plan",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#11412d",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const person = await getActor();
  const unread = person ? await countUnread(await getDb(), person.id) : 0;
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader person={person} unread={unread} signOut={signOutAction} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
