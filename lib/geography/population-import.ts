import type { AreaImportError } from "./area-import";
import { readCsvColumns } from "../shared/csv";
import { equalityOptions, equalityQuestionKeys, equalityQuestionNames, matchEqualityAnswer, matchEqualityQuestion, type EqualityQuestionKey } from "../people/equality";

/**
 * Residents of each neighbourhood by the answers to the equality questions (from the census), so
 * the measures page can set who took part against who lives in the region. One row per
 * neighbourhood, question and answer: code, question, answer, people.
 */
export interface PopulationImportRow {
  row: number;
  code: string;
  question: EqualityQuestionKey;
  answer: string;
  people: number;
}

/** Every LSOA of a large county (about 1,000) times every answer to every question, with room to spare. */
export const POPULATION_IMPORT_MAX_ROWS = 100_000;

const columns = ["code", "question", "answer", "people"] as const;
type Column = (typeof columns)[number];

const aliases: Record<string, Column> = {
  code: "code",
  area_code: "code",
  ward_code: "code",
  lsoa_code: "code",
  question: "question",
  group: "question",
  category: "question",
  answer: "answer",
  value: "answer",
  people: "people",
  population: "people",
  residents: "people",
  count: "people",
  observation: "people",
};

const questionList = equalityQuestionKeys.map((key) => `${key} (${equalityQuestionNames[key]})`).join(", ");

/**
 * Checks a population CSV against the region's neighbourhood codes: every good row is kept and
 * every bad one says why, naming the answers that question takes.
 */
export function parsePopulationCsv(text: string, knownCodes: ReadonlySet<string>): { rows: PopulationImportRow[]; errors: AreaImportError[] } {
  const rows: PopulationImportRow[] = [];
  const errors: AreaImportError[] = [];
  const read = readCsvColumns(text, { columns, aliases, maxRows: POPULATION_IMPORT_MAX_ROWS, rowDescription: "one row per neighbourhood, question and answer as code, question, answer, people" });
  if ("error" in read) return { rows, errors: [read.error] };
  const firstRowOf = new Map<string, number>();
  for (const record of read.records) {
    const cell = record.cell;
    const problems: string[] = [];
    const code = cell("code").toUpperCase();
    if (!code) problems.push("code is missing");
    else if (!knownCodes.has(code)) problems.push(`${code} is not a neighbourhood of this region: import the neighbourhood first`);
    const questionText = cell("question");
    const question = matchEqualityQuestion(questionText);
    if (!questionText) problems.push("question is missing");
    else if (!question) problems.push(`question “${questionText}” is not one of ${questionList}`);
    const answerText = cell("answer");
    const answer = question && answerText ? matchEqualityAnswer(question, answerText) : null;
    if (!answerText) problems.push("answer is missing");
    else if (question && !answer) problems.push(`answer “${answerText}” is not one of the ${equalityQuestionNames[question]} answers: ${equalityOptions(question).join("; ")}`);
    const peopleText = cell("people").replace(/[,\s]/g, "");
    const people = /^\d{1,9}$/.test(peopleText) ? Number(peopleText) : null;
    if (people === null) problems.push("people must be a whole number, 0 or more");
    if (!problems.length && question && answer) {
      const key = `${code}|${question}|${answer}`;
      const earlier = firstRowOf.get(key);
      if (earlier !== undefined) problems.push(`${code}, ${equalityQuestionNames[question]}, ${answer} is already on row ${earlier}`);
      else firstRowOf.set(key, record.line);
    }
    if (problems.length || !question || !answer || people === null) {
      errors.push({ row: record.line, message: `Row ${record.line}: ${problems.join("; ")}`, cells: record.cells });
      continue;
    }
    rows.push({ row: record.line, code, question, answer, people });
  }
  return { rows, errors };
}

export interface PopulationQuestionSummary {
  question: EqualityQuestionKey;
  /** Neighbourhoods the file gives figures for on this question. */
  areas: number;
  people: number;
  answers: { answer: string; people: number }[];
}

/** What the preview shows per question: how many neighbourhoods it covers and the region-wide count per answer. */
export function summarisePopulationRows(rows: readonly PopulationImportRow[]): PopulationQuestionSummary[] {
  return equalityQuestionKeys.flatMap((question) => {
    const mine = rows.filter((row) => row.question === question);
    if (!mine.length) return [];
    const byAnswer = new Map<string, number>();
    for (const row of mine) byAnswer.set(row.answer, (byAnswer.get(row.answer) ?? 0) + row.people);
    return [
      {
        question,
        areas: new Set(mine.map((row) => row.code)).size,
        people: mine.reduce((sum, row) => sum + row.people, 0),
        answers: equalityOptions(question).map((answer) => ({ answer, people: byAnswer.get(answer) ?? 0 })),
      },
    ];
  });
}

/** A CSV to fill in: every neighbourhood, question and answer, with today's figures where there are some. */
export function populationTemplateRows(codes: readonly string[], current: ReadonlyMap<string, number>): (string | number)[][] {
  return codes.flatMap((code) =>
    equalityQuestionKeys.flatMap((question) => equalityOptions(question).map((answer) => [code, question, answer, current.get(`${code}|${question}|${answer}`) ?? ""])),
  );
}
