"use client";

import { Button, PageHeader } from "@/components/ui";

// Never show a stack trace: a plain apology and a way to try again.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <PageHeader title="Sorry, something went wrong" lead="We could not show this page. Please try again in a moment." />
      <Button onClick={reset}>Try again</Button>
    </>
  );
}
