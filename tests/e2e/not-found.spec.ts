import { expect, test } from '@playwright/test';
import { spanishTopicSlugs } from '../../src/lib/spanish-edition.ts';

// The not-found pages' own promises; their accessibility is checked with every page in accessibility.spec.ts.
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
