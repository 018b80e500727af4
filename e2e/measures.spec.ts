import { expect, test } from "./fixtures";

test("a plan's measures on a phone: every chart has its table, and the CSV says the same", async ({ page, expectAccessible }) => {
  await page.goto("/plans/northbridge-2026");
  await page.getByRole("link", { name: "Who takes part: measures" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Measures: Northbridge People's Plan 2026" })).toBeVisible();
  // Charts are pictures for sighted readers (hidden from screen readers); every figure with a chart has a table.
  const figures = page.locator("section").filter({ has: page.locator("svg[aria-hidden='true']") }).filter({ has: page.getByRole("heading", { level: 3 }) }).filter({ hasNot: page.getByRole("heading", { level: 2 }) });
  const count = await figures.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) await expect(figures.nth(i).getByRole("table")).toHaveCount(1);
  await expectAccessible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // The pledges table on the page and its CSV agree cell for cell.
  const download = page.getByRole("link", { name: /Download as CSV/ }).filter({ has: page.locator("span") });
  const hrefs = await download.evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const pledgesHref = hrefs.find((href) => href.includes("table=pledges"));
  if (!pledgesHref) throw new Error("no pledges CSV link");
  const csv = await (await page.request.get(pledgesHref)).text();
  const firstDataRow = csv.trim().split("\r\n")[1]?.split(",") ?? [];
  expect(firstDataRow.length).toBeGreaterThan(1);
  const pledgeTable = page.getByRole("table").filter({ hasText: firstDataRow[0] ?? "" }).first();
  for (const cell of firstDataRow.slice(0, 3)) await expect(pledgeTable).toContainText(cell.replace(/^"|"$/g, ""));
});

test("the region's measures over time on a phone, with tables and matching CSV", async ({ page, expectAccessible }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Measures", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const href = await page.getByRole("link", { name: /Download as CSV/ }).first().getAttribute("href");
  const csv = await (await page.request.get(href ?? "")).text();
  const firstRow = csv.trim().split("\r\n")[1]?.split(",") ?? [];
  expect(firstRow.length).toBeGreaterThan(1);
  await expect(page.getByRole("table").first()).toContainText((firstRow[0] ?? "").replace(/^"|"$/g, ""));
});
