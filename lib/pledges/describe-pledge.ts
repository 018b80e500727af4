/** "2 placements", "2.5 hours", "£500", "£1,000 of local spend": units are stored as typed, often singular. */
export function formatQuantity(quantity: number, unit: string): string {
  const amount = quantity.toLocaleString("en-GB", { maximumFractionDigits: 2 });
  const trimmed = unit.trim();
  if (trimmed.startsWith("£")) return `£${amount}${trimmed.slice(1)}`;
  if (!trimmed) return amount;
  // Only a single plain word is pluralised; anything longer is shown as the person wrote it.
  const plural = quantity !== 1 && /^[a-z]+$/i.test(trimmed) && !/s$/i.test(trimmed);
  return `${amount} ${plural ? pluralise(trimmed) : trimmed}`;
}

function pluralise(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(ch|sh|x|z)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

/** "Holroyd & Daughters'", "Amira's". */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** Who a pledge is from, as people read it. */
export function pledgerDisplayName(pledge: { organisationName: string | null; pledgerName: string | null }): string {
  return pledge.organisationName ?? pledge.pledgerName ?? "A former member";
}

/** "Holroyd & Daughters' pledge of 2 placements": names buttons so a screen reader knows which pledge. */
export function describePledge(pledge: { organisationName: string | null; pledgerName: string | null; quantity: number; unit: string }): string {
  return `${possessive(pledgerDisplayName(pledge))} pledge of ${formatQuantity(pledge.quantity, pledge.unit)}`;
}
