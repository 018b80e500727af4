import { createHash } from "node:crypto";
import type { AreaBoundary } from "../schema";
import {
  areaPopulationGroups,
  areas,
  equalityAnswers,
  invitations,
  joinRequests,
  memberships,
  organisations,
  regions,
  staffRoles,
  themes,
  users,
} from "../schema";
import type { Inserter } from "./bulk";
import { gridBoundaries } from "./boundaries";
import { addDays, addHours, at, between, DEMO_NOW, latest } from "./clock";
import { areaSeeds, cityGrid, region, themeSeeds } from "./content/areas";
import { firstNames, lastNames } from "./content/names";
import { organisationSeeds } from "./content/organisations";
import { peopleSeeds } from "./content/people";
import { DEMO_POPULATION_SOURCE, participantEqualityAnswers, wardPopulationGroups } from "./population";
import type { StaffRole } from "./content/types";
import { createRandom, type Random, stableId } from "./random";

export interface DemoArea {
  id: string;
  key: string;
  name: string;
  imdDecile: number;
  boundary: AreaBoundary;
}

export interface DemoPerson {
  id: string;
  key: string;
  homeKey: string | null;
  joined: Date;
  staff: StaffRole[];
}

export interface DemoOrganisation {
  id: string;
  key: string;
  name: string;
  memberKeys: Set<string>;
}

/** Who and where: everything later steps refer to by key. */
export interface Directory {
  regionId: string;
  area(key: string): DemoArea;
  areaList: DemoArea[];
  themeId(slug: string): string;
  person(key: string): DemoPerson;
  /** Named people first, then generated residents. */
  everyone: DemoPerson[];
  organisation(key: string): DemoOrganisation;
}

const GENERATED_RESIDENTS = 280;

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const found = map.get(key);
  if (!found) throw new Error(`Demo content refers to an unknown ${what}: "${key}"`);
  return found;
}

export async function seedDirectory(insert: Inserter): Promise<Directory> {
  const regionId = stableId("region", region.slug);
  await insert(regions, [{ id: regionId, ...region, createdAt: at("2025-06-01") }]);

  const boundaries = gridBoundaries(createRandom("demo:boundaries"), cityGrid);
  const areaMap = new Map<string, DemoArea>();
  for (const seed of areaSeeds) {
    const boundary = boundaries[seed.row * cityGrid.cols + seed.col];
    if (!boundary) throw new Error(`No boundary for ${seed.key}`);
    areaMap.set(seed.key, { id: stableId("area", seed.key), key: seed.key, name: seed.name, imdDecile: seed.imdDecile, boundary });
  }
  await insert(
    areas,
    areaSeeds.map((seed) => {
      const area = lookup(areaMap, seed.key, "area");
      const { code, name, population, imdDecile } = seed;
      return { id: area.id, regionId, code, name, population, imdDecile, boundary: area.boundary, createdAt: at("2025-06-01") };
    }),
  );

  const population = createRandom("demo:population");
  await insert(
    areaPopulationGroups,
    areaSeeds.flatMap((seed) => wardPopulationGroups(population, seed).map((row) => ({ areaId: lookup(areaMap, seed.key, "area").id, ...row, source: DEMO_POPULATION_SOURCE, updatedAt: at("2025-06-01") }))),
  );

  await insert(
    themes,
    themeSeeds.map((theme) => ({ id: stableId("theme", theme.slug), regionId, ...theme })),
  );
  const themeSlugs = new Set(themeSeeds.map((theme) => theme.slug));

  const moderators = peopleSeeds.filter((seed) => seed.staff?.includes("moderator")).map((seed) => stableId("person", seed.key));
  const people = await seedPeople(insert, areaMap, moderators);
  const personMap = new Map(people.map((person) => [person.key, person]));
  const organisationMap = await seedOrganisations(insert, regionId, areaMap, personMap, moderators);

  return {
    regionId,
    area: (key) => lookup(areaMap, key, "area"),
    areaList: [...areaMap.values()],
    themeId(slug) {
      if (!themeSlugs.has(slug)) throw new Error(`Demo content refers to an unknown theme: "${slug}"`);
      return stableId("theme", slug);
    },
    person: (key) => lookup(personMap, key, "person"),
    everyone: people,
    organisation: (key) => lookup(organisationMap, key, "organisation"),
  };
}

