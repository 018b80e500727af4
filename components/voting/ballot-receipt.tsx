import { Button } from "@/components/ui/button";
import { formatPence } from "@/lib/shared/money";

export interface Receipt {
  reference: string;
  at: string;
  /** `points` is set on a points (cumulative) ballot. */
  choices: { title: string; costPence: number; points?: number }[];
  totalPence: number;
}

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });

const pointsOf = (n: number) => `${n} ${n === 1 ? "point" : "points"}`;

/** What a person keeps after casting: the reference, the time, and what they chose. */
export function BallotReceipt({ receipt, onChange }: { receipt: Receipt; onChange: () => void }) {
  return (
    <section aria-labelledby="receipt-heading" className="rounded-lg border-2 border-brand-600 bg-white p-4">
      <h2 id="receipt-heading" className="text-xl font-bold">
        Your ballot is counted
      </h2>
      <dl className="mt-3 grid gap-2">
        <div>
          <dt className="text-sm text-muted">Ballot reference</dt>
          <dd className="font-mono text-lg font-bold">{receipt.reference}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Cast at</dt>
          <dd>{timeFormat.format(new Date(receipt.at))}</dd>
        </div>
      </dl>
      <h3 className="mt-3 font-semibold">Your choices</h3>
      <ul className="mt-1 list-disc pl-6">
        {receipt.choices.length ? (
          receipt.choices.map((c) => (
            <li key={c.title}>
              {c.title} ({c.points === undefined ? formatPence(c.costPence) : pointsOf(c.points)})
            </li>
          ))
        ) : (
          <li>None: an empty ballot still counts.</li>
        )}
      </ul>
      <p className="mt-3 text-sm text-muted">We have emailed you this receipt. You can change your ballot until voting closes; only your latest ballot counts.</p>
      <Button variant="secondary" className="mt-4" onClick={onChange}>
        Change my ballot
      </Button>
    </section>
  );
}
