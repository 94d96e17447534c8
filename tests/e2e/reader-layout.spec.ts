import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { pageReviews } from '../../src/data/page-reviews.ts';
import { contrastRatio } from '../../src/lib/contrast.ts';
import { facts } from '../../src/lib/facts.ts';
import { topicPages } from '../../scripts/shared/site-pages.ts';

/**
 * The reader-facing layout: the answer first, review dates by the title, tight headings, type and line length for
 * tired eyes, contents in view, tables that fit a phone, visible copy confirmation, and charts that follow dark mode.
 */
const topics = topicPages();
const phones = [320, 375] as const;
const widths = [320, 375, 1280] as const;
const schemes = ['light', 'dark'] as const;

/** Topics whose answer states a key number, and one number (from src/lib/facts.ts) it must show. */
const keyNumbers: Record<string, string> = {
  '/costs/': facts.costIopSession,
  '/schedules/': facts.iopHoursAdult,
  '/iop-vs-php/': facts.phpHours,
  '/what-is-an-iop/': facts.iopHoursAdult,
  '/levels-of-care/': facts.iopHoursAdult,
  '/families-and-teens/': facts.iopHoursAdolescent,
  '/work-school-and-privacy/': facts.fmlaLeave,
};
/** Pages with data tables, and a few long topics to hold spacing, type and measure on. */
const tablePages = ['/costs/', '/levels-of-care/', '/schedules/', '/cost-estimator/'];
const sample = ['/costs/', '/levels-of-care/', '/faq/', '/who-is-it-for/'];

async function view(page: Page, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ colorScheme });
}

function hex(rgb: string): string {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
  return `#${[r, g, b].map((c) => Math.round(c!).toString(16).padStart(2, '0')).join('')}`;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('every topic opens with "In short" straight after its title block, with its review date by the title', async ({ page }) => {
      await view(page, 375);
      for (const path of topics) {
        await page.goto(path);
        const box = page.locator('article > header.topic-header + section.key-points');
        await expect(box, path).toHaveCount(1);
        await expect(box.locator('h2#key-points'), path).toHaveText('In short');
        // On a phone's first screen (800 px high), under a title of any length, with room to read the first points:
        // the share buttons wait below the answer.
        const top = await box.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
        expect(top + 200, path).toBeLessThanOrEqual(800);
        expect(await box.evaluate((el) => el.nextElementSibling?.matches('share-bar')), path).toBe(true);
        // Then the contents.
        if ((await page.locator('#on-this-page').count()) > 0) {
          expect(await page.locator('article > share-bar ~ nav.on-this-page').count(), path).toBe(1);
        }
        const reviewed = page.locator('header.topic-header .last-reviewed');
        await expect(reviewed, path).toHaveText(/^Last reviewed [A-Z][a-z]+ \d{1,2}, \d{4}$/);
        const gap = await page.evaluate(() => {
          const h1 = document.querySelector('h1')!.getBoundingClientRect();
          return document.querySelector('.last-reviewed')!.getBoundingClientRect().top - h1.bottom;
        });
        expect(gap, `${path}: last reviewed is near the title`).toBeLessThan(200);
      }
    });

    test('the answer carries the page’s key number, from src/data', async ({ page }) => {
      await view(page, 375);
      for (const [path, number] of Object.entries(keyNumbers)) {
        await page.goto(path);
        await expect(page.locator('.key-points strong', { hasText: number }).first(), path).toBeVisible();
        await expect(page.locator('.key-points'), path).not.toContainText('{fact:');
      }
    });

    test('the home page and the three tools show when they were last reviewed, under the title', async ({ page }) => {
      await view(page, 375);
      for (const { path, last } of Object.values(pageReviews)) {
        await page.goto(path);
        const reviewed = page.locator('main .last-reviewed');
        await expect(reviewed, path).toBeVisible();
        await expect(reviewed.locator('time'), path).toHaveAttribute('datetime', last);
        const gap = await page.evaluate(() => document.querySelector('main .last-reviewed')!.getBoundingClientRect().top - document.querySelector('h1')!.getBoundingClientRect().bottom);
        expect(gap, path).toBeLessThan(120);
      }
    });

    test('Back to contents ends each section on a phone and works without a script', async ({ page }) => {
      await view(page, 375);
      await page.goto('/costs/');
      const links = page.locator('.to-contents:visible');
      const sections = await page.locator('.prose .heading-wrapper.level-2').count();
      // One before every section but the first, and one after the last.
      await expect(links).toHaveCount(sections);
      await links.nth(2).click();
      await expect(page).toHaveURL(/#on-this-page$/);
      await expect(page.locator('#on-this-page')).toBeInViewport();
    });

    for (const width of phones) {
      test(`no table is cut off and nothing scrolls sideways at ${width} px`, async ({ page }) => {
        await view(page, width);
        for (const path of tablePages) {
          await page.goto(path);
          const report = await page.evaluate(() => {
            const problems: string[] = [];
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth > width) problems.push(`page is ${document.documentElement.scrollWidth} px wide`);
            for (const table of document.querySelectorAll('table')) {
              const box = table.closest('.table-scroll');
              if (box && box.scrollWidth > box.clientWidth + 1) problems.push(`${table.dataset.table} scrolls sideways`);
              for (const cell of table.querySelectorAll('tbody th, tbody td, tfoot th, tfoot td')) {
                const rect = cell.getBoundingClientRect();
                if (rect.width === 0 || rect.height === 0) problems.push(`${table.dataset.table}: a cell is hidden`);
                else if (rect.left < 0 || rect.right > width + 0.5) problems.push(`${table.dataset.table}: "${cell.textContent!.trim().slice(0, 30)}" is cut off`);
              }
            }
            return problems;
          });
          expect(report, path).toEqual([]);
        }
      });
    }
  });
}

