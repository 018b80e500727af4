import { equalityQuestions as profileQuestions, PREFER_NOT_TO_SAY, type EqualityQuestion as ProfileQuestion } from "./profile-validation";

/**
 * The optional equality questions by the names the database uses (equality_answers columns and
 * the population figures' question column), in the order the measures page shows them.
 */
export const equalityQuestionKeys = ["age_band", "gender", "ethnicity", "disability", "employment_status"] as const;
export type EqualityQuestionKey = (typeof equalityQuestionKeys)[number];

const profileKey: Record<EqualityQuestionKey, ProfileQuestion> = {
  age_band: "ageBand",
  gender: "gender",
  ethnicity: "ethnicity",
  disability: "disability",
  employment_status: "employmentStatus",
};

/** Short names for tables and CSV headings (the profile form asks the longer questions). */
export const equalityQuestionNames: Record<EqualityQuestionKey, string> = {
  age_band: "Age",
  gender: "Gender",
  ethnicity: "Ethnic group",
  disability: "Disability",
  employment_status: "Work",
};

/** The answers a person can choose in their profile, in the form's order ("Prefer not to say" aside). */
export function equalityOptions(question: EqualityQuestionKey): readonly string[] {
  return profileQuestions[profileKey[question]].options;
}

export { PREFER_NOT_TO_SAY };

export function isEqualityQuestionKey(value: string): value is EqualityQuestionKey {
  return (equalityQuestionKeys as readonly string[]).includes(value);
}

const fold = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‐‑‒–—−]/g, "-")
    .replace(/\s*-\s*/g, "-")
    .replace(/\s+/g, " ")
    .replace(/[.]$/, "")
    .trim();

/** Names a spreadsheet may use for a question: our key, our label, or the profile form's wording. */
const questionAliases = new Map<string, EqualityQuestionKey>();
for (const key of equalityQuestionKeys) {
  for (const name of [key, key.replace(/_/g, " "), equalityQuestionNames[key], profileQuestions[profileKey[key]].label]) questionAliases.set(fold(name), key);
}
for (const [name, key] of [
  ["age", "age_band"],
  ["sex", "gender"],
  ["ethnicity", "ethnicity"],
  ["ethnic group", "ethnicity"],
  ["disabled", "disability"],
  ["employment", "employment_status"],
  ["economic activity", "employment_status"],
] as const) {
  questionAliases.set(fold(name), key);
}

/** The question a cell names, or null. */
export function matchEqualityQuestion(text: string): EqualityQuestionKey | null {
  return questionAliases.get(fold(text)) ?? null;
}

/**
 * Other ways the same answer is written: the Census 2021 category names a council's figures come
 * in, and plain variants ("16 to 24", "75+"). Keys are folded; values are our option labels.
 */
const answerAliases: Record<EqualityQuestionKey, Record<string, string>> = {
  age_band: {
    "0-15": "Under 16",
    "aged 15 years and under": "Under 16",
    "75+": "75 or over",
    "aged 75 years and over": "75 or over",
    "75 and over": "75 or over",
  },
  gender: { female: "Woman", male: "Man", women: "Woman", men: "Man" },
  ethnicity: {
    "asian, asian british or asian welsh": "Asian or Asian British",
    asian: "Asian or Asian British",
    "black, black british, black welsh, caribbean or african": "Black, Black British, Caribbean or African",
    black: "Black, Black British, Caribbean or African",
    "mixed or multiple ethnic groups": "Mixed or multiple ethnic groups",
    mixed: "Mixed or multiple ethnic groups",
    other: "Other ethnic group",
  },
  disability: { "disabled under the equality act": "Yes", disabled: "Yes", "not disabled under the equality act": "No", "not disabled": "No" },
  employment_status: {},
};

/** The option an answer cell means (matching case, dashes and census wording), or null. */
export function matchEqualityAnswer(question: EqualityQuestionKey, text: string): string | null {
  const folded = fold(text).replace(/^aged /, "").replace(/ to /g, "-").replace(/ years?$/, "");
  for (const option of equalityOptions(question)) if (fold(option) === folded || fold(option) === fold(text)) return option;
  return answerAliases[question][fold(text)] ?? answerAliases[question][folded] ?? null;
}
