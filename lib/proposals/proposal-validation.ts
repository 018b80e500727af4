import { z } from "zod";
import { pledgeKinds } from "../pledges/kinds";
import { parsePoundsToPence } from "../shared/money-input";

export const proposalLimits = {
  titleMin: 5,
  // The database refuses longer titles (proposals_title_ck).
  titleMax: 140,
  summaryMin: 10,
  summaryMax: 300,
  bodyMax: 20_000,
  needs: 10,
  needDescriptionMin: 3,
  needDescriptionMax: 300,
  photos: 3,
  altMax: 250,
  photoBytes: 8 * 1024 * 1024,
} as const;

export const photoContentTypes = ["image/jpeg", "image/png", "image/webp"] as const;

/**
 * Form posts carry repeated rows as parallel lists (needKind[], needDescription[]…). Zipping
 * them into rows first means an error is reported as "needs.2.description", next to its row.
 */
function gatherRows(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const fields = raw as Record<string, unknown>;
  const list = (key: string): unknown[] => {
    const value = fields[key];
    return Array.isArray(value) ? value : value === undefined ? [] : [value];
  };
  const [needIds, needKinds, needDescriptions] = [list("needId[]"), list("needKind[]"), list("needDescription[]")];
  const needCount = Math.max(needIds.length, needKinds.length, needDescriptions.length);
  const [photoIds, photoAlts] = [list("photoId[]"), list("photoAlt[]")];
  return {
    ...fields,
    needs: Array.from({ length: needCount }, (_, i) => ({ id: needIds[i] ?? "", kind: needKinds[i], description: needDescriptions[i] ?? "" })),
    photos: photoIds.map((id, i) => ({ id, alt: photoAlts[i] ?? "" })),
    point: { latitude: fields.latitude ?? "", longitude: fields.longitude ?? "" },
  };
}

const blankable = z.string().optional().default("");
const optionalId = (message: string) =>
  z
    .union([z.literal(""), z.uuid(message)], { error: message })
    .optional()
    .transform((value) => value || null);

const tooLong = (label: string, max: number) => `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`;
const text = (max: number, label: string) => blankable.pipe(z.string().trim().max(max, tooLong(label, max)));

/** One message per field: "say something" when blank, otherwise what is wrong with its length. */
const requiredText = (min: number, max: number, label: string, ask: string) =>
  blankable.pipe(
    z
      .string()
      .trim()
      .superRefine((value, ctx) => {
        if (value === "") ctx.addIssue({ code: "custom", message: ask, input: value });
        else if (value.length < min) ctx.addIssue({ code: "custom", message: `${label} must be at least ${min} characters`, input: value });
        else if (value.length > max) ctx.addIssue({ code: "custom", message: tooLong(label, max), input: value });
      }),
  );

const coordinatePattern = /^-?\d{1,3}(\.\d+)?$/;

/** A coordinate as typed; lenient drafts drop a half-typed one rather than refuse the save. */
function coordinate(limit: number, label: string, strict: boolean) {
  return blankable.transform((raw, ctx): number | null => {
    const value = raw.trim();
    if (value === "") return null;
    const number = Number(value);
    if (coordinatePattern.test(value) && Math.abs(number) <= limit) return number;
    if (strict) ctx.addIssue({ code: "custom", message: `${label} must be a number between -${limit} and ${limit}`, input: raw });
    return null;
  });
}

/** Latitude and longitude travel together: a point is both or neither. */
const pointField = (strict: boolean) =>
  z
    .object({ latitude: coordinate(90, "Latitude", strict), longitude: coordinate(180, "Longitude", strict) })
    .transform(({ latitude, longitude }, ctx) => {
      if (latitude !== null && longitude !== null) return { latitude, longitude };
      if (strict && (latitude !== null || longitude !== null)) {
        ctx.addIssue({ code: "custom", message: "Give both latitude and longitude, or clear the point", input: { latitude, longitude } });
      }
      return null;
    });

const needRow = (strict: boolean) =>
  z.object({
    id: optionalId("That need is not part of this proposal"),
    kind: z.enum(pledgeKinds, "Choose what kind of help is needed"),
    description: strict
      ? requiredText(proposalLimits.needDescriptionMin, proposalLimits.needDescriptionMax, "A need", "Say what is needed, for example “a hall on weekday evenings”")
      : text(proposalLimits.needDescriptionMax, "A need"),
  });

