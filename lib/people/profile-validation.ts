import { z } from "zod";

/** Optional equality-monitoring questions; "prefer not to say" is always a valid answer. */
export const equalityQuestions = {
  ageBand: { label: "Age", options: ["Under 16", "16–24", "25–34", "35–44", "45–54", "55–64", "65–74", "75 or over"] },
  gender: { label: "Gender", options: ["Woman", "Man", "Non-binary", "I describe myself another way"] },
  ethnicity: {
    label: "Ethnic group",
    options: ["Asian or Asian British", "Black, Black British, Caribbean or African", "Mixed or multiple ethnic groups", "White", "Other ethnic group"],
  },
  disability: { label: "Do you consider yourself disabled?", options: ["Yes", "No"] },
  employmentStatus: {
    label: "Work",
    options: ["Employed or self-employed", "Unemployed and looking for work", "In education or training", "Retired", "Looking after home or family", "Unable to work", "Other"],
  },
} as const;

export type EqualityQuestion = keyof typeof equalityQuestions;

export const PREFER_NOT_TO_SAY = "Prefer not to say";

const optionalChoice = (question: EqualityQuestion) =>
  z
    .union([z.literal(""), z.literal(PREFER_NOT_TO_SAY), z.enum(equalityQuestions[question].options as unknown as [string, ...string[]])], {
      error: "Choose one of the answers listed",
    })
    .optional()
    .transform((value) => (value ? value : null));

export const equalitySchema = z.object({
  ageBand: optionalChoice("ageBand"),
  gender: optionalChoice("gender"),
  ethnicity: optionalChoice("ethnicity"),
  disability: optionalChoice("disability"),
  employmentStatus: optionalChoice("employmentStatus"),
});

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((value) => value === "on" || value === "true");

export const profileSchema = z.object({
  name: z.string().trim().min(2, "Enter the name others will see, at least 2 characters").max(80, "Use 80 characters or fewer"),
  homeAreaId: z.union([z.literal(""), z.uuid("Choose a neighbourhood from the list")]).transform((value) => value || null),
  notifyByEmail: checkbox,
  notifyDigest: checkbox,
});

export const deleteAccountSchema = z.object({
  confirm: z
    .string()
    .trim()
    .refine((value) => value.toLowerCase() === "delete my account", "Type “delete my account” to confirm"),
});
