import type { Cell } from "./plan-tables";
import type { RegionPlanRow } from "./region-measures";
import { equalityQuestionKeys, equalityQuestionNames } from "../people/equality";
import { describeMedianDays } from "./plan-measures";
import { formatPence } from "../shared/money";
import { describeDissimilarity } from "./representativeness";

/** One figure of the region over time: the table the page shows, the CSV serves and the chart draws (same cells). */
export interface RegionTable {
  name: string;
  section: "reach" | "deprivation" | "communities" | "responsiveness" | "equality";
  title: string;
  caption: string;
  header: string[];
  rows: Cell[][];
  chart?: { label: string; value: number; text: string }[];
}

const perThousandText = (value: number | null) => (value === null ? "no residents" : value.toFixed(1));
const percentText = (value: number | null) => (value === null ? "none yet" : `${value}%`);
const indexText = (r: RegionPlanRow["representativeness"][number]) => describeDissimilarity(r.dissimilarity, r.hasResidents);
const planName = (row: RegionPlanRow) => (row.periodLabel ? `${row.title} (${row.periodLabel})` : row.title);

export function buildRegionTables(rows: readonly RegionPlanRow[]): RegionTable[] {
  return [
    {
      name: "reach",
      section: "reach",
      title: "People taking part per 1,000 residents",
      caption: "People who proposed, commented, supported, pledged or voted online in each plan, per 1,000 of the region's residents",
      header: ["Plan", "People taking part", "Residents", "Per 1,000 residents"],
      rows: rows.map((r) => [planName(r), r.participants, r.residents, perThousandText(r.perThousand)]),
      chart: rows.map((r) => ({ label: planName(r), value: r.perThousand ?? 0, text: perThousandText(r.perThousand) })),
    },
    {
      name: "deprivation-gap",
      section: "reach",
      title: "Most and least deprived fifths, per 1,000 residents",
      caption: "People taking part per 1,000 residents of neighbourhoods in IMD deciles 1–2 and 9–10; the gap is the first minus the second",
      header: ["Plan", "Deciles 1–2", "Deciles 9–10", "Gap"],
      rows: rows.map((r) => [
        planName(r),
        perThousandText(r.gap.mostDeprivedPerThousand),
        perThousandText(r.gap.leastDeprivedPerThousand),
        r.gap.gapPerThousand === null ? "cannot compare" : `${r.gap.gapPerThousand > 0 ? "+" : ""}${r.gap.gapPerThousand.toFixed(1)}`,
      ]),
      chart: rows.flatMap((r) => [
        { label: `${planName(r)}: deciles 1–2`, value: r.gap.mostDeprivedPerThousand ?? 0, text: perThousandText(r.gap.mostDeprivedPerThousand) },
        { label: `${planName(r)}: deciles 9–10`, value: r.gap.leastDeprivedPerThousand ?? 0, text: perThousandText(r.gap.leastDeprivedPerThousand) },
      ]),
    },
    {
      name: "deprived-proposals",
      section: "deprivation",
      title: "Proposals in the most deprived fifth",
      caption: "Public proposals for neighbourhoods in IMD deciles 1–2",
      header: ["Plan", "Public proposals", "In deciles 1–2", "Share"],
      rows: rows.map((r) => [planName(r), r.proposals.total, r.proposals.mostDeprived, percentText(r.proposals.percent)]),
      chart: rows.map((r) => ({ label: planName(r), value: r.proposals.percent ?? 0, text: percentText(r.proposals.percent) })),
    },
    {
      name: "deprived-votes",
      section: "deprivation",
      title: "Online votes from the most deprived fifth",
      caption: "Online ballots cast by people whose home neighbourhood is in IMD deciles 1–2 (paper ballots carry no address)",
      header: ["Plan", "Online ballots", "From deciles 1–2", "Share"],
      rows: rows.map((r) => [planName(r), r.onlineVotes.total, r.onlineVotes.mostDeprived, percentText(r.onlineVotes.percent)]),
      chart: rows.map((r) => ({ label: planName(r), value: r.onlineVotes.percent ?? 0, text: percentText(r.onlineVotes.percent) })),
    },
    {
      name: "deprived-budget",
      section: "deprivation",
      title: "Selected budget going to the most deprived fifth",
      caption: "Money for selected projects in neighbourhoods in IMD deciles 1–2, from each plan's current count",
      header: ["Plan", "Selected budget", "In deciles 1–2", "Share"],
      rows: rows.map((r) =>
        r.selectedBudget
          ? [planName(r), formatPence(r.selectedBudget.totalPence), formatPence(r.selectedBudget.mostDeprivedPence), percentText(r.selectedBudget.percent)]
          : [planName(r), "not counted yet", "not counted yet", "not counted yet"],
      ),
      chart: rows.map((r) => ({ label: planName(r), value: r.selectedBudget?.percent ?? 0, text: r.selectedBudget ? percentText(r.selectedBudget.percent) : "not counted yet" })),
    },
    {
      name: "contributions",
      section: "communities",
      title: "What communities bring",
      caption: "Value of contributions pledged (offered, confirmed or delivered) and delivered, at each plan's rates",
      header: ["Plan", "Pledged", "Delivered"],
      rows: rows.map((r) => [planName(r), formatPence(r.pledgedPence), formatPence(r.deliveredPence)]),
      chart: rows.map((r) => ({ label: planName(r), value: r.pledgedPence, text: formatPence(r.pledgedPence) })),
    },
    {
      name: "partnerships",
      section: "communities",
      title: "Cross-sector partnerships",
      caption: "Proposals whose proposer, agreed partners and pledges come from two or more sectors",
      header: ["Plan", "Partnerships"],
      rows: rows.map((r) => [planName(r), r.partnerships]),
      chart: rows.map((r) => ({ label: planName(r), value: r.partnerships, text: String(r.partnerships) })),
    },
    {
      name: "responsiveness",
      section: "responsiveness",
      title: "Time to a first official response",
      caption: "Median days from publishing a proposal to its first official response",
      header: ["Plan", "Proposals answered", "Median time to first response"],
      rows: rows.map((r) => [planName(r), r.responded, describeMedianDays(r.medianDays)]),
      chart: rows.map((r) => ({ label: planName(r), value: r.medianDays ?? 0, text: describeMedianDays(r.medianDays) })),
    },
    {
      name: "representativeness",
      section: "equality",
      title: "How closely the people taking part match the region's residents",
      caption: "The dissimilarity index for each equality question and plan: the share of people taking part who would need a different answer for their mix to match the residents' (0% = the same mix)",
      header: ["Plan", ...equalityQuestionKeys.map((key) => equalityQuestionNames[key])],
      rows: rows.map((r) => [
        planName(r),
        ...equalityQuestionKeys.map((key) => {
          const found = r.representativeness.find((q) => q.question === key);
          return found ? indexText(found) : describeDissimilarity(null, false);
        }),
      ]),
      chart: rows.flatMap((r) =>
        r.representativeness.map((q) => ({ label: `${planName(r)}: ${equalityQuestionNames[q.question]}`, value: q.dissimilarity ?? 0, text: indexText(q) })),
      ),
    },
  ];
}
