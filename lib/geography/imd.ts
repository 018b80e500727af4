/** IMD decile in words: 1 is the most deprived tenth of neighbourhoods in England. */
export function describeImdDecile(decile: number): string {
  if (!Number.isInteger(decile) || decile < 1 || decile > 10) throw new RangeError(`IMD decile out of range: ${decile}`);
  if (decile === 1) return "Among the 10% most deprived neighbourhoods in England";
  if (decile === 10) return "Among the 10% least deprived neighbourhoods in England";
  if (decile <= 5) return `Among the ${decile * 10}% most deprived neighbourhoods in England`;
  return `Among the ${(11 - decile) * 10}% least deprived neighbourhoods in England`;
}
