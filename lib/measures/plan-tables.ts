import type { Geometry } from "../geography/project";
import { indicatorHeading } from "../delivery/indicators";
import { participantTypeLabels, participantTypes } from "../organisations/sectors";
import { pledgeKindLabels } from "../pledges/kinds";
import { pledgeStatusLabels, standingPledgeStatuses } from "../pledges/statuses";
import { proposalStatusLabels } from "../proposals/statuses";
import { describeMedianDays, type PlanMeasures } from "./plan-measures";
import { formatPence } from "../shared/money";
import { moneyPerThousand } from "./region-measures";
import { representativenessTables } from "./plan-equality-tables";

export type Cell = string | number;

/**
 * One figure: the table the page shows and the CSV serves (the same cells), and the picture drawn
 * from the same numbers: bars, a map or a grid. Pictures are hidden from screen readers; the table is not.
 */
export interface MeasureTable {
  name: string;
  section: "reach" | "money" | "sectors" | "pledges" | "responsiveness" | "equality";
  title: string;
  caption: string;
  /** What the reader needs to know to read the figure (sources, coverage), shown under it. */
  note?: string;
  header: string[];
  rows: Cell[][];
  /** Bars for the chart: a label, a length and the text at its end. */
  chart?: { label: string; value: number; text: string; tone?: "comparison" }[];
  /** A choropleth of the region: each neighbourhood shaded by its value, a whole number (the key's classes are whole numbers). */
  map?: { title: string; unit: "tenths-per-thousand" | "pounds-per-thousand"; areas: { id: string; name: string; boundary: Geometry | null; value: number }[] };
  /** A grid of how often each pair of labels occurs together. */
  matrix?: { labels: string[]; counts: number[][] };
}

const perThousandText = (value: number | null) => (value === null ? "no residents" : value.toFixed(1));
const sectorName = (code: string) => participantTypeLabels[code as keyof typeof participantTypeLabels] ?? code;

