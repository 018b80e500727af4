import type { PlanMeasures } from "@/db/queries/measures";
import { pledgeKindLabels, pledgeStatusLabels, sectorLabels } from "@/lib/labels";
import { describeCount, describeMedianDays } from "@/lib/measures";
import { formatPence } from "@/lib/money";

export type Cell = string | number;

/** One figure: the table the page shows, the CSV serves and the chart draws (same cells for all three). */
export interface MeasureTable {
  name: string;
  section: "reach" | "money" | "sectors" | "pledges" | "responsiveness" | "equality";
  title: string;
  caption: string;
  header: string[];
  rows: Cell[][];
  /** Bars for the chart: a label, a length and the text at its end (taken from the table's cells). */
  chart?: { label: string; value: number; text: string }[];
}

const perThousandText = (value: number | null) => (value === null ? "no residents" : value.toFixed(1));
const sectorName = (code: string) => (code === "resident" ? "Residents" : (sectorLabels[code as keyof typeof sectorLabels] ?? code));
const indicatorNames: Record<string, string> = {
  jobs_created: "Jobs created",
  volunteer_hours: "Volunteer hours",
  local_spend_pence: "Local spend (pence)",
  people_reached: "People reached",
  apprenticeships: "Apprenticeships",
};
const questionNames: Record<string, string> = {
  age_band: "Age",
  gender: "Gender",
  ethnicity: "Ethnic group",
  disability: "Disability",
  employment_status: "Employment",
};

