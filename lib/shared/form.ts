import { z } from "zod";

/**
 * A repeated form field (checkboxes with one name) as an array: a browser sends nothing for none,
 * a single value for one, and several for more.
 */
export function formArray<T extends z.ZodType>(item: T, max = 500) {
  return z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(max));
}
