/** The most a single proposal may ask for: £10 million, in pence. */
export const MAX_COST_PENCE = 1_000_000_000;

export type MoneyParse = { ok: true; pence: number } | { ok: false; message: string };

// Spaces people type or paste between thousands (ordinary, no-break and thin spaces).
const spaces = /[\s\u00a0\u202f\u2009]/g;
// Hyphen, minus sign, en dash: each is how someone writes a negative amount.
const minus = /^[-\u2212\u2013]/;

/**
 * Reads an amount in pounds as a person types it — "£12,400", "12400.50", "£ 950" — into whole
 * pence, without floating-point arithmetic, so 0.1 + 0.2 never costs anyone a penny.
 */
export function parsePoundsToPence(input: string): MoneyParse {
  let text = input.replace(spaces, "");
  if (text === "") return { ok: false, message: "Enter an estimated cost in pounds, for example £12,400" };
  if (/^\(.*\)$/.test(text)) return { ok: false, message: "The cost cannot be negative" };
  let negative = false;
  if (minus.test(text)) {
    negative = true;
    text = text.slice(1);
  }
  if (text.startsWith("£")) text = text.slice(1);
  if (minus.test(text)) {
    negative = true;
    text = text.slice(1);
  }
  if (/^gbp/i.test(text)) text = text.slice(3);

  const match = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/.exec(text);
  if (!match || (!match[1] && !match[2])) return { ok: false, message: "Enter the cost in pounds using numbers only, for example £12,400 or 12400.50" };
  const [, whole = "0", fraction = ""] = match;
  if (fraction.length > 2) return { ok: false, message: "Give pence as at most two digits after the point, for example 12400.50" };

  const digits = whole.replace(/,/g, "").replace(/^0+(?=\d)/, "");
  // More digits than £10m could ever have: refuse before Number() loses precision.
  if (digits.length > 9) return { ok: false, message: tooMuch };
  const pence = Number(digits) * 100 + Number(fraction.padEnd(2, "0"));
  if (negative && pence > 0) return { ok: false, message: "The cost cannot be negative" };
  if (pence > MAX_COST_PENCE) return { ok: false, message: tooMuch };
  return { ok: true, pence };
}

const tooMuch = "The cost must be £10,000,000 or less: bigger schemes go to the council's capital programme";

/** How a stored cost appears in the form again: "12400" or "12400.50", which the parser reads back exactly. */
export function penceToPoundsInput(pence: number): string {
  const pounds = Math.trunc(pence / 100);
  const rest = pence % 100;
  return rest === 0 ? String(pounds) : `${pounds}.${String(rest).padStart(2, "0")}`;
}
