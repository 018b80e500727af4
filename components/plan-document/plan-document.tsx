import type { MoneyRow, PlanDocument } from "@/db/queries/adoption/assemble-plan-document";
import { formatDate } from "@/lib/shared/dates";
import { participantTypeLabels } from "@/lib/organisations/sectors";
import { outcomeRuleLabels } from "@/lib/outcome/rules";
import { pledgeKindLabels } from "@/lib/pledges/kinds";
import { formatPence } from "@/lib/shared/money";

const utilityLabels: Record<string, string> = {
  cost: "cost utilities (a voter values a project by what it costs)",
  approval: "approval utilities (every approved project counts the same)",
};

const tableClass = "w-full border-collapse text-left text-sm print:text-xs";
const cellClass = "border-b border-stone-300 px-2 py-2 align-top";

function MoneyTable({ caption, rows, totalPence, extra }: { caption: string; rows: MoneyRow[]; totalPence: number; extra?: { heading: string; cell: (row: MoneyRow) => string } }) {
  return (
    <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label={`${caption} (table, scrolls sideways)`}>
      <table className={tableClass}>
        <caption className="mb-2 text-left text-lg font-bold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={cellClass}>Name</th>
            {extra ? <th scope="col" className={cellClass}>{extra.heading}</th> : null}
            <th scope="col" className={`${cellClass} text-right`}>Projects</th>
            <th scope="col" className={`${cellClass} text-right`}>Money</th>
            <th scope="col" className={`${cellClass} text-right`}>Share</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row" className={`${cellClass} font-semibold`}>{row.name}</th>
              {extra ? <td className={cellClass}>{extra.cell(row)}</td> : null}
              <td className={`${cellClass} text-right tabular-nums`}>{row.count}</td>
              <td className={`${cellClass} text-right tabular-nums`}>{formatPence(row.pence)}</td>
              <td className={`${cellClass} text-right tabular-nums`}>{totalPence > 0 ? `${Math.round((row.pence / totalPence) * 100)}%` : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const quantity = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/**
 * The people's plan as a document: the same rendering for the staff preview and each published
 * version, laid out to print (or save as PDF) on A4 as well as to read on a phone.
 */
export function PlanDocumentView({ document, summary, deciles }: { document: PlanDocument; summary?: string; deciles?: (decile: number) => string }) {
  const section = "mb-8 break-inside-avoid-page print:mb-6";
  return (
    <div className="print:text-black">
      <section aria-labelledby="plan-summary" className={section}>
        <h2 id="plan-summary" className="mb-3 text-xl font-bold">Summary</h2>
        {summary ? <p className="mb-3 whitespace-pre-line">{summary}</p> : null}
        <p>
          {document.proposals.length} {document.proposals.length === 1 ? "project" : "projects"} for {document.regionName}
          {document.periodLabel ? ` (${document.periodLabel})` : ""}, costing {formatPence(document.totalPence)} of a {formatPence(document.budgetPence)} budget.
        </p>
      </section>

      <section aria-labelledby="plan-projects" className={section}>
        <h2 id="plan-projects" className="mb-3 text-xl font-bold">The projects</h2>
        <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label="Projects in the plan (table, scrolls sideways)">
          <table className={tableClass}>
            <caption className="sr-only">Projects in the plan, with neighbourhood, theme and cost</caption>
            <thead>
              <tr>
                <th scope="col" className={cellClass}>Project</th>
                <th scope="col" className={cellClass}>Neighbourhood</th>
                <th scope="col" className={cellClass}>Theme</th>
                <th scope="col" className={`${cellClass} text-right`}>Cost</th>
              </tr>
            </thead>
            <tbody>
              {document.proposals.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className={`${cellClass} font-semibold`}>
                    <a href={`/proposals/${p.id}`} className="text-brand-700 underline print:text-black print:no-underline">{p.title}</a>
                  </th>
                  <td className={cellClass}>{p.areaName}</td>
                  <td className={cellClass}>{p.themeName}</td>
                  <td className={`${cellClass} text-right tabular-nums`}>{formatPence(p.costPence)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-label="Money by theme and neighbourhood" className={`${section} grid gap-6 md:grid-cols-2 print:grid-cols-1`}>
        <MoneyTable caption="Money by theme" rows={document.byTheme} totalPence={document.totalPence} />
        <MoneyTable
          caption="Money by neighbourhood"
          rows={document.byArea}
          totalPence={document.totalPence}
          extra={{ heading: "Deprivation (IMD decile)", cell: (row) => {
            const decile = document.byArea.find((a) => a.name === row.name)?.imdDecile ?? 0;
            return decile ? (deciles ? `${decile}: ${deciles(decile)}` : String(decile)) : "–";
          } }}
        />
      </section>

      <section aria-labelledby="plan-commitments" className={section}>
        <h2 id="plan-commitments" className="mb-3 text-xl font-bold">What each sector committed</h2>
        {document.commitments.length ? (
          <div className="grid gap-4 md:grid-cols-2 print:grid-cols-1">
            {document.commitments.map((c) => (
              <div key={c.sector} className="break-inside-avoid rounded-lg border border-stone-300 bg-white p-4 print:border-stone-500">
                <h3 className="mb-2 text-lg font-bold">{participantTypeLabels[c.sector]}</h3>
                {c.pledges.length ? (
                  <ul className="mb-2 list-disc pl-5">
                    {c.pledges.map((p, i) => (
                      <li key={i}>
                        {p.organisation ? <strong>{p.organisation}: </strong> : null}
                        {quantity.format(p.quantity)} {p.unit} ({pledgeKindLabels[p.kind as keyof typeof pledgeKindLabels] ?? p.kind}) for “{p.proposalTitle}”
                        {p.description ? ` — ${p.description}` : ""}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {c.partners.length ? (
                  <ul className="list-disc pl-5">
                    {c.partners.map((p, i) => (
                      <li key={i}>
                        <strong>{p.organisation}</strong> is a delivery partner for “{p.proposalTitle}”: {p.role}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ))}
          </div>
        ) : (
          <p>No confirmed pledges or agreed partners yet.</p>
        )}
      </section>

      {document.priorities.length ? (
        <section aria-labelledby="plan-priorities" className={section}>
          <h2 id="plan-priorities" className="mb-3 text-xl font-bold">Strategic priorities</h2>
          <ol className="list-decimal pl-6">
            {document.priorities.map((p) => (
              <li key={p.title} className="mb-1">
                <strong>{p.title}</strong>
                {p.description ? `: ${p.description}` : ""}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="plan-method" className={section}>
        <h2 id="plan-method" className="mb-3 text-xl font-bold">How the projects were chosen</h2>
        {document.method ? (
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Rule</dt>
            <dd>{outcomeRuleLabels[document.method.rule as keyof typeof outcomeRuleLabels] ?? document.method.rule}, with {utilityLabels[document.method.utility] ?? document.method.utility}</dd>
            <dt className="font-semibold">Ties broken by</dt>
            <dd>{document.method.tieBreak}</dd>
            <dt className="font-semibold">Voters</dt>
            <dd>{document.method.voterCount.toLocaleString("en-GB")}</dd>
            <dt className="font-semibold">Budget and spend</dt>
            <dd>{formatPence(document.method.spentPence)} of {formatPence(document.method.budgetPence)} allocated by the count</dd>
            <dt className="font-semibold">Counted</dt>
            <dd><time dateTime={document.method.computedAt}>{formatDate(new Date(document.method.computedAt))}</time></dd>
          </dl>
        ) : (
          <p>The ballot has not been counted, so projects were chosen by officers without a vote.</p>
        )}
      </section>
    </div>
  );
}
