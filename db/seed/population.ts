import { equalityOptions, PREFER_NOT_TO_SAY, type EqualityQuestionKey } from "../../lib/people/equality";
import type { Random } from "./random";

// Generated figures in the shape of Census 2021 tables, for the demo and --scale regions. Shares
// move with deprivation as they tend to in English cities: more children, more young adults and
// more ethnic diversity in the most deprived wards; older, whiter villages in the least deprived.

type Shares = Record<string, number>;

/** Each answer's share of a ward's residents (or of its residents aged 16+, for work), by IMD decile 1–10. */
function residentShares(question: EqualityQuestionKey, imdDecile: number): Shares {
  const d = (imdDecile - 1) / 9; // 0 = most deprived, 1 = least
  const mix = (deprived: number, affluent: number) => deprived + (affluent - deprived) * d;
  switch (question) {
    case "age_band":
      return {
        "Under 16": mix(23, 16),
        "16–24": mix(14, 9),
        "25–34": mix(17, 11),
        "35–44": mix(13, 12),
        "45–54": mix(11, 14),
        "55–64": mix(10, 14),
        "65–74": mix(7, 13),
        "75 or over": mix(5, 11),
      };
    case "gender":
      return { Woman: 50.6, Man: 49.0, "Non-binary": 0.25, "I describe myself another way": 0.15 };
    case "ethnicity":
      return {
        "Asian or Asian British": mix(24, 3),
        "Black, Black British, Caribbean or African": mix(9, 1),
        "Mixed or multiple ethnic groups": mix(4, 1.5),
        White: mix(59, 94),
        "Other ethnic group": mix(4, 0.5),
      };
    case "disability":
      return { Yes: mix(24, 16), No: mix(76, 84) };
    case "employment_status":
      return {
        "Employed or self-employed": mix(49, 61),
        "Unemployed and looking for work": mix(7, 2),
        "In education or training": mix(9, 6),
        Retired: mix(16, 25),
        "Looking after home or family": mix(7, 3),
        "Unable to work": mix(8, 2),
        Other: mix(4, 1),
      };
  }
}

/** Whole numbers for each answer that add up to exactly `total` (largest remainders get the spare people). */
function apportion(total: number, shares: Shares, random: Random): { answer: string; people: number }[] {
  const entries = Object.entries(shares).map(([answer, share]) => [answer, share * (0.95 + random.next() * 0.1)] as const);
  const sum = entries.reduce((acc, [, share]) => acc + share, 0);
  const exact = entries.map(([answer, share]) => ({ answer, value: (total * share) / sum }));
  const rows = exact.map((row) => ({ answer: row.answer, people: Math.floor(row.value), remainder: row.value - Math.floor(row.value) }));
  let spare = total - rows.reduce((acc, row) => acc + row.people, 0);
  for (const row of [...rows].sort((a, b) => b.remainder - a.remainder)) {
    if (spare-- <= 0) break;
    row.people += 1;
  }
  return rows.map(({ answer, people }) => ({ answer, people }));
}

export const DEMO_POPULATION_SOURCE = "Demo figures in the shape of Census 2021 (ONS), usual residents";

/** A ward's residents by every answer to every question; work counts residents aged 16 and over. */
export function wardPopulationGroups(random: Random, ward: { population: number; imdDecile: number }) {
  const rows: { question: EqualityQuestionKey; answer: string; people: number }[] = [];
  const ages = apportion(ward.population, residentShares("age_band", ward.imdDecile), random);
  const over16 = ward.population - (ages.find((row) => row.answer === "Under 16")?.people ?? 0);
  for (const row of ages) rows.push({ question: "age_band", ...row });
  for (const question of ["gender", "ethnicity", "disability"] as const) {
    for (const row of apportion(ward.population, residentShares(question, ward.imdDecile), random)) rows.push({ question, ...row });
  }
  for (const row of apportion(over16, residentShares("employment_status", ward.imdDecile), random)) rows.push({ question: "employment_status", ...row });
  return rows;
}

// Who tends to answer a council's equality questions on a platform like this: older, more women,
// less ethnically diverse than the wards they live in, fewer people unable to work.
const participantShares: Record<EqualityQuestionKey, Shares> = {
  age_band: { "Under 16": 0.5, "16–24": 8, "25–34": 16, "35–44": 19, "45–54": 19, "55–64": 18, "65–74": 13, "75 or over": 6.5 },
  gender: { Woman: 57, Man: 41.5, "Non-binary": 1, "I describe myself another way": 0.5 },
  ethnicity: { "Asian or Asian British": 11, "Black, Black British, Caribbean or African": 4, "Mixed or multiple ethnic groups": 3, White: 80, "Other ethnic group": 2 },
  disability: { Yes: 15, No: 85 },
  employment_status: {
    "Employed or self-employed": 55,
    "Unemployed and looking for work": 4,
    "In education or training": 7,
    Retired: 22,
    "Looking after home or family": 6,
    "Unable to work": 3,
    Other: 3,
  },
};

/** One person's answers: mostly an option, sometimes "Prefer not to say", sometimes left blank. */
export function participantEqualityAnswers(random: Random) {
  const answer = (question: EqualityQuestionKey): string | null => {
    const roll = random.next();
    if (roll < 0.05) return null;
    if (roll < 0.11) return PREFER_NOT_TO_SAY;
    const shares = participantShares[question];
    return random.pickWeighted(equalityOptions(question), (option) => shares[option] ?? 0);
  };
  return {
    ageBand: answer("age_band"),
    gender: answer("gender"),
    ethnicity: answer("ethnicity"),
    disability: answer("disability"),
    employmentStatus: answer("employment_status"),
  };
}
