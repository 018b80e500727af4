import { equalityQuestionNames } from "../people/equality";
import type { PlanMeasures } from "./plan-measures";
import { describeCount } from "./suppression";
import { describeDissimilarity } from "./representativeness";
import type { MeasureTable } from "./plan-tables";

type Group = PlanMeasures["representativeness"][number];

const percentText = (value: number | null, withheld: boolean) => (value === null ? (withheld ? "withheld" : "–") : `${value.toFixed(1)}%`);
const pointsText = (value: number | null) => (value === null ? "–" : `${value > 0 ? "+" : value < 0 ? "−" : ""}${Math.abs(value).toFixed(1)}`);
const indexText = (g: Group) => describeDissimilarity(g.dissimilarity, g.residents > 0);

function residentsNote(g: Group): string {
  if (g.residents === 0) return "The region's figures for this question have not been loaded, so residents' shares are not shown.";
  const source = g.sources.filter(Boolean).join("; ") || "figures loaded by the council";
  return `Residents: ${source}, for ${g.areasWithFigures} of ${g.areasInRegion} neighbourhoods (${g.residents.toLocaleString("en-GB")} people).`;
}

/** Who took part against who lives in the region: a summary index, then one table per equality question. */
export function representativenessTables(m: PlanMeasures): MeasureTable[] {
  const summary: MeasureTable = {
    name: "equality-summary",
    section: "equality",
    title: "How closely the people taking part match the region's residents",
    caption: "The dissimilarity index for each question (0% = the same mix as the residents)",
    note: "The dissimilarity index is the share of people taking part who would need a different answer for their mix to match the residents'. It is shown only where no count is withheld, since it is worked out from every count.",
    header: ["Question", "People who answered any question", "Dissimilarity index"],
    rows: m.representativeness.map((g) => [equalityQuestionNames[g.question], describeCount(g.total), indexText(g)]),
    chart: m.representativeness.map((g) => ({ label: equalityQuestionNames[g.question], value: g.dissimilarity ?? 0, text: indexText(g) })),
  };
  const perQuestion = m.representativeness.map((g): MeasureTable => {
    const name = equalityQuestionNames[g.question];
    const withheld = (shown: boolean) => g.sharesWithheld || !shown;
    return {
      name: `equality-${g.question.replace(/_/g, "-")}`,
      section: "equality",
      title: `${name}: people taking part and residents`,
      caption: `${name} of people taking part who answered, against the region's residents`,
      note: residentsNote(g),
      header: ["Answer", "People taking part", "Share of those answering", "Share of residents", "Difference (points)"],
      rows: [
        ...g.rows.map((r) => [r.answer, describeCount(r.people), percentText(r.peoplePercent, withheld(r.people.shown)), percentText(r.residentsPercent, false), pointsText(r.differencePoints)]),
        ["Prefer not to say, or no answer", describeCount(g.noAnswer), "–", "–", "–"],
        ["All who answered any question", describeCount(g.total), "–", "–", "–"],
      ],
      chart: g.rows.flatMap((r) => [
        { label: `${r.answer}: taking part`, value: r.peoplePercent ?? 0, text: percentText(r.peoplePercent, withheld(r.people.shown)) },
        { label: `${r.answer}: residents`, value: r.residentsPercent ?? 0, text: percentText(r.residentsPercent, false), tone: "comparison" as const },
      ]),
    };
  });
  return [summary, ...perQuestion];
}
