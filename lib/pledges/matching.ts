const stopWords = new Set(["and", "the", "for", "with", "our", "we", "can", "you", "your", "are", "from", "that", "this", "have", "will", "any", "all", "into", "per", "who", "what"]);

/**
 * Turns an organisation's "what we can offer" into a Postgres OR-query of its words, so needs
 * that mention any of them rank first. Only lower-case letters survive, so the result is
 * always a valid to_tsquery input whatever was typed.
 */
export function offersToTsQuery(offers: string, maxTerms = 30): string | null {
  const words = offers
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z\s]/g, " ")
    .split(/\s+/)
    .filter((word) => word.length >= 3 && !stopWords.has(word));
  const unique = [...new Set(words)].slice(0, maxTerms);
  return unique.length ? unique.join(" | ") : null;
}
