import { eq } from "drizzle-orm";
import type { Locator, Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { forgetRegionSnapshots } from "../db/queries/measures/measure-snapshots";
import { areas, plans, regions } from "../db/schema";
import { parseCsv } from "../lib/shared/csv";
import { expect, test } from "./fixtures";
import { signInAsPersona } from "./support/sign-in";

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The text of a CSV cell as a spreadsheet shows it: our CSVs defuse formulas with a leading apostrophe. */
const shownAs = (cell: string) => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell);

/**
 * Every figure on the page with something to show has a picture (chart, map or grid) and a table,
 * and that table holds exactly the cells of the CSV its download link serves.
 */
async function expectEveryFigureMatchesItsCsv(page: Page) {
  const figures = page.locator("section[aria-labelledby^='figure-']");
  const count = await figures.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) {
    const figure: Locator = figures.nth(i);
    const title = (await figure.getByRole("heading", { level: 3 }).textContent()) ?? "";
    const table = figure.getByRole("table");
    const hasPicture = (await figure.locator("svg[aria-hidden='true'], figure svg").count()) > 0;
    const href = await figure.getByRole("link", { name: /Download as CSV/ }).getAttribute("href");
    const response = await page.request.get(href ?? "");
    expect(response.ok(), `${title}: CSV`).toBe(true);
    const records = parseCsv(await response.text()).map((record) => record.cells.map(shownAs));
    if ((await table.count()) === 0) {
      // "Nothing to show yet": no table, and a CSV of its header alone.
      expect(records.length, `${title}: a CSV with rows but no table on the page`).toBe(1);
      continue;
    }
    expect(hasPicture, `${title}: a chart, map or grid beside the table`).toBe(true);
    const cells = await table.evaluate((element) =>
      [...element.querySelectorAll("tr")].map((tr) => [...tr.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim())),
    );
    // A long table shows a page of its rows ("Showing 26–30 of 30"); the CSV has them all.
    const pager = figure.getByText(/^Showing \d+–\d+ of \d+$/);
    const showing = (await pager.count()) ? ((await pager.textContent()) ?? "").match(/(\d+)–(\d+) of (\d+)/) : null;
    const [header, ...rows] = records;
    const expected = showing ? [header, ...rows.slice(Number(showing[1]) - 1, Number(showing[2]))] : records;
    if (showing) expect(rows.length, `${title}: every row in the CSV`).toBe(Number(showing[3]));
    expect(cells, `${title}: the table and its CSV`).toEqual(expected);
  }
}

test("a plan's measures on a phone: every figure has its table, and every table says what its CSV says", async ({ page, expectAccessible }) => {
  await page.goto("/plans/northbridge-2026");
  await page.getByRole("link", { name: "Who takes part: measures" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Measures: Northbridge People's Plan 2026" })).toBeVisible();
  await expect(page.getByText(/^Worked out at/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Who took part, against who lives here" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Disability: people taking part and residents" })).toBeVisible();
  await expectAccessible();
  await expectNoSidewaysScroll(page);
  await expectEveryFigureMatchesItsCsv(page);
});

test("the region's measures over time on a phone, with tables that match their CSV", async ({ page, expectAccessible }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Measures", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Measures over time: Northbridge City Region" })).toBeVisible();
  await expect(page.getByRole("table", { name: /dissimilarity index for each equality question and plan/ })).toBeVisible();
  await expectAccessible();
  await expectNoSidewaysScroll(page);
  await expectEveryFigureMatchesItsCsv(page);
});

test("an officer imports residents' census figures, a bad row is explained, and the measures page compares against them at once", async ({ page, db, expectAccessible }) => {
  test.setTimeout(120_000);
  const [plan] = await db.select().from(plans).where(eq(plans.slug, "northbridge-2027"));
  const wards = await db.select({ code: areas.code }).from(areas).where(eq(areas.regionId, plan?.regionId ?? ""));
  expect(wards).toHaveLength(12);
  // The page is seen (and its snapshot stored) before the import, so a stale snapshot would show.
  await page.goto("/plans/northbridge-2027/measures");
  const disability = page.getByRole("table", { name: /Disability of people taking part/ });
  await expect(disability.getByRole("row", { name: /^Yes/ })).not.toContainText("25.0%");

  await signInAsPersona(page, "Gareth Lowe");
  await page.goto("/plans/northbridge-2027/manage");
  await page.getByRole("link", { name: "Import residents by group" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Residents by group for Northbridge City Region" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download a template with every neighbourhood, question and answer" })).toBeVisible();
  await expectAccessible();
  await expectNoSidewaysScroll(page);

  // 1,000 disabled and 3,000 not in every ward: 25% of residents. One row names no ward of the region.
  const csv = ["code,question,answer,people", ...wards.flatMap((w) => [`${w.code},Disability,Disabled under the Equality Act,1000`, `${w.code},disability,No,"3,000"`]), "E09999999,disability,Yes,5"].join("\n");
  await page.getByLabel("Residents by group (CSV)").fill(csv);
  await page.getByRole("button", { name: "Check the file" }).click();
  // Refused without a source, next to the field, with the CSV kept.
  await expect(page.getByText("Say where the figures come from, for example “Census 2021 (ONS)”").first()).toBeVisible();
  await expect(page.getByLabel("Where the figures come from")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Residents by group (CSV)")).toHaveValue(/E09999999/);
  await page.getByLabel("Where the figures come from").fill("Census 2021 (ONS), test import");
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("Row 26: E09999999 is not a neighbourhood of this region: import the neighbourhood first")).toBeVisible();
  const preview = page.getByRole("table", { name: /Disability: 12 of 12 neighbourhoods, 48,000 residents/ });
  await expect(preview.getByRole("row", { name: /^Yes/ })).toContainText("25.0%");
  await expectAccessible();
  await page.getByRole("button", { name: "Import 24 figures" }).click();
  await expect(page.getByText("Imported 24 figures for 12 neighbourhoods; 1 bad row skipped.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: /^Disability:/ })).toContainText("12 of 12 neighbourhoods (Census 2021 (ONS), test import)");

  await page.goto("/plans/northbridge-2027/measures");
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

    await page.goto(`/plans/wide-${suffix}/measures`);
    const figure = page.locator("section[aria-labelledby='figure-reach-neighbourhoods']");
    await expect(figure.getByText("Showing 1–25 of 30")).toBeVisible();
    await expect(figure.getByRole("rowheader", { name: "Ward 25" })).toBeVisible();
    await expect(figure.getByRole("rowheader", { name: "Ward 26" })).toHaveCount(0);
    await figure.getByRole("link", { name: "Page 2" }).click();
    await expect(figure.getByText("Showing 26–30 of 30")).toBeVisible();
    await expect(figure.getByRole("rowheader", { name: "Ward 30" })).toBeVisible();
    await expect(page).toHaveURL(/reach-neighbourhoods=2#figure-reach-neighbourhoods$/);
    await expectAccessible();
    await expectNoSidewaysScroll(page);
    await expectEveryFigureMatchesItsCsv(page);
  } finally {
    await forgetRegionSnapshots(db, region.id);
    await db.delete(regions).where(eq(regions.id, region.id));
  }
});