for (const width of phones) {
  test(`the estimator’s level select shows every option whole at ${width} px`, async ({ page }) => {
    await view(page, width);
    await page.goto('/cost-estimator/');
    const overflow = await page.locator('#ce-level').evaluate((select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      // Room for the text: the box less its padding and about 24 px for the arrow.
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
      return [...select.options].map((option) => ({ text: option.text, over: context.measureText(option.text).width - room })).filter((o) => o.over > 0);
    });
    expect(overflow).toEqual([]);
  });
}

for (const width of widths) {
  for (const colorScheme of schemes) {
    test(`headings, type and line length at ${width} px, ${colorScheme}`, async ({ page }) => {
      await view(page, width, colorScheme);
      for (const path of sample) {
        await page.goto(path);
        const m = await page.evaluate(() => {
          const hidden = (el: Element): boolean => getComputedStyle(el).display === 'none';
          const spacing = [...document.querySelectorAll('.prose .heading-wrapper.level-2')].slice(1).map((wrapper) => {
            const h2 = wrapper.querySelector('h2')!.getBoundingClientRect();
            let before = wrapper.previousElementSibling;
            while (before && hidden(before)) before = before.previousElementSibling;
            const after = wrapper.nextElementSibling!;
            return { above: h2.top - before!.getBoundingClientRect().bottom, below: after.getBoundingClientRect().top - h2.bottom };
          });
          const paragraphs = [...document.querySelectorAll<HTMLElement>('.prose > p')];
          const font = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0);
          // The width of "0" in the paragraphs' font: CSS's ch.
          const probe = document.createElement('span');
          probe.textContent = '0'.repeat(100);
          probe.style.cssText = 'position:absolute;white-space:nowrap;visibility:hidden';
          paragraphs[0]!.append(probe);
          const ch = probe.getBoundingClientRect().width / 100;
          probe.remove();
          // Real characters per line, over paragraphs of three lines or more.
          const perLine = paragraphs
            .map((p) => {
              const lines = Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
              return lines >= 3 ? p.textContent!.trim().length / lines : 0;
            })
            .filter(Boolean);
          return {
            spacing,
            body: font(paragraphs[0]!),
            inShort: font(document.querySelector('.key-points li')),
            widthInCh: Math.max(...paragraphs.map((p) => p.getBoundingClientRect().width)) / ch,
            inShortInCh: document.querySelector('.key-points')!.getBoundingClientRect().width / ch,
            charsPerLine: Math.max(...perLine),
          };
        });
        expect(m.spacing.length, path).toBeGreaterThan(1);
        for (const { above, below } of m.spacing) {
          // Was 68 px above and 44 px below: margins that did not collapse.
          expect(above, `${path} space above a ##`).toBeLessThanOrEqual(48);
          expect(above, `${path} space above a ##`).toBeGreaterThanOrEqual(8);
          expect(below, `${path} space below a ##`).toBeLessThanOrEqual(16);
          expect(below, `${path}: a heading sits closer to its own text`).toBeLessThan(above);
        }
        // The NHS scale: 16 px on phones, 19 px on wider screens.
        expect(m.body, path).toBe(width < 640 ? 16 : 19);
        expect(m.inShort, path).toBeGreaterThanOrEqual(width < 640 ? 16 : 19);
        expect(m.widthInCh, path).toBeLessThanOrEqual(75);
        expect(m.inShortInCh, path).toBeLessThanOrEqual(75);
        expect(m.charsPerLine, path).toBeLessThanOrEqual(75);
      }
    });
  }
}

