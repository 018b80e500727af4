import { expect, type Page } from "@playwright/test";

/** Every screen is used on a 360px phone: nothing may push the page wider than the viewport. */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "page scrolls sideways at 360px").toBeLessThanOrEqual(0);
}