const photoRow = (strict: boolean) =>
  z.object({
    id: z.uuid("That photo is not part of this proposal"),
    alt: strict ? requiredText(1, proposalLimits.altMax, "A description", "Describe this photo for people who cannot see it") : text(proposalLimits.altMax, "A description"),
  });

const lists = (strict: boolean) => ({
  needs: z.array(needRow(strict)).max(proposalLimits.needs, `List at most ${proposalLimits.needs} needs`),
  photos: z.array(photoRow(strict)).max(proposalLimits.photos, `Add at most ${proposalLimits.photos} photos`),
});

const common = {
  /** The draft or proposal being written; absent when a new idea is first saved. */
  proposalId: optionalId("That draft could not be found"),
  planId: optionalId("Choose a plan"),
  body: text(proposalLimits.bodyMax, "The description"),
  themeId: z.uuid("Choose a theme"),
  areaId: z.uuid("Choose a neighbourhood"),
  organisationId: optionalId("Choose one of your organisations, or yourself"),
};

/**
 * What autosave accepts: anything a person might have half-typed. The three things a stored
 * proposal cannot exist without (a title, a theme, a neighbourhood) are asked for; a cost or a
 * point that does not read yet is left out of the server copy and kept on the device instead.
 */
export const draftSchema = z.preprocess(
  gatherRows,
  z
    .object({
      ...common,
      ...lists(false),
      title: requiredText(1, proposalLimits.titleMax, "The title", "Give your idea a title"),
      summary: text(proposalLimits.summaryMax, "The summary"),
      cost: blankable.transform((raw): number | null => {
        const parsed = parsePoundsToPence(raw);
        return parsed.ok ? parsed.pence : null;
      }),
      point: pointField(false),
    })
    .transform(({ cost, ...content }) => ({ ...content, costPence: cost })),
);

/** Everything a published proposal must have, reported field by field in one go. */
export const publishSchema = z.preprocess(
  gatherRows,
  z
    .object({
      ...common,
      ...lists(true),
      title: requiredText(proposalLimits.titleMin, proposalLimits.titleMax, "The title", "Give your idea a title"),
      summary: requiredText(proposalLimits.summaryMin, proposalLimits.summaryMax, "The summary", "Sum up your idea in a sentence or two"),
      cost: blankable.transform((raw, ctx): number => {
        const parsed = parsePoundsToPence(raw);
        if (parsed.ok && parsed.pence > 0) return parsed.pence;
        ctx.addIssue({ code: "custom", message: parsed.ok ? "Enter an estimated cost above £0" : parsed.message, input: raw });
        return z.NEVER;
      }),
      point: pointField(true),
    })
    .transform(({ cost, ...content }) => ({ ...content, costPence: cost })),
);

export type DraftInput = z.output<typeof draftSchema>;
export type PublishInput = z.output<typeof publishSchema>;
export type NeedInput = DraftInput["needs"][number];

export const photoUploadSchema = z.object({
  proposalId: z.uuid("Save your draft before adding photos"),
  alt: requiredText(1, proposalLimits.altMax, "A description", "Describe this photo for people who cannot see it"),
  // The type is checked from the bytes on the server (app/_server/images.ts): a browser's
  // declared type comes from the file name, and some phones send none at all.
  photo: z.file("Choose a photo to upload").superRefine((file, ctx) => {
    if (file.size === 0) ctx.addIssue({ code: "custom", message: "Choose a photo to upload", input: file });
    else if (file.size > proposalLimits.photoBytes) ctx.addIssue({ code: "custom", message: "Photos must be 8 MB or smaller", input: file });
  }),
});

export const photoRemovalSchema = z.object({
  proposalId: z.uuid("That proposal could not be found"),
  photoId: z.uuid("That photo could not be found"),
});

export const proposalIdSchema = z.object({
  proposalId: z.uuid("That proposal could not be found"),
});

export const withdrawSchema = z.object({
  proposalId: z.uuid("That proposal could not be found"),
  confirm: z.literal("withdraw", "Confirm that you want to withdraw this proposal"),
});
