import { areas, memberships, organisations, regions, themes, users } from "../schema";
import type { Inserter } from "./bulk";
import { gridBoundaries } from "./boundaries";
import { addDays, at, between, DEMO_NOW } from "./clock";
import { themeSeeds } from "./content/areas";
import { firstNames, lastNames } from "./content/names";
import type { Sector } from "./content/types";
import type { Random } from "./random";

/** The scale region in compact form: ids in arrays, indexes into them everywhere else. */
export interface ScaleWorld {
  slug: string;
  regionId: string;
  themeIds: string[];
  themeId(slug: string): string;
  areaIds: string[];
  areaDeciles: Uint8Array;
  areaPopulations: Int32Array;
  personIds: string[];
  /** Index into areaIds of each person's home. */
  personHome: Int32Array;
  organisationIds: string[];
  /** Person indexes of each organisation's members; the first is the owner. */
  organisationMembers: number[][];
}

const PREFIXES = ["Ash", "Birch", "Bram", "Calder", "Clay", "Cross", "Elm", "Fern", "Hal", "Hazel", "Heath", "High", "Holme", "Kirk", "Lang", "Lea", "Low", "Mill", "Moor", "Nether", "Oak", "Rad", "Rook", "Sand", "Shaw", "Stain", "Thorn", "West", "Wood", "York"];
const SUFFIXES = ["bank", "bottom", "bridge", "brook", "by", "cliffe", "dale", "field", "gate", "green", "ham", "hill", "hurst", "ley", "moor", "royd", "side", "thorpe", "ton", "well", "wick", "worth"];
const SECTORS: Sector[] = ["community_voluntary", "social_enterprise", "business", "public_body"];
const ORG_KINDS: Record<Sector, string[]> = {
  community_voluntary: ["Residents' Association", "Community Pantry", "Friends of the Park", "Youth Project", "Tenants' Group"],
  social_enterprise: ["Community Café CIC", "Repair Shop CIC", "Community Energy", "Bike Project CIC"],
  business: ["Engineering Ltd", "Bakery", "Logistics Ltd", "Builders Ltd", "Traders' Association"],
  public_body: ["Primary Care Network", "Library Service", "Housing Association", "Adult College Centre"],
};
const PEOPLE_PER_BATCH = 10_000;

export async function seedScaleWorld(
  insert: Inserter,
  random: Random,
  options: { slug: string; label: string; people: number; areas: number; organisations: number },
): Promise<ScaleWorld> {
  const { slug } = options;
  const regionId = random.uuid();
  await insert(regions, [
    { id: regionId, slug, name: `Calderbrook Combined Authority (${options.label})`, description: "Generated for load testing: names and numbers, not stories.", createdAt: at("2025-06-01") },
  ]);

  const cols = Math.ceil(Math.sqrt(options.areas * 1.4));
  const rows = Math.ceil(options.areas / cols);
  const count = cols * rows;
  const boundaries = gridBoundaries(random, { cols, rows, centre: [-1.9, 53.7], cellLon: 0.03, cellLat: 0.018 });
  const names = random.shuffle(PREFIXES.flatMap((prefix) => SUFFIXES.map((suffix) => prefix + suffix)));
  const areaIds = Array.from({ length: count }, () => random.uuid());
  // Every decile appears, in a random spread across the map.
  const areaDeciles = Uint8Array.from(random.shuffle(Array.from({ length: count }, (_, index) => (index % 10) + 1)));
  const areaPopulations = new Int32Array(count);
  await insert(
    areas,
    areaIds.map((id, index) => ({
      id,
      regionId,
      code: `E05${String(800_000 + index).padStart(6, "0")}`,
      name: `${names[index % names.length] ?? "Area"}${index >= names.length ? ` ${Math.floor(index / names.length) + 1}` : ""}`,
      population: (areaPopulations[index] = random.int(6_000, 16_000)),
      imdDecile: areaDeciles[index] ?? 5,
      boundary: boundaries[index],
      createdAt: at("2025-06-01"),
    })),
  );

  const themeIds = themeSeeds.map(() => random.uuid());
  await insert(themes, themeSeeds.map((theme, index) => ({ id: themeIds[index] ?? "", regionId, ...theme })));
  const themeIndex = new Map(themeSeeds.map((theme, index) => [theme.slug, themeIds[index] ?? ""]));

  const personIds: string[] = [];
  const personHome = new Int32Array(options.people);
  const earliest = at("2025-09-01");
  for (let start = 0; start < options.people; start += PEOPLE_PER_BATCH) {
    const batch = [];
    for (let index = start; index < Math.min(options.people, start + PEOPLE_PER_BATCH); index++) {
      const id = random.uuid();
      const first = random.pick(firstNames);
      const last = random.pick(lastNames);
      const home = random.int(0, count - 1);
      personIds.push(id);
      personHome[index] = home;
      const createdAt = between(earliest, addDays(DEMO_NOW, -1), random.next());
      batch.push({
        id,
        name: `${first} ${last}`,
        email: `${first}.${last}.${index}@${slug}.example.org`.toLowerCase().replace(/[^a-z0-9.@-]/g, ""),
        emailVerified: createdAt,
        participantType: "resident" as const,
        homeAreaId: areaIds[home],
        homeAreaVerifiedAt: random.chance(0.3) ? addDays(createdAt, 1) : null,
        createdAt,
      });
    }
    await insert(users, batch);
  }

  const organisationIds = Array.from({ length: options.organisations }, () => random.uuid());
  const organisationMembers = organisationIds.map(() => distinctIndexes(random, 3, options.people));
  await insert(
    organisations,
    organisationIds.map((id, index) => {
      const sector = SECTORS[index % SECTORS.length] ?? "business";
      const area = random.int(0, count - 1);
      return {
        id,
        regionId,
        slug: `${slug}-org-${index}`,
        name: `${names[area % names.length] ?? "Area"} ${random.pick(ORG_KINDS[sector])}`,
        sector,
        description: "Generated organisation for load testing.",
        areaServedId: areaIds[area],
        verifiedAt: random.chance(0.4) ? at("2025-10-01") : null,
        createdAt: at("2025-09-15"),
      };
    }),
  );
  await insert(
    memberships,
    organisationMembers.flatMap((members, index) =>
      members.map((person, position) => ({
        organisationId: organisationIds[index] ?? "",
        userId: personIds[person] ?? "",
        role: position === 0 ? ("owner" as const) : position === 1 ? ("admin" as const) : ("member" as const),
        createdAt: at("2025-09-15"),
      })),
    ),
  );

  return {
    slug,
    regionId,
    themeIds,
    themeId(themeSlug) {
      const id = themeIndex.get(themeSlug);
      if (!id) throw new Error(`unknown theme ${themeSlug}`);
      return id;
    },
    areaIds,
    areaDeciles,
    areaPopulations,
    personIds,
    personHome,
    organisationIds,
    organisationMembers,
  };
}

/** `count` different integers in [0, size): rejection sampling, cheap while count is well under size. */
export function distinctIndexes(random: Random, count: number, size: number): number[] {
  const chosen = new Set<number>();
  const wanted = Math.min(count, size);
  while (chosen.size < wanted) chosen.add(random.int(0, size - 1));
  return [...chosen];
}
