import type { PopulationImportRow } from "@/lib/geography/population-import";
import type { Database } from "../connect";
import { replacePopulationGroups } from "../queries/geography/import-population";
import { equalityAnswers, supports } from "../schema";
import { makeArea, makeProposal, makeUser, makeWorld } from "./factories";

export const populationRow = (code: string, question: PopulationImportRow["question"], answer: string, people: number): PopulationImportRow => ({ row: 0, code, question, answer, people });

export type PopulationFixture = Awaited<ReturnType<typeof makePopulationFixture>>;

/**
 * Two neighbourhoods with residents' figures by gender (both) and disability (one only), and 30
 * people supporting one proposal whose answers db/queries/geography tests work out by hand.
 */
export async function makePopulationFixture(db: Database) {
  const world = await makeWorld(db);
  const b = await makeArea(db, world.region.id, { population: 5000 });
  const codes = { a: world.area.code.toUpperCase(), b: b.code.toUpperCase() };
  await db.transaction((tx) =>
    replacePopulationGroups(
      tx,
      world.region.id,
      [
        populationRow(codes.a, "gender", "Woman", 4600),
        populationRow(codes.a, "gender", "Man", 4300),
        populationRow(codes.a, "gender", "Non-binary", 100),
        populationRow(codes.b, "gender", "Woman", 2400),
        populationRow(codes.b, "gender", "Man", 2600),
        populationRow(codes.b, "gender", "Non-binary", 0),
        populationRow(codes.a, "disability", "Yes", 1800),
        populationRow(codes.a, "disability", "No", 7200),
      ],
      "Census 2021",
    ),
  );
  // 30 people support one proposal. Gender: 14 women, 9 men, 4 prefer not to say, 3 left it blank.
  // Disability: 6 yes, 20 no, 4 blank.
  const proposal = await makeProposal(db, world);
  const genders = [...Array(14).fill("Woman"), ...Array(9).fill("Man"), ...Array(4).fill("Prefer not to say"), ...Array(3).fill(null)] as (string | null)[];
  const disabilities = [...Array(6).fill("Yes"), ...Array(20).fill("No"), ...Array(4).fill(null)] as (string | null)[];
  for (let i = 0; i < 30; i++) {
    const person = await makeUser(db, { homeAreaId: world.area.id });
    await db.insert(supports).values({ proposalId: proposal.id, userId: person.id });
    await db.insert(equalityAnswers).values({ userId: person.id, gender: genders[i] ?? null, disability: disabilities[i] ?? null });
  }
  // Someone who answered but took no part is not counted.
  const bystander = await makeUser(db);
  await db.insert(equalityAnswers).values({ userId: bystander.id, gender: "Non-binary", disability: "Yes" });
  return { world, codes };
}
