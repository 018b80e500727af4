import { formatDate } from "@/lib/shared/dates";
import { sectorLabels } from "@/lib/organisations/sectors";

interface Signature {
  organisationId: string;
  name: string;
  slug: string;
  sector: keyof typeof sectorLabels;
  statement: string;
  signedAt: Date;
}

/** The organisations, from every sector, that have signed a version of the plan. */
export function PlanSignatures({ signatures }: { signatures: Signature[] }) {
  return (
    <section aria-labelledby="plan-signatures" className="mb-8 break-inside-avoid-page">
      <h2 id="plan-signatures" className="mb-3 text-xl font-bold">Signed by</h2>
      {signatures.length ? (
        <ul className="grid gap-3 sm:grid-cols-2 print:grid-cols-2">
          {signatures.map((s) => (
            <li key={s.organisationId} className="break-inside-avoid rounded-lg border border-stone-300 bg-white p-3 print:border-stone-500">
              <p className="font-semibold">
                <a href={`/organisations/${s.slug}`} className="text-brand-700 underline print:text-black print:no-underline">{s.name}</a>
              </p>
              <p className="text-sm text-muted">
                {sectorLabels[s.sector]} · <time dateTime={s.signedAt.toISOString()}>{formatDate(s.signedAt)}</time>
              </p>
              {s.statement ? <p className="mt-1 whitespace-pre-line">“{s.statement}”</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>No organisation has signed this version yet.</p>
      )}
    </section>
  );
}
