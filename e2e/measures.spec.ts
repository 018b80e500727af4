import { eq } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { forgetRegionSnapshots } from "../db/queries/measures/measure-snapshots";
import { areas, plans, regions } from "../db/schema";
import { expect, test } from "./fixtures";
import { expectNoSidewaysScroll } from "./pages/layout";
import { ManagePlanPage, PopulationImportPage } from "./pages/manage-plan-page";
import { MeasuresPage } from "./pages/measures-page";
import { PlanPage } from "./pages/plan-page";
import { signInAsPersona } from "./pages/sign-in-page";

test("a plan's measures on a phone: every figure has its table, and every table says what its CSV says", async ({ page, expectAccessible }) => {
  const planPage = new PlanPage(page);
  const measures = new MeasuresPage(page);
  await planPage.goto("northbridge-2026");
  await planPage.openMeasures();
  await expect(measures.heading(1, "Measures: Northbridge People's Plan 2026")).toBeVisible();
  await expect(page.getByText(/^Worked out at/)).toBeVisible();
  await expect(measures.heading(2, "Who took part, against who lives here")).toBeVisible();
  await expect(measures.heading(3, "Disability: people taking part and residents")).toBeVisible();
  await expectAccessible();
  await expectNoSidewaysScroll(page);
  await measures.expectEveryFigureMatchesItsCsv();
});

test("the region's measures over time on a phone, with tables that match their CSV", async ({ page, expectAccessible }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Measures", exact: true }).click();
  const measures = new MeasuresPage(page);
  await expect(measures.heading(1, "Measures over time: Northbridge City Region")).toBeVisible();
  await expect(measures.table(/dissimilarity index for each equality question and plan/)).toBeVisible();
  await expectAccessible();
  await expectNoSidewaysScroll(page);
  await measures.expectEveryFigureMatchesItsCsv();
});

test("an officer imports residents' census figures, a bad row is explained, and the measures page compares against them at once", async ({ page, db, expectAccessible }) => {
  test.setTimeout(120_000);
  const [plan] = await db.select().from(plans).where(eq(plans.slug, "northbridge-2027"));
  const wards = await db.select({ code: areas.code }).from(areas).where(eq(areas.regionId, plan?.regionId ?? ""));
  expect(wards).toHaveLength(12);
  // The page is seen (and its snapshot stored) before the import, so a stale snapshot would show.
  const measures = new MeasuresPage(page);
  await measures.goto("northbridge-2027");
  const disability = measures.table(/Disability of people taking part/);
  await expect(disability.getByRole("row", { name: /^Yes/ })).not.toContainText("25.0%");

  await signInAsPersona(page, "Gareth Lowe");
  const manage = new ManagePlanPage(page);
  const populationImport = new PopulationImportPage(page);
  await manage.goto("northbridge-2027");
  await manage.openPopulationImport();
  await expect(page.getByRole("heading", { level: 1, name: "Residents by group for Northbridge City Region" })).toBeVisible();
  await expect(populationImport.templateLink()).toBeVisible();
  await expectAccessible();
  await expectNoSidewaysScroll(page);

  // 1,000 disabled and 3,000 not in every ward: 25% of residents. One row names no ward of the region.
  const csv = ["code,question,answer,people", ...wards.flatMap((w) => [`${w.code},Disability,Disabled under the Equality Act,1000`, `${w.code},disability,No,"3,000"`]), "E09999999,disability,Yes,5"].join("\n");
  await populationImport.csv().fill(csv);
  await populationImport.check();
  // Refused without a source, next to the field, with the CSV kept.
  await expect(page.getByText("Say where the figures come from, for example “Census 2021 (ONS)”").first()).toBeVisible();
  await expect(populationImport.source()).toHaveAttribute("aria-invalid", "true");
  await expect(populationImport.csv()).toHaveValue(/E09999999/);
  await populationImport.source().fill("Census 2021 (ONS), test import");
  await populationImport.check();
  await expect(page.getByText("Row 26: E09999999 is not a neighbourhood of this region: import the neighbourhood first")).toBeVisible();
  const preview = populationImport.preview(/Disability: 12 of 12 neighbourhoods, 48,000 residents/);
  await expect(preview.getByRole("row", { name: /^Yes/ })).toContainText("25.0%");
  await expectAccessible();
  await populationImport.importRows("Import 24 figures");
  await expect(page.getByText("Imported 24 figures for 12 neighbourhoods; 1 bad row skipped.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: /^Disability:/ })).toContainText("12 of 12 neighbourhoods (Census 2021 (ONS), test import)");

  await measures.goto("northbridge-2027");
  await expect(disability.getByRole("row", { name: /^Yes/ })).toContainText("25.0%");
  await expect(disability.getByRole("row", { name: /^No/ })).toContainText("75.0%");
  await expect(page.getByText("Residents: Census 2021 (ONS), test import, for 12 of 12 neighbourhoods (48,000 people).")).toBeVisible();
  await expectAccessible();
});

test("a region of many neighbourhoods: long tables come a page at a time, and each page matches its part of the CSV", async ({ page, db, expectAccessible }) => {
  const suffix = randomBytes(3).toString("hex");
  const [region] = await db.insert(regions).values({ slug: `wide-${suffix}`, name: `Wide Region ${suffix}` }).returning();
  if (!region) throw new Error("no region");
  const square = (i: number) => {
    const [x, y] = [-1.6 + (i % 6) * 0.02, 53.7 + Math.floor(i / 6) * 0.015];
    return { type: "Polygon" as const, coordinates: [[[x, y], [x + 0.02, y], [x + 0.02, y + 0.015], [x, y + 0.015], [x, y]]] };
  };
  // Removed afterwards: other journeys read the demo region's neighbourhoods.
  try {
    await db.insert(areas).values(
      Array.from({ length: 30 }, (_, i) => ({ regionId: region.id, code: `W${suffix}${String(i).padStart(2, "0")}`, name: `Ward ${String(i + 1).padStart(2, "0")}`, population: 5000 + i, imdDecile: (i % 10) + 1, boundary: square(i) })),
    );
    await db.insert(plans).values({ regionId: region.id, slug: `wide-${suffix}`, title: `Wide Plan ${suffix}`, budgetPence: 100_000_00, phase: "ideas" });

    const measures = new MeasuresPage(page);
    await measures.goto(`wide-${suffix}`);
    const figure = measures.figure("reach-neighbourhoods");
    await expect(figure.getByText("Showing 1–25 of 30")).toBeVisible();
    await expect(figure.getByRole("rowheader", { name: "Ward 25" })).toBeVisible();
    await expect(figure.getByRole("rowheader", { name: "Ward 26" })).toHaveCount(0);
    await figure.getByRole("link", { name: "Page 2" }).click();
    await expect(figure.getByText("Showing 26–30 of 30")).toBeVisible();
    await expect(figure.getByRole("rowheader", { name: "Ward 30" })).toBeVisible();
    await expect(page).toHaveURL(/reach-neighbourhoods=2#figure-reach-neighbourhoods$/);
    await expectAccessible();
    await expectNoSidewaysScroll(page);
    await measures.expectEveryFigureMatchesItsCsv();
  } finally {
    await forgetRegionSnapshots(db, region.id);
    await db.delete(regions).where(eq(regions.id, region.id));
  }
});
