import "server-only";
import { z } from "zod";
import { ActionError } from "../../../_server/action";

// What the region imports (neighbourhoods, residents by group) share: pasted text or a file.

export const uploadedFile = z.instanceof(File).optional();

/** Pasted text, refused past `max` characters with a message for its field. */
export const pastedText = (max: number, what: string) => z.string().max(max, `The ${what} is too large: import it in parts`).optional().default("");

/** The chosen file's text when there is one, else what was pasted; a file past `max` bytes is refused next to `field`. */
export async function readUpload(typed: string, file: File | undefined, max: number, what: string, field: string): Promise<string> {
  if (!file || file.size === 0) return typed;
  if (file.size > max) throw new ActionError(`The ${what} file is too large: import it in parts`, field);
  return file.text();
}
