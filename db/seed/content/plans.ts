import type { PlanSeed, PledgeKind } from "./types";

export const ideasPlan: PlanSeed = {
  key: "2027",
  slug: "northbridge-2027",
  title: "Northbridge People's Plan 2027",
  summary:
    "£1.5 million for projects that residents, community groups, businesses and public bodies propose, " +
    "back with their own time and resources, and vote on. Ideas are open until 14 December; " +
    "voting opens on 1 February 2027.",
  periodLabel: "April 2027 – March 2028",
  phase: "ideas",
  budgetPounds: 1_500_000,
  approvalLimit: 5,
  outcomeRule: "mes_add1",
  requiresVerifiedVoters: false,
  minimumVoterAge: 16,
  supportThreshold: 20,
  rulesFrozenAt: null,
  created: "2026-09-01",
  phases: [
    { phase: "draft", starts: "2026-09-01", ends: "2026-10-01" },
    { phase: "ideas", starts: "2026-10-01", ends: "2026-12-14" },
    { phase: "review", starts: "2026-12-14", ends: "2027-02-01" },
    { phase: "voting", starts: "2027-02-01", ends: "2027-03-01" },
    { phase: "results", starts: "2027-03-01", ends: "2027-03-15" },
    { phase: "adopted", starts: "2027-03-15", ends: "2027-04-01" },
    { phase: "delivery", starts: "2027-04-01", ends: "2028-04-01" },
  ],
  priorities: [
    {
      title: "Good jobs closer to home",
      description:
        "More people from the most deprived neighbourhoods in secure work paying at least the Real Living Wage, with routes in that start where people already are.",
    },
    {
      title: "Skills for the green economy",
      description: "Retrofit, energy and engineering skills, so the work of warming Northbridge's homes is done by Northbridge people.",
    },
    {
      title: "Thriving high streets and local enterprise",
      description: "District centres with fewer empty units, more local ownership and more of each pound spent staying in the city.",
    },
    {
      title: "Connected neighbourhoods",
      description: "Affordable, reliable ways to reach work, college and services, especially from estates the bus network serves badly.",
    },
  ],
  ringFence: { label: "Deprived neighbourhoods (IMD deciles 1–2)", share: 0.1, maxImdDecile: 2 },
};

export const finishedPlan: PlanSeed = {
  key: "2026",
  slug: "northbridge-2026",
  title: "Northbridge People's Plan 2026",
  summary:
    "The first people's plan for Northbridge: £1.2 million, 35 ideas, 18 on the ballot and 8 chosen by " +
    "residents. Adopted in March 2026 and now being delivered.",
  periodLabel: "April 2026 – March 2027",
  phase: "delivery",
  budgetPounds: 1_200_000,
  approvalLimit: 5,
  // The first year used a simple greedy count; the partnership moved to Equal Shares for 2027.
  outcomeRule: "greedy",
  requiresVerifiedVoters: false,
  minimumVoterAge: 16,
  supportThreshold: 20,
  rulesFrozenAt: "2026-02-02T08:00:00Z",
  created: "2025-09-01",
  phases: [
    { phase: "draft", starts: "2025-09-01", ends: "2025-10-01" },
    { phase: "ideas", starts: "2025-10-01", ends: "2025-12-12" },
    { phase: "review", starts: "2025-12-12", ends: "2026-02-02" },
    { phase: "voting", starts: "2026-02-02", ends: "2026-03-02" },
    { phase: "results", starts: "2026-03-02", ends: "2026-03-16" },
    { phase: "adopted", starts: "2026-03-16", ends: "2026-04-01" },
    { phase: "delivery", starts: "2026-04-01", ends: "2027-04-01" },
  ],
  priorities: [
    {
      title: "Back into work",
      description: "Routes into work for people who have been out of it longest, built with employers who will actually hire.",
    },
    {
      title: "Warm homes, green skills",
      description: "Cut fuel bills in the coldest homes and train local people to do the work.",
    },
    {
      title: "Local high streets",
      description: "Fewer empty shops and more new local traders in the district centres.",
    },
    {
      title: "Getting about",
      description: "Cheaper, easier journeys to work and services from estates on the edge of the city.",
    },
  ],
  ringFence: { label: "Deprived neighbourhoods (IMD deciles 1–2)", share: 0.1, maxImdDecile: 2 },
};

export const assessmentCriteriaSeeds = [
  { name: "Strategic fit", description: "How well it serves one or more of the plan's strategic priorities." },
  { name: "Feasibility", description: "Whether the cost, timescale, site and people are realistic, and the risks understood." },
  {
    name: "Impact on deprived areas",
    description: "How much of the benefit reaches residents of the most deprived neighbourhoods (IMD deciles 1–3).",
  },
  {
    name: "Strength of co-production",
    description: "Contributions pledged, partners agreed, and residents involved in designing and running it.",
  },
];

/** What a plan counts each kind of pledge as worth, in pence per unit (the co-production ledger). */
export const pledgeRateSeeds: Record<PledgeKind, { unit: string; pencePerUnit: number }> = {
  volunteer_hours: { unit: "hour", pencePerUnit: 1_500 },
  money: { unit: "£", pencePerUnit: 100 },
  premises: { unit: "session", pencePerUnit: 6_000 },
  equipment: { unit: "£ value", pencePerUnit: 100 },
  skills: { unit: "hour", pencePerUnit: 4_000 },
  jobs: { unit: "placement", pencePerUnit: 300_000 },
  // Social value of spend redirected to local suppliers, not the spend itself.
  procurement: { unit: "£ of local spend", pencePerUnit: 10 },
};
