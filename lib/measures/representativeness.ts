import { suppressSmallNumbers, type SuppressedCount } from "./suppression";

export interface ComparisonInput {
  /** The answers the question offers, in the form's order. */
  options: readonly string[];
  /** People taking part by their answer: an option, "Prefer not to say", an answer no longer offered, or null (not answered). */
  participants: readonly { answer: string | null; people: number }[];
  /** Residents by answer, summed over the neighbourhoods that have figures for this question. */
  residents: readonly { answer: string; people: number }[];
}

export interface ComparisonRow {
  answer: string;
  people: SuppressedCount;
  /** Share of those taking part who gave one of the listed answers, in % to one decimal; null when withheld. */
  peoplePercent: number | null;
  /** Share of residents, in % to one decimal; null when there are no figures. */
  residentsPercent: number | null;
  /** People's share minus residents' share, in percentage points: negative means under-represented. */
  differencePoints: number | null;
}

export interface Comparison {
  rows: ComparisonRow[];
  /** Prefer not to say, not answered, or an answer the form no longer offers. */
  noAnswer: SuppressedCount;
  total: SuppressedCount;
  residents: number;
  /**
   * True when the people's shares are withheld: they are shares of those who gave a listed answer,
   * and publishing them would let a hidden "no answer" count be worked out from the total.
   */
  sharesWithheld: boolean;
  /**
   * The dissimilarity index: the percentage of people taking part who would need a different answer
   * for their mix to match the residents' (0 = the same mix). Only when no count is hidden, since
   * it is computed from every count and could otherwise give a hidden one away.
   */
  dissimilarity: number | null;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * Who took part against who lives in the region, for one equality question, with small numbers
 * suppressed as one group (each answer and "no answer" adding up to the total) so nothing shown
 * lets anyone work out a count below 5.
 */
export function compareWithResidents({ options, participants, residents }: ComparisonInput): Comparison {
  const counts = options.map((option) => participants.filter((row) => row.answer === option).reduce((sum, row) => sum + row.people, 0));
  const listed = new Set(options);
  const noAnswer = participants.filter((row) => row.answer === null || !listed.has(row.answer)).reduce((sum, row) => sum + row.people, 0);
  const suppressed = suppressSmallNumbers([...counts, noAnswer]);
  const answered = counts.reduce((sum, value) => sum + value, 0);
  const noAnswerCell = suppressed.cells[options.length] ?? { shown: false, reason: "small" };
  const sharesWithheld = answered > 0 && !(noAnswerCell.shown && suppressed.total.shown);
  const residentsByAnswer = new Map(residents.map((row) => [row.answer, row.people]));
  const residentCounts = options.map((option) => residentsByAnswer.get(option) ?? 0);
  const residentTotal = residentCounts.reduce((sum, value) => sum + value, 0);

  const rows = options.map((answer, index): ComparisonRow => {
    const people = suppressed.cells[index] ?? { shown: false, reason: "small" };
    const count = counts[index] ?? 0;
    const peoplePercent = !sharesWithheld && answered > 0 && people.shown ? oneDecimal((100 * count) / answered) : null;
    const residentsPercent = residentTotal > 0 ? oneDecimal((100 * (residentCounts[index] ?? 0)) / residentTotal) : null;
    return {
      answer,
      people,
      peoplePercent,
      residentsPercent,
      differencePoints: peoplePercent !== null && residentsPercent !== null ? oneDecimal(peoplePercent - residentsPercent) : null,
    };
  });

  const nothingHidden = suppressed.cells.every((cell) => cell.shown) && suppressed.total.shown;
  const dissimilarity =
    nothingHidden && answered > 0 && residentTotal > 0
      ? oneDecimal(options.reduce((sum, _, index) => sum + Math.abs((100 * (counts[index] ?? 0)) / answered - (100 * (residentCounts[index] ?? 0)) / residentTotal), 0) / 2)
      : null;

  return { rows, noAnswer: noAnswerCell, total: suppressed.total, residents: residentTotal, sharesWithheld, dissimilarity };
}

/** How a dissimilarity index reads in a table, chart and CSV alike. */
export function describeDissimilarity(index: number | null, hasResidents: boolean): string {
  if (index !== null) return `${index.toFixed(1)}%`;
  return hasResidents ? "withheld (small numbers)" : "no residents' figures";
}
