"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { TextArea, TextField } from "@/components/ui/field";
import { ImportProblems } from "./import-problems";

export interface AreaPreview {
  csv: string;
  geojson: string;
  rows: { row: number; code: string; name: string; population: number; imdDecile: number; hasBoundary: boolean; exists: boolean }[];
  errors: { row: number | null; message: string; cells?: string[] }[];
  boundaryErrors: { row: number | null; message: string }[];
}

type Action<S> = (state: S | null, data: FormData) => Promise<S>;

/**
 * Two steps: check the upload (nothing is written) and show every good row and every bad one with
 * its error; then import the good rows. The confirm step posts back exactly the text that was checked.
 */
export function AreaImportForm<P extends FormState<AreaPreview>, I extends FormState>({ planId, regionName, preview, importAreas }: { planId: string; regionName: string; preview: Action<P>; importAreas: Action<I> }) {
  const [checked, checkAction] = useActionState<P | null, FormData>(preview, null);
  const [imported, importAction] = useActionState<I | null, FormData>(importAreas, null);
  const result = checked?.ok ? checked.data : null;

  return (
    <>
      <form action={checkAction} noValidate className="mb-8">
        <FormMessage state={checked} />
        <input type="hidden" name="planId" value={planId} />
        <TextArea
          id="csv"
          name="csv"
          label="Neighbourhoods CSV"
          hint="One neighbourhood per row: code, name, population, imd_decile (1 = most deprived tenth of England). A header row is optional. Paste here or choose a file below."
          rows={8}
          className="font-mono text-sm"
          defaultValue={typed(checked, "csv", result?.csv ?? "")}
          error={fieldError(checked, "csv")}
        />
        <TextField id="csvFile" name="csvFile" type="file" accept=".csv,text/csv" label="Or choose a CSV file" error={fieldError(checked, "csvFile")} />
        <TextArea id="geojson" name="geojson" label="Boundaries (optional)" hint="A GeoJSON FeatureCollection whose features have a code property matching the CSV." rows={4} className="font-mono text-sm" defaultValue={typed(checked, "geojson", result?.geojson ?? "")} error={fieldError(checked, "geojson")} />
        <TextField id="geojsonFile" name="geojsonFile" type="file" accept=".geojson,.json,application/geo+json,application/json" label="Or choose a GeoJSON file" error={fieldError(checked, "geojsonFile")} />
        <SubmitButton variant="secondary" pendingText="Checking…">
          Check the file
        </SubmitButton>
      </form>

      {result ? (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading" className="mb-2 text-xl font-bold">
            Preview for {regionName}
          </h2>
          <ImportProblems errors={result.errors} />
          {result.boundaryErrors.length ? (
            <div className="mb-6 rounded-md border-l-8 border-amber-600 bg-amber-50 p-4">
              <h3 className="font-bold">Boundaries left out</h3>
              <ul className="mt-2 list-disc pl-6">
                {result.boundaryErrors.map((error, i) => (
                  <li key={i}>{error.message}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {result.rows.length ? (
            <>
              <div className="mb-4 overflow-x-auto" tabIndex={0} role="region" aria-label="Neighbourhoods to import (scrolls sideways)">
                <table className="w-full border-collapse text-left text-sm">
                  <caption className="mb-2 text-left font-semibold">{result.rows.length} good {result.rows.length === 1 ? "row" : "rows"}</caption>
                  <thead>
                    <tr className="border-b-2 border-stone-400">
                      <th scope="col" className="p-2">Row</th>
                      <th scope="col" className="p-2">Code</th>
                      <th scope="col" className="p-2">Name</th>
                      <th scope="col" className="p-2 text-right">Population</th>
                      <th scope="col" className="p-2 text-right">IMD decile</th>
                      <th scope="col" className="p-2">Boundary</th>
                      <th scope="col" className="p-2">Change</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.rows.map((row) => (
                      <tr key={row.code} className="border-b border-stone-200">
                        <td className="p-2">{row.row}</td>
                        <td className="p-2 font-mono">{row.code}</td>
                        <th scope="row" className="p-2 font-normal">{row.name}</th>
                        <td className="p-2 text-right">{row.population.toLocaleString("en-GB")}</td>
                        <td className="p-2 text-right">{row.imdDecile}</td>
                        <td className="p-2">{row.hasBoundary ? "Yes" : "No"}</td>
                        <td className="p-2">{row.exists ? "Update" : "New"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <form action={importAction} noValidate>
                <FormMessage state={imported} />
                <input type="hidden" name="planId" value={planId} />
                <input type="hidden" name="csv" value={result.csv} />
                <input type="hidden" name="geojson" value={result.geojson} />
                <SubmitButton pendingText="Importing…">{`Import ${result.rows.length} ${result.rows.length === 1 ? "neighbourhood" : "neighbourhoods"}`}</SubmitButton>
              </form>
            </>
          ) : (
            <p>There are no good rows to import.</p>
          )}
        </section>
      ) : null}
    </>
  );
}
