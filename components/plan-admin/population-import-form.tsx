"use client";

import { useActionState } from "react";
import { FormMessage, fieldError, typed, type FormState } from "@/components/forms/action-state";
import { SubmitButton } from "@/components/forms/form-status";
import { TextArea, TextField } from "@/components/ui/field";
import { ImportProblems } from "./import-problems";

export interface PopulationPreviewData {
  csv: string;
  source: string;
  goodRows: number;
  areasInRegion: number;
  summary: { question: string; areas: number; people: number; answers: { answer: string; people: number }[] }[];
  errors: { row: number | null; message: string; cells?: string[] }[];
  errorCount: number;
}

type Action<S> = (state: S | null, data: FormData) => Promise<S>;

const share = (part: number, whole: number) => (whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : "–");

/**
 * Two steps, as for neighbourhoods: check the upload (nothing is written) and see every problem
 * and what the good rows add up to; then import exactly the text that was checked.
 */
export function PopulationImportForm<P extends FormState<PopulationPreviewData>, I extends FormState>({
  planId,
  questionNames,
  preview,
  importFigures,
}: {
  planId: string;
  questionNames: Record<string, string>;
  preview: Action<P>;
  importFigures: Action<I>;
}) {
  const [checked, checkAction] = useActionState<P | null, FormData>(preview, null);
  const [imported, importAction] = useActionState<I | null, FormData>(importFigures, null);
  const result = checked?.ok ? checked.data : null;

  return (
    <>
      <form action={checkAction} noValidate className="mb-8">
        <FormMessage state={checked} />
        <input type="hidden" name="planId" value={planId} />
        <TextField
          id="source"
          name="source"
          label="Where the figures come from"
          hint="Shown beside the figures on the measures page, for example “Census 2021 (ONS), usual residents”."
          defaultValue={typed(checked, "source", result?.source ?? "")}
          error={fieldError(checked, "source")}
        />
        <TextArea
          id="csv"
          name="csv"
          label="Residents by group (CSV)"
          hint="One row per neighbourhood, question and answer: code, question, answer, people. Questions: age_band, gender, ethnicity, disability, employment_status; answers as the profile form offers them (census wording such as “Aged 16 to 24 years” or “Female” is understood). A header row is optional."
          rows={8}
          className="font-mono text-sm"
          defaultValue={typed(checked, "csv", result?.csv ?? "")}
          error={fieldError(checked, "csv")}
        />
        <TextField id="csvFile" name="csvFile" type="file" accept=".csv,text/csv" label="Or choose a CSV file" error={fieldError(checked, "csvFile")} />
        <SubmitButton variant="secondary" pendingText="Checking…">
          Check the file
        </SubmitButton>
      </form>

      {result ? (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading" className="mb-2 text-xl font-bold">
            Preview
          </h2>
          <ImportProblems errors={result.errors} total={result.errorCount} />
          {result.goodRows ? (
            <>
              {result.summary.map((question) => (
                <div key={question.question} className="mb-4 overflow-x-auto" tabIndex={0} role="region" aria-label={`${questionNames[question.question] ?? question.question} figures to import (scrolls sideways)`}>
                  <table className="w-full border-collapse text-left text-sm">
                    <caption className="mb-2 text-left font-semibold">
                      {questionNames[question.question] ?? question.question}: {question.areas} of {result.areasInRegion} neighbourhoods, {question.people.toLocaleString("en-GB")} residents
                    </caption>
                    <thead>
                      <tr className="border-b-2 border-stone-400">
                        <th scope="col" className="p-2">Answer</th>
                        <th scope="col" className="p-2 text-right">Residents</th>
                        <th scope="col" className="p-2 text-right">Share</th>
                      </tr>
                    </thead>
                    <tbody>
                      {question.answers.map((answer) => (
                        <tr key={answer.answer} className="border-b border-stone-200">
                          <th scope="row" className="p-2 font-normal">{answer.answer}</th>
                          <td className="p-2 text-right">{answer.people.toLocaleString("en-GB")}</td>
                          <td className="p-2 text-right">{share(answer.people, question.people)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ))}
              <p className="mb-3">For each neighbourhood and question in the file, these figures replace the ones held now.</p>
              <form action={importAction} noValidate>
                <FormMessage state={imported} />
                <input type="hidden" name="planId" value={planId} />
                <input type="hidden" name="csv" value={result.csv} />
                <input type="hidden" name="source" value={result.source} />
                <SubmitButton pendingText="Importing…">{`Import ${result.goodRows.toLocaleString("en-GB")} ${result.goodRows === 1 ? "figure" : "figures"}`}</SubmitButton>
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
