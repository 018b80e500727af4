import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { isDemo } from "@/env";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <>
      <PageHeader title="Check your email" lead="We have sent you a sign-in link. Open it on this device to finish signing in." />
      <p>The link works once and expires after an hour. If nothing arrives in a few minutes, check your spam folder or ask for another link.</p>
      {isDemo() ? (
        <p className="mt-4">
          This is a demo: no real email is sent. Open the{" "}
          <a href="/mailbox" className="text-brand-700 underline">
            demo mailbox
          </a>{" "}
          to find the link.
        </p>
      ) : null}
    </>
  );
}