for (const width of [1024, 1280]) {
  test(`the contents sit beside the article and stay in view at ${width} px`, async ({ page }) => {
    await view(page, width);
    await page.goto('/costs/');
    const toc = page.locator('nav.on-this-page');
    const prose = page.locator('.prose');
    const [tocBox, proseBox] = [(await toc.boundingBox())!, (await prose.boundingBox())!];
    expect(tocBox.x, 'to the right of the article').toBeGreaterThanOrEqual(proseBox.x + proseBox.width);
    expect(tocBox.x + tocBox.width).toBeLessThanOrEqual(width);
    await expect(page.locator('.to-contents:visible')).toHaveCount(0);
    for (const y of [2500, 6000]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await expect(toc).toBeInViewport();
      const top = await toc.evaluate((el) => el.getBoundingClientRect().top);
      expect(top, `after scrolling to ${y}`).toBeGreaterThanOrEqual(0);
      expect(top, `after scrolling to ${y}`).toBeLessThan(40);
    }
  });
}

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const width of [375, 1280]) {
    test(`shows "Link copied" beside the control used, then clears it, at ${width} px`, async ({ page }) => {
      await view(page, width);
      await page.goto('/costs/');
      await page.locator('share-bar').getByRole('button', { name: 'Copy link' }).click();
      const shareNote = page.locator('share-bar .copy-note');
      await expect(shareNote).toBeVisible();
      await expect(shareNote).toHaveText('Link copied');
      await expect(page.locator('[data-copy-status]')).toHaveText('Link copied');

      const wrapper = page.locator('.prose .heading-wrapper.level-2').nth(1);
      await wrapper.hover();
      await wrapper.locator('.anchor-link').click();
      const headingNote = wrapper.locator('.copy-note');
      await expect(headingNote).toBeVisible();
      await expect(headingNote).toHaveText('Link copied');
      // One note at a time, and inside the screen.
      await expect(page.locator('.copy-note')).toHaveCount(1);
      const box = (await headingNote.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      await expect(headingNote).toBeHidden({ timeout: 8000 });
    });
  }
});

