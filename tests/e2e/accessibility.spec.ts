import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../../scripts/shared/site-pages.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const views = [
  { colorScheme: 'light', width: 375 },
  { colorScheme: 'dark', width: 375 },
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 1280 },
] as const;

// The not-found pages are files (404.html, es/404.html), not addresses, so the page list does not hold them.
for (const path of [...builtPages(), '/404.html', '/es/404.html']) {
  test(`axe: no WCAG 2.2 AA violation on ${path} (light and dark, 375 and 1280 px)`, async ({ page }) => {
    // Long pages (the glossary) take axe a while four times over, more so on a busy machine.
    test.setTimeout(300_000);
    const report: string[] = [];
    for (const { colorScheme, width } of views) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      for (const violation of violations) {
        const where = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ');
        report.push(`${colorScheme} ${width}px ${violation.id} ×${violation.nodes.length}: ${where}`);
      }
    }
    expect(report).toEqual([]);
  });
}
