import { z } from "zod";
import { pledgeKinds } from "./kinds";

// numeric(12, 2): ten digits before the point.
const MAX_QUANTITY = 9_999_999_999.99;

const optionalId = (message: string) =>
  z
    .union([z.literal(""), z.uuid(message)])
    .optional()
    .transform((value) => value || null);

/** One pledge as the form posts it. Quantities accept "1,000", "2.5" and "£500". */
export const pledgeInputSchema = z.object({
  proposalId: z.uuid("That proposal was not found"),
  kind: z.enum(pledgeKinds, "Choose what you are pledging"),
  quantity: z
    .string("Enter how much you are pledging")
    .trim()
    .min(1, "Enter how much you are pledging")
    .transform((value) => value.replace(/[,\s£]/g, ""))
    .pipe(
      z.coerce
        .number<string>("Enter a number, like 2 or 2.5")
        .positive("Enter an amount above zero")
        .max(MAX_QUANTITY, "That amount is too large")
        .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, "Use at most two decimal places"),
    ),
  unit: z.string("Say what the amount counts, e.g. hours").trim().min(1, "Say what the amount counts, e.g. hours").max(40, "Keep the unit under 40 characters"),
  description: z.string().trim().max(1000, "Keep the note under 1,000 characters").default(""),
  organisationId: optionalId("Choose yourself or one of your organisations"),
  needId: optionalId("Choose one of this proposal's open needs"),
});

export type PledgeInput = z.output<typeof pledgeInputSchema>;
