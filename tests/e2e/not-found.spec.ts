import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { spanishTopicSlugs } from '../../src/lib/spanish-edition.ts';

// The not-found pages are files (404.html, es/404.html), not addresses, so the accessibility sweep over the built
// pages (accessibility.spec.ts) does not reach them; they are checked here, opened by their file names.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const views = [
  { colorScheme: 'light', width: 375 },
  { colorScheme: 'dark', width: 375 },
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 1280 },
] as const;

for (const path of ['/404.html', '/es/404.html']) {
  test(`axe: no WCAG 2.2 AA violation on ${path} (light and dark, 375 and 1280 px)`, async ({ page }) => {
    test.setTimeout(180_000);
    const report: string[] = [];
    for (const { colorScheme, width } of views) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      for (const violation of violations) report.push(`${colorScheme} ${width}px ${violation.id} ×${violation.nodes.length}`);
    }
    expect(report).toEqual([]);
  });
}

test('the Spanish not-found page speaks Spanish, lists every Spanish topic and links to search, home and its English twin', async ({ page }) => {
  await page.goto('/es/404.html');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('h1')).toHaveText('No encontramos esa página');
  for (const slug of Object.values(spanishTopicSlugs)) await expect(page.locator(`main a[href="/es/${slug}/"]`), slug).toHaveCount(1);
  await expect(page.locator('main a[href="/es/buscar/"]')).toHaveCount(1);
  await expect(page.locator('main a[href="/es/"]')).toHaveCount(1);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('h1')).toContainText('could not find');
});

test('the Spanish home, About and not-found pages never scroll sideways on a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/es/', '/es/acerca-de/', '/es/404.html']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