test.describe('charts', () => {
  for (const [path, figure] of [
    ['/costs/', 'costs'],
    ['/levels-of-care/', 'levels'],
  ] as const) {
    for (const colorScheme of schemes) {
      test(`${figure} chart follows the ${colorScheme} scheme with AA contrast`, async ({ page, request }) => {
        await view(page, 375, colorScheme);
        await page.goto(path);
        const img = page.locator(`[data-figure="${figure}"] img`);
        await img.scrollIntoViewIfNeeded();
        await expect(img).toHaveJSProperty('complete', true);
        const src = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
        expect(src.includes('-dark.svg'), src).toBe(colorScheme === 'dark');
        const svg = await (await request.get(src)).text();
        const pageBackground = hex(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
        const card = /<rect [^>]*fill="(#[0-9a-f]{6})"/.exec(svg)![1]!;
        const fills = (pattern: RegExp) => [...svg.matchAll(pattern)].map((match) => match[1]!);
        const texts = fills(/<text [^>]*fill="(#[0-9a-f]{6})"/g);
        const shapes = fills(/<(?:rect|line) [^>]*(?:fill|stroke)="(#[0-9a-f]{6})"/g).slice(2);
        expect(texts.length).toBeGreaterThan(3);
        // The card blends with the page's own background, and everything on it reads against both.
        for (const background of [card, pageBackground]) {
          for (const colour of texts) expect(contrastRatio(colour, background), `text ${colour} on ${background}`).toBeGreaterThanOrEqual(4.5);
        }
        for (const colour of shapes) expect(contrastRatio(colour, card), `${colour} on the card ${card}`).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(card, pageBackground), 'the card is of the page’s scheme').toBeLessThan(2);
      });
    }
  }
});

test('the home page’s urgent help panel is not dressed like the link cards, in either scheme', async ({ page }) => {
  for (const colorScheme of schemes) {
    await view(page, 375, colorScheme);
    await page.goto('/');
    const look = (selector: string) =>
      page.locator(selector).first().evaluate((el) => {
        const style = getComputedStyle(el);
        return { background: style.backgroundColor, border: style.borderLeftColor, width: parseFloat(style.borderLeftWidth) };
      });
    const urgent = await look('#home-crisis-lines-heading >> xpath=..');
    const card = await look('main li.panel');
    expect(urgent.background, colorScheme).not.toBe(card.background);
    expect(urgent.border, colorScheme).not.toBe(card.border);
    expect(urgent.width, colorScheme).toBeGreaterThanOrEqual(6);
    const ink = await page.locator('#home-crisis-lines-heading').evaluate((el) => getComputedStyle(el).color);
    expect(contrastRatio(hex(ink), hex(urgent.background)), colorScheme).toBeGreaterThanOrEqual(4.5);
  }
});

/** The Spanish twins keep the same promise: the answer on a phone's first screen, the date by the title. */
const spanishTopics = readdirSync('content/es/topics').map((name) => `/es/${name.replace(/\.mdx$/, '')}/`);

test('every Spanish topic opens with "En resumen" on a phone’s first screen, with its review date by the title', async ({ page }) => {
  expect(spanishTopics.length).toBeGreaterThanOrEqual(18);
  await view(page, 375);
  for (const path of spanishTopics) {
    await page.goto(path);
    const box = page.locator('article > header.topic-header + section.key-points');
    await expect(box.locator('h2#key-points'), path).toHaveText('En resumen');
    const top = await box.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top + 200, path).toBeLessThanOrEqual(800);
    await expect(page.locator('header.topic-header .last-reviewed'), path).toHaveText(/^Revisado por última vez el \d{1,2} de [a-z]+ de \d{4}$/);
  }
});

test('the header stays one row on a phone in both languages, with the language switch in it', async ({ page }) => {
  for (const width of phones) {
    await view(page, width);
    for (const path of ['/costs/', '/es/costos/', '/', '/es/']) {
      await page.goto(path);
      const bar = await page.locator('.site-header-bar').boundingBox();
      const name = await page.locator('.site-header .site-name').boundingBox();
      const switcher = page.locator('.site-header a.language-switch');
      await expect(switcher, path).toBeVisible();
      const box = await switcher.boundingBox();
      // One row: the switch sits level with the site's name, not under it (320 px may wrap; 375 must not).
      if (width === 375) expect(Math.abs(box!.y + box!.height / 2 - (name!.y + name!.height / 2)), `${path} at ${width}`).toBeLessThan(8);
      expect(bar!.height, `${path} at ${width}`).toBeLessThan(width === 375 ? 70 : 120);
      // A target a thumb can hit (WCAG 2.5.8: at least 24 by 24 CSS px).
      expect(box!.width, path).toBeGreaterThanOrEqual(24);
      expect(box!.height, path).toBeGreaterThanOrEqual(24);
    }
  }
});
