import Link from "next/link";
import { PageHeader } from "@/components/ui";

export default function NotFound() {
  return (
    <>
      <PageHeader title="Page not found" lead="The page may have moved, or the proposal may have been withdrawn or hidden." />
      <p>
        <Link href="/" className="text-brand-700 underline">
          Go to the home page
        </Link>
      </p>
    </>
  );
}
