import { expect, test, type Page } from '@playwright/test';
import { helpLines } from '../../src/data/crisis.ts';
import { builtPages } from '../../scripts/shared/site-pages.ts';
import { words as frameWords } from '../../src/i18n/index.ts';

const pages = builtPages();
/** Sweeps over every page get time by the page, so a larger site (the Spanish edition doubled it) is not a timeout. */
const sweepTimeout = (perPage: number) => Math.max(180_000, pages.length * perPage);

/** Records CSP violations from the first script on the page (Playwright's init scripts are not subject to CSP). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('privacy: every page loads only from its own origin, sets no cookies and stores nothing', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(`${page.url()} → ${url}`);
  });
  let requests = 0;
  page.on('request', () => (requests += 1));
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
    expect(stored, path).toBe(0);
  }
  // Searching loads the index, still from this origin only, and keeps the query in the page.
  await page.goto('/costs/');
  await page.keyboard.press('/');
  await page.keyboard.type('medicare');
  await expect(page.locator('#dialog-search-results a').first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  console.log(`Privacy: ${pages.length} pages and a search made ${requests} requests, all to ${origin}`);
});

test('CSP: no page, search included, triggers a Content Security Policy violation', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchCsp(page);
  const found: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    found.push(...(await violations()).map((v) => `${path}: ${v}`));
  }
  await page.goto('/search/?q=insurance');
  await expect(page.locator('#page-search-results a').first()).toBeVisible();
  found.push(...(await violations()).map((v) => `/search/?q=insurance: ${v}`));
  expect(found).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });

  test('every page shows its content, the navigation and the crisis lines', async ({ page }) => {
    test.setTimeout(sweepTimeout(2_000));
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('main h1'), path).toBeVisible();
      const lang = path.startsWith('/es/') ? 'es' : 'en';
      const words = (await page.locator('main').innerText()).split(/\s+/).length;
      expect(words, `${path} main text`).toBeGreaterThan(40);
      await expect(page.getByRole('navigation', { name: frameWords(lang).layout.allTopics }), path).toBeVisible();
      for (const line of helpLines) await expect(page.locator('footer').getByText(line.display).first(), path).toBeVisible();
    }
  });
});

test('at 200% text size nothing overlaps, is cut off or scrolls sideways', async ({ browser }) => {
  test.setTimeout(sweepTimeout(3_000));
  // Enlarging text needs a style change the site's own policy would rightly block; bypass it for the test only.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const found = await page.evaluate(() => {
      const issues: string[] = [];
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth) issues.push(`scrolls sideways by ${root.scrollWidth - root.clientWidth}px`);
      const selector = 'h1, h2, h3, p, li, dt, dd, label, button, input, select, summary, th, td, figcaption, a.panel';
      const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
        if (el.closest('dialog:not([open]), [hidden], .visually-hidden, .skip-link, svg')) return false;
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      });
      const boxes = elements.map((el) => ({ el, box: el.getBoundingClientRect() }));
      const name = (el: Element): string => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      for (const { el } of boxes) {
        const style = getComputedStyle(el);
        const clips = style.overflowX === 'hidden' || style.overflow === 'hidden' || style.textOverflow === 'ellipsis';
        if (clips && el.scrollWidth > el.clientWidth + 1) issues.push(`${name(el)} is cut off`);
      }
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
          const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (width > 2 && height > 2) issues.push(`${name(a.el)} overlaps ${name(b.el)}`);
        }
      }
      return issues;
    });
    problems.push(...found.map((issue) => `${path}: ${issue}`));
  }
  await context.close();
  expect(problems).toEqual([]);
});

test('every interactive element shows a visible focus indicator', async ({ page }) => {
  test.setTimeout(sweepTimeout(5_000));
  const missing: string[] = [];
  let checked = 0;
  for (const path of pages) {
    await page.goto(path);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const ring = style.boxShadow !== 'none';
        return { key: `${el.tagName}${el.id}${el.getAttribute('href') ?? ''}${el.textContent?.slice(0, 20)}`, visible: outline || ring };
      });
      if (!focus) break;
      if (seen.has(focus.key)) break;
      seen.add(focus.key);
      checked += 1;
      if (!focus.visible) missing.push(`${path}: ${focus.key}`);
    }
  }
  console.log(`Focus indicators checked on ${checked} tab stops across ${pages.length} pages`);
  expect(missing).toEqual([]);
});