async function seedPeople(insert: Inserter, areaMap: Map<string, DemoArea>, moderators: string[]): Promise<DemoPerson[]> {
  const random = createRandom("demo:people");
  const named: DemoPerson[] = peopleSeeds.map((seed) => {
    if (seed.home) lookup(areaMap, seed.home, "area");
    return { id: stableId("person", seed.key), key: seed.key, homeKey: seed.home, joined: at(seed.joined), staff: seed.staff ?? [] };
  });
  const generated = generateResidents(random, [...areaMap.keys()], new Set(peopleSeeds.map((seed) => seed.email)));

  const verifier = (person: DemoPerson) => random.pick(moderators.filter((id) => id !== person.id));
  const rows = [
    ...peopleSeeds.map((seed, index) => {
      const person = named[index];
      if (!person) throw new Error("named person missing");
      return {
        id: person.id,
        name: seed.name,
        email: seed.email,
        participantType: seed.type,
        homeAreaId: seed.home ? lookup(areaMap, seed.home, "area").id : null,
        verified: seed.verified,
        person,
      };
    }),
    ...generated.map(({ person, name, email, verified }) => ({
      id: person.id,
      name,
      email,
      participantType: "resident" as const,
      homeAreaId: person.homeKey ? lookup(areaMap, person.homeKey, "area").id : null,
      verified,
      person,
    })),
  ];
  await insert(
    users,
    rows.map(({ person, verified, ...row }) => {
      const verifiedAt = verified ? addDays(person.joined, random.int(1, 12)) : null;
      return {
        ...row,
        emailVerified: addHours(person.joined, 0.1),
        homeAreaVerifiedAt: verifiedAt && verifiedAt < DEMO_NOW ? verifiedAt : null,
        homeAreaVerifiedBy: verifiedAt && verifiedAt < DEMO_NOW ? verifier(person) : null,
        notifyDigest: random.chance(0.3),
        createdAt: person.joined,
      };
    }),
  );

  const admin = named.find((person) => person.staff.includes("admin"));
  await insert(
    staffRoles,
    named.flatMap((person) =>
      person.staff.map((role) => ({
        userId: person.id,
        role,
        grantedBy: admin && admin.id !== person.id ? admin.id : null,
        grantedAt: addHours(person.joined, 2),
      })),
    ),
  );
  await insert(equalityAnswers, generated.filter(() => random.chance(0.5)).map(({ person }) => equalityRow(random, person)));
  return [...named, ...generated.map(({ person }) => person)];
}

function generateResidents(random: Random, areaKeys: string[], takenEmails: Set<string>) {
  const population = new Map(areaSeeds.map((seed) => [seed.key, seed.population]));
  const earliest = at("2025-10-01");
  const votingCloses = at("2026-02-25");
  return Array.from({ length: GENERATED_RESIDENTS }, (_, index) => {
    const first = random.pick(firstNames);
    const last = random.pick(lastNames);
    let email = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "") + "@example.org";
    for (let n = 2; takenEmails.has(email); n++) email = email.replace(/\d*@/, `${n}@`);
    takenEmails.add(email);
    // Most joined during the first plan's ideas or voting phase; the rest since.
    const joined = random.chance(0.75)
      ? between(earliest, votingCloses, random.next())
      : between(votingCloses, addDays(DEMO_NOW, -1), random.next());
    const person: DemoPerson = {
      id: stableId("resident", String(index)),
      key: `resident-${index}`,
      homeKey: random.pickWeighted(areaKeys, (key) => population.get(key) ?? 0),
      joined,
      staff: [],
    };
    return { person, name: `${first} ${last}`, email, verified: random.chance(0.35) };
  });
}

function equalityRow(random: Random, person: DemoPerson) {
  return { userId: person.id, ...participantEqualityAnswers(random), updatedAt: addHours(person.joined, 1) };
}

async function seedOrganisations(
  insert: Inserter,
  regionId: string,
  areaMap: Map<string, DemoArea>,
  personMap: Map<string, DemoPerson>,
  moderators: string[],
): Promise<Map<string, DemoOrganisation>> {
  const random = createRandom("demo:organisations");
  await insert(
    organisations,
    organisationSeeds.map((seed) => ({
      id: stableId("organisation", seed.key),
      regionId,
      slug: seed.slug,
      name: seed.name,
      sector: seed.sector,
      description: seed.description,
      offers: seed.offers,
      areaServedId: seed.areaServed ? lookup(areaMap, seed.areaServed, "area").id : null,
      website: seed.website,
      verifiedAt: seed.verified ? addDays(at(seed.joined), random.int(1, 6)) : null,
      verifiedBy: seed.verified ? random.pick(moderators) : null,
      createdAt: at(seed.joined),
    })),
  );
  await insert(
    memberships,
    organisationSeeds.flatMap((seed) =>
      seed.members.map((member, index) => {
        const person = lookup(personMap, member.person, "person");
        return {
          id: stableId("membership", `${seed.key}:${member.person}`),
          organisationId: stableId("organisation", seed.key),
          userId: person.id,
          role: member.role,
          createdAt: addHours(latest(at(seed.joined), person.joined), index * 30),
        };
      }),
    ),
  );

  // One open invitation and one pending join request, so the membership screens have work on them.
  const holroyd = stableId("organisation", "holroyd");
  await insert(invitations, [
    {
      id: stableId("invitation", "holroyd"),
      organisationId: holroyd,
      email: "rukhsana.hussain@example.org",
      role: "member",
      tokenHash: createHash("sha256").update("demo-invitation-holroyd").digest("hex"),
      invitedBy: lookup(personMap, "claire", "person").id,
      status: "pending",
      expiresAt: addDays(DEMO_NOW, 5),
      createdAt: addDays(DEMO_NOW, -2),
    },
  ]);
  await insert(joinRequests, [
    {
      id: stableId("join-request", "good-grub:liam"),
      organisationId: stableId("organisation", "good-grub"),
      userId: lookup(personMap, "liam", "person").id,
      message: "I volunteer Saturdays at the Bike Kitchen and I'm free weekday mornings. Happy to wash up, prep, whatever's needed.",
      status: "pending",
      createdAt: addDays(DEMO_NOW, -3),
    },
  ]);

  return new Map(
    organisationSeeds.map((seed) => [
      seed.key,
      {
        id: stableId("organisation", seed.key),
        key: seed.key,
        name: seed.name,
        memberKeys: new Set(seed.members.map((member) => member.person)),
      },
    ]),
  );
}