export function buildMeasureTables(m: PlanMeasures): MeasureTable[] {
  const tables: MeasureTable[] = [
    {
      name: "reach-neighbourhoods",
      section: "reach",
      title: "People taking part per 1,000 residents, by neighbourhood",
      caption: "People taking part by home neighbourhood",
      header: ["Neighbourhood", "IMD decile", "Residents", "People taking part", "Per 1,000 residents"],
      rows: m.reach.byArea.map((a) => [a.name, a.imdDecile, a.population, a.people, perThousandText(a.perThousand)]),
      chart: m.reach.byArea.map((a) => ({ label: a.name, value: a.perThousand ?? 0, text: perThousandText(a.perThousand) })),
    },
    {
      name: "reach-deciles",
      section: "reach",
      title: "People taking part per 1,000 residents, by deprivation",
      caption: "People taking part by IMD decile of their neighbourhood (1 = most deprived)",
      header: ["IMD decile", "Residents", "People taking part", "Per 1,000 residents"],
      rows: m.reach.byDecile.map((d) => [d.imdDecile, d.population, d.count, perThousandText(d.perThousand)]),
      chart: m.reach.byDecile.map((d) => ({ label: `Decile ${d.imdDecile}`, value: d.perThousand ?? 0, text: perThousandText(d.perThousand) })),
    },
  ];
  if (m.money) {
    tables.push(
      {
        name: "money-neighbourhoods",
        section: "money",
        title: "Selected budget by neighbourhood",
        caption: "Money for selected projects by neighbourhood, and how much of it is adopted",
        header: ["Neighbourhood", "IMD decile", "Projects", "Selected", "Adopted"],
        rows: m.money.byArea.map((a) => [a.areaName, a.imdDecile, a.projects, formatPence(a.selectedPence), formatPence(a.adoptedPence)]),
        chart: m.money.byArea.map((a) => ({ label: a.areaName, value: a.selectedPence, text: formatPence(a.selectedPence) })),
      },
      {
        name: "money-themes",
        section: "money",
        title: "Selected budget by theme",
        caption: "Money for selected projects by theme",
        header: ["Theme", "Selected"],
        rows: m.money.byTheme.map((t) => [t.themeName, formatPence(t.selectedPence)]),
        chart: m.money.byTheme.map((t) => ({ label: t.themeName, value: t.selectedPence, text: formatPence(t.selectedPence) })),
      },
      {
        name: "money-deciles",
        section: "money",
        title: "Selected budget by deprivation",
        caption: "Money for selected projects by IMD decile (1 = most deprived)",
        header: ["IMD decile", "Selected"],
        rows: m.money.byDecile.map((d) => [d.imdDecile, formatPence(d.selectedPence)]),
        chart: m.money.byDecile.map((d) => ({ label: `Decile ${d.imdDecile}`, value: d.selectedPence, text: formatPence(d.selectedPence) })),
      },
      {
        name: "ring-fences",
        section: "money",
        title: "Ring-fences",
        caption: "Whether each ring-fence was met, and by how much",
        header: ["Ring-fence", "Reserved", "Spent", "Result", "Short by"],
        rows: m.money.ringFences.map((f) => [f.label, formatPence(f.budgetPence), formatPence(f.spentPence), f.status, formatPence(f.shortfallPence)]),
      },
    );
  }
  tables.push(
    {
      name: "sectors-people",
      section: "sectors",
      title: "People taking part by sector",
      caption: "People taking part by the sector they registered in",
      header: ["Sector", "People"],
      rows: m.sectors.people.map((s) => [sectorName(s.sector), s.people]),
      chart: m.sectors.people.map((s) => ({ label: sectorName(s.sector), value: s.people, text: String(s.people) })),
    },
    {
      name: "sectors-proposals",
      section: "sectors",
      title: "Proposals by sector",
      caption: "Public proposals and the public money they ask for, by the proposer's sector",
      header: ["Sector", "Proposals", "Public money asked for"],
      rows: m.sectors.proposals.map((s) => [sectorName(s.sector), s.proposals, formatPence(s.requestedPence)]),
      chart: m.sectors.proposals.map((s) => ({ label: sectorName(s.sector), value: s.proposals, text: String(s.proposals) })),
    },
    {
      name: "sector-pairs",
      section: "sectors",
      title: "Which sectors work together",
      caption: "Proposals in which each pair of sectors works together",
      header: ["Sector", "With sector", "Proposals"],
      rows: m.sectors.pairs.map((p) => [sectorName(p.a), sectorName(p.b), p.proposals]),
    },
    {
      name: "pledges",
      section: "pledges",
      title: "Pledges by kind and status",
      caption: "Pledged contributions by kind and status, valued at the plan's rates",
      header: ["Kind", "Status", "Pledges", "Quantity", "Value"],
      rows: m.pledges.rows.map((p) => [pledgeKindLabels[p.kind], pledgeStatusLabels[p.status], p.pledges, `${p.quantity} ${p.unit ?? ""}`.trim(), p.valuePence === null ? "no rate set" : formatPence(p.valuePence)]),
    },
    {
      name: "responsiveness",
      section: "responsiveness",
      title: "Responsiveness",
      caption: "Time from publishing a proposal to its first official response",
      header: ["Measure", "Value"],
      rows: [
        ["Median time to first response", describeMedianDays(m.responsiveness.medianDays)],
        ["Proposals with a response", m.responsiveness.responded],
        ["Proposals still waiting", m.responsiveness.waiting],
      ],
    },
    {
      name: "delivery-indicators",
      section: "responsiveness",
      title: "Delivery so far",
      caption: "Delivery indicators summed over adopted proposals",
      header: ["Indicator", "Total", "Proposals reporting"],
      rows: m.indicators.map((i) => [indicatorNames[i.kind] ?? i.kind, i.total, i.proposals]),
    },
    {
      name: "equality",
      section: "equality",
      title: "Who took part",
      caption: "Answers to the optional equality questions from people taking part; small numbers withheld",
      header: ["Question", "Answer", "People"],
      rows: m.equality.flatMap((g) => [...g.answers.map((a) => [questionNames[g.question] ?? g.question, a.answer, describeCount(a.people)]), ...(g.answers.length ? [[questionNames[g.question] ?? g.question, "All who answered", describeCount(g.total)]] : [])]),
    },
  );
  return tables;
}
