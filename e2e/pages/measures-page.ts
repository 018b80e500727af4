import { expect, type Locator, type Page } from "@playwright/test";
import { parseCsv } from "../../lib/shared/csv";

/** The text of a CSV cell as a spreadsheet shows it: our CSVs defuse formulas with a leading apostrophe. */
const shownAs = (cell: string) => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell);

/** A plan's measures, or the region's measures over time: figures, each a picture with its table and CSV. */
export class MeasuresPage {
  constructor(readonly page: Page) {}

  async goto(planSlug: string) {
    await this.page.goto(`/plans/${planSlug}/measures`);
  }

  readonly heading = (level: 1 | 2 | 3, name: string) => this.page.getByRole("heading", { level, name });
  readonly table = (name: RegExp) => this.page.getByRole("table", { name });
  /** One figure by its id, e.g. "reach-neighbourhoods". */
  readonly figure = (id: string) => this.page.locator(`section[aria-labelledby='figure-${id}']`);

  /**
   * Every figure on the page with something to show has a picture (chart, map or grid) and a table,
   * and that table holds exactly the cells of the CSV its download link serves.
   */
  async expectEveryFigureMatchesItsCsv() {
    const figures = this.page.locator("section[aria-labelledby^='figure-']");
    const count = await figures.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      const figure: Locator = figures.nth(i);
      const title = (await figure.getByRole("heading", { level: 3 }).textContent()) ?? "";
      const table = figure.getByRole("table");
      const hasPicture = (await figure.locator("svg[aria-hidden='true'], figure svg").count()) > 0;
      const href = await figure.getByRole("link", { name: /Download as CSV/ }).getAttribute("href");
      const response = await this.page.request.get(href ?? "");
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
}
