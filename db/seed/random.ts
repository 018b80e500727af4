import { createHash } from "node:crypto";

/**
 * A seeded random stream (sfc32). The seed data must read the same on every run and machine,
 * so nothing in db/seed may call Math.random or crypto.randomUUID.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks with probability proportional to each weight. */
  pickWeighted<T>(items: readonly T[], weight: (item: T) => number): T;
  shuffle<T>(items: readonly T[]): T[];
  /** Up to `count` distinct items, each chosen with probability proportional to its weight. */
  sample<T>(items: readonly T[], count: number, weight?: (item: T) => number): T[];
  /** A uuid v4-shaped string drawn from the stream. */
  uuid(): string;
}

function seedWords(seed: string): [number, number, number, number] {
  const digest = createHash("sha256").update(seed).digest();
  return [digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8), digest.readUInt32LE(12)];
}

export function createRandom(seed: string): Random {
  let [a, b, c, d] = seedWords(seed);
  const nextWord = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Discard the first outputs: sfc32 mixes poorly for the first few rounds.
  for (let i = 0; i < 12; i++) nextWord();

  const next = () => nextWord() / 4_294_967_296;
  const at = <T>(items: readonly T[], index: number): T => {
    const item = items[index];
    if (item === undefined) throw new Error(`random: index ${index} outside ${items.length} items`);
    return item;
  };

  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => at(items, Math.floor(next() * items.length)),
    pickWeighted(items, weight) {
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let target = next() * total;
      for (const item of items) {
        target -= weight(item);
        if (target < 0) return item;
      }
      return at(items, items.length - 1);
    },
    shuffle(items) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const swap = at(copy, i);
        copy[i] = at(copy, j);
        copy[j] = swap;
      }
      return copy;
    },
    sample(items, count, weight) {
      // Efraimidis–Spirakis: the smallest -ln(u)/w keys are a weighted sample without replacement.
      const keyed = items
        .map((item) => ({ item, w: weight ? weight(item) : 1 }))
        .filter(({ w }) => w > 0)
        .map(({ item, w }) => ({ item, key: -Math.log(1 - next()) / w }));
      keyed.sort((x, y) => x.key - y.key);
      return keyed.slice(0, count).map(({ item }) => item);
    },
    uuid: () => formatUuid([nextWord(), nextWord(), nextWord(), nextWord()]),
  };
}

function formatUuid(words: number[]): string {
  const hex = words.map((word) => word.toString(16).padStart(8, "0")).join("");
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A uuid v4-shaped id that depends only on its name, so adding a person to the content does not
 * shift the id of every proposal after it.
 */
export function stableId(namespace: string, key: string): string {
  const digest = createHash("sha256").update(`peoples-plan:${namespace}:${key}`).digest();
  return formatUuid([0, 4, 8, 12].map((offset) => digest.readUInt32BE(offset)));
}