function reachTables(m: PlanMeasures): MeasureTable[] {
  return [
    {
      name: "reach-neighbourhoods",
      section: "reach",
      title: "People taking part per 1,000 residents, by neighbourhood",
      caption: "People taking part by home neighbourhood",
      header: ["Neighbourhood", "IMD decile", "Residents", "People taking part", "Per 1,000 residents"],
      rows: m.reach.byArea.map((a) => [a.name, a.imdDecile, a.population, a.people, perThousandText(a.perThousand)]),
      map: {
        title: "People taking part per 1,000 residents",
        unit: "tenths-per-thousand",
        areas: m.reach.byArea.map((a) => ({ id: a.id, name: a.name, boundary: a.boundary, value: Math.round((a.perThousand ?? 0) * 10) })),
      },
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
}

function moneyTables(m: PlanMeasures): MeasureTable[] {
  const money = m.money;
  if (!money) return [];
  const selectedByArea = new Map(money.byArea.map((row) => [row.areaId, row.selectedPence]));
  const perResident = moneyPerThousand(m.reach.byArea.map((a) => ({ id: a.id, name: a.name, population: a.population, imdDecile: a.imdDecile, selectedPence: selectedByArea.get(a.id) ?? 0 })));
  const boundaries = new Map(m.reach.byArea.map((a) => [a.id, a.boundary]));
  const poundsText = (pounds: number | null) => (pounds === null ? "no residents" : formatPence(pounds * 100));
  return [
    {
      name: "money-per-resident",
      section: "money",
      title: "Selected budget per 1,000 residents",
      caption: "Money for selected projects in each neighbourhood, and per 1,000 people living there",
      header: ["Neighbourhood", "IMD decile", "Residents", "Selected", "Per 1,000 residents"],
      rows: perResident.map((r) => [r.name, r.imdDecile, r.population, formatPence(r.selectedPence), poundsText(r.poundsPerThousand)]),
      map: {
        title: "Selected budget per 1,000 residents",
        unit: "pounds-per-thousand",
        areas: perResident.map((r) => ({ id: r.id, name: r.name, boundary: boundaries.get(r.id) ?? null, value: r.poundsPerThousand ?? 0 })),
      },
    },
    {
      name: "money-neighbourhoods",
      section: "money",
      title: "Selected and adopted budget by neighbourhood",
      caption: "Money for selected projects by neighbourhood, and how much of it is adopted into the plan",
      header: ["Neighbourhood", "IMD decile", "Projects", "Selected", "Adopted"],
      rows: money.byArea.map((a) => [a.areaName, a.imdDecile, a.projects, formatPence(a.selectedPence), formatPence(a.adoptedPence)]),
      chart: money.byArea.map((a) => ({ label: a.areaName, value: a.selectedPence, text: formatPence(a.selectedPence) })),
    },
    {
      name: "money-themes",
      section: "money",
      title: "Selected and adopted budget by theme",
      caption: "Money for selected projects by theme, and how much of it is adopted",
      header: ["Theme", "Selected", "Adopted"],
      rows: money.byTheme.map((t) => [t.themeName, formatPence(t.selectedPence), formatPence(t.adoptedPence)]),
      chart: money.byTheme.map((t) => ({ label: t.themeName, value: t.selectedPence, text: formatPence(t.selectedPence) })),
    },
    {
      name: "money-deciles",
      section: "money",
      title: "Selected and adopted budget by deprivation",
      caption: "Money for selected projects by IMD decile (1 = most deprived), and how much of it is adopted",
      header: ["IMD decile", "Selected", "Adopted"],
      rows: money.byDecile.map((d) => [d.imdDecile, formatPence(d.selectedPence), formatPence(d.adoptedPence)]),
      chart: money.byDecile.map((d) => ({ label: `Decile ${d.imdDecile}`, value: d.selectedPence, text: formatPence(d.selectedPence) })),
    },
    {
      name: "ring-fences",
      section: "money",
      title: "Ring-fences",
      caption: "Whether each ring-fence was met, and by how much",
      header: ["Ring-fence", "Reserved", "Spent", "Result", "Short by"],
      rows: money.ringFences.map((f) => [f.label, formatPence(f.budgetPence), formatPence(f.spentPence), f.status, formatPence(f.shortfallPence)]),
      chart: money.ringFences.flatMap((f) => [
        { label: `${f.label}: reserved`, value: f.budgetPence, text: formatPence(f.budgetPence) },
        { label: `${f.label}: spent`, value: f.spentPence, text: formatPence(f.spentPence) },
      ]),
    },
  ];
}

function sectorTables(m: PlanMeasures): MeasureTable[] {
  const present = participantTypes.filter((code) => m.sectors.pairs.some((p) => p.a === code || p.b === code));
  const counts = present.map((row) => present.map((column) => m.sectors.pairs.find((p) => (p.a === row && p.b === column) || (p.a === column && p.b === row))?.proposals ?? 0));
  return [
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
      caption: `Proposals in which each pair of sectors works together, as proposer, agreed partner or pledger (${m.sectors.partnerships} cross-sector partnerships in all)`,
      header: ["Sector", "With sector", "Proposals"],
      rows: m.sectors.pairs.map((p) => [sectorName(p.a), sectorName(p.b), p.proposals]),
      matrix: present.length > 1 ? { labels: present.map(sectorName), counts } : undefined,
    },
  ];
}

function pledgeTables(m: PlanMeasures): MeasureTable[] {
  const kinds = [...new Set(m.pledges.rows.map((p) => p.kind))];
  const valueOf = (kind: string, status: string) => m.pledges.rows.find((p) => p.kind === kind && p.status === status)?.valuePence ?? 0;
  const byKind = kinds.map((kind) => ({ kind, values: standingPledgeStatuses.map((status) => valueOf(kind, status)) }));
  return [
    {
      name: "pledges-by-kind",
      section: "pledges",
      title: "What communities bring, by kind",
      caption: "Value of pledges offered, confirmed and delivered, by kind, at the plan's rates (kinds without a rate count as £0)",
      header: ["Kind", "Offered", "Confirmed", "Delivered", "All standing pledges"],
      rows: byKind.map((k) => [pledgeKindLabels[k.kind], ...k.values.map(formatPence), formatPence(k.values.reduce((a, b) => a + b, 0))]),
      chart: byKind.map((k) => ({ label: pledgeKindLabels[k.kind], value: k.values.reduce((a, b) => a + b, 0), text: formatPence(k.values.reduce((a, b) => a + b, 0)) })),
    },
    {
      name: "pledges",
      section: "pledges",
      title: "Pledges by kind and status",
      caption: "Every pledge by kind and status, with quantities and their value at the plan's rates",
      header: ["Kind", "Status", "Pledges", "Quantity", "Value"],
      rows: m.pledges.rows.map((p) => [pledgeKindLabels[p.kind], pledgeStatusLabels[p.status], p.pledges, `${p.quantity} ${p.unit ?? ""}`.trim(), p.valuePence === null ? "no rate set" : formatPence(p.valuePence)]),
      chart: m.pledges.rows.map((p) => ({ label: `${pledgeKindLabels[p.kind]}: ${pledgeStatusLabels[p.status].toLowerCase()}`, value: p.pledges, text: `${p.pledges} ${p.pledges === 1 ? "pledge" : "pledges"}` })),
    },
  ];
}

function responsivenessTables(m: PlanMeasures): MeasureTable[] {
  const r = m.responsiveness;
  const bands: [string, number][] = [
    ["Within a week", r.withinWeek],
    ["8 to 14 days", r.withinTwoWeeks],
    ["15 to 28 days", r.withinFourWeeks],
    ["29 to 56 days", r.withinEightWeeks],
    ["Longer than 8 weeks", r.longer],
    ["Still waiting", r.waiting],
  ];
  return [
    {
      name: "responsiveness",
      section: "responsiveness",
      title: "Time to a first official response",
      caption: `Public proposals by the time from publishing to their first official response; median ${describeMedianDays(r.medianDays)}`,
      header: ["Time to first response", "Proposals"],
      rows: [...bands, ["Median time to first response", describeMedianDays(r.medianDays)]],
      chart: bands.map(([label, count]) => ({ label, value: count, text: String(count) })),
    },
    {
      name: "delivery-stages",
      section: "responsiveness",
      title: "How far delivery has got",
      caption: "Proposals adopted into the plan, by delivery stage",
      header: ["Stage", "Proposals"],
      rows: m.delivery.map((d) => [proposalStatusLabels[d.status], d.proposals]),
      chart: m.delivery.map((d) => ({ label: proposalStatusLabels[d.status], value: d.proposals, text: String(d.proposals) })),
    },
    {
      name: "delivery-indicators",
      section: "responsiveness",
      title: "Delivery so far",
      caption: "Delivery indicators summed over adopted proposals, and how many proposals report each",
      note: "Each indicator is in its own unit, so the chart compares how many proposals report each rather than the totals.",
      header: ["Indicator", "Total", "Proposals reporting"],
      rows: m.indicators.map((i) => [indicatorHeading(i.kind), i.total, i.proposals]),
      chart: m.indicators.map((i) => ({ label: indicatorHeading(i.kind), value: i.proposals, text: `${i.proposals} ${i.proposals === 1 ? "proposal" : "proposals"}` })),
    },
  ];
}

/** Every figure on a plan's measures page, in page order. */
export function buildMeasureTables(m: PlanMeasures): MeasureTable[] {
  return [...reachTables(m), ...moneyTables(m), ...sectorTables(m), ...pledgeTables(m), ...responsivenessTables(m), ...representativenessTables(m)];
}
