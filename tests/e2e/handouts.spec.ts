import { expect, test, type Locator, type Page } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import decodeQR from 'qr/decode.js';
import { distDir, topicPages } from '../../scripts/shared/site-pages.ts';
import { helpLine } from '../../src/data/crisis.ts';
import { words } from '../../src/i18n/index.ts';
import { handoutPath, handoutWords } from '../../src/lib/handout.ts';
import { qrLabel } from '../../src/lib/qr-code.ts';
import { handoutPathIn, topicPathIn } from '../../src/lib/spanish-edition.ts';

// Printing every handout twice takes a while on a shared two-core machine.
test.describe.configure({ timeout: 180_000 });

const topics = topicPages().map((path) => path.slice(1, -1));
/** The Spanish topics as built (content/es/topics/, or SPANISH_TOPICS_DIR); each has a handout at /es/hojas/<slug>/. */
const spanishTopics = readdirSync(process.env.SPANISH_TOPICS_DIR ?? 'content/es/topics')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''))
  .filter((slug) => existsSync(join(distDir, topicPathIn('es', slug), 'index.html')))
  .sort();
const es = words('es');
const siteUrl = 'https://iop-guide.example.org';

/** Pages in a PDF file: one "/Type /Page" object each ("/Type /Pages" is the tree that holds them). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

// Browsers print with margins of their own (about 0.4 in) and may add a line of date and address at the top and the
// bottom: half an inch all round leaves room for that, so "one page" holds in a real print window too.
const margin = { top: '0.5in', right: '0.5in', bottom: '0.5in', left: '0.5in' };

/** Reads a QR code drawn on the page the way a phone would: from its pixels, with qr's own reader. */
async function readQr(code: Locator): Promise<string> {
  const image = await code.evaluate(async (svg) => {
    const size = 400;
    const picture = new Image(size, size);
    picture.src = `data:image/svg+xml,${encodeURIComponent(svg.outerHTML)}`;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.drawImage(picture, 0, 0, size, size);
    return Array.from(context.getImageData(0, 0, size, size).data);
  });
  return decodeQR({ width: 400, height: 400, data: Uint8ClampedArray.from(image) });
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('the page count can fail: a long topic prints on more than one page', async ({ page }) => {
  await page.goto('/faq/');
  expect(pdfPages(await page.pdf({ format: 'Letter', margin }))).toBeGreaterThan(1);
});

test('every handout prints on exactly one US Letter page and one A4 page', async ({ page }) => {
  expect(topics.length).toBeGreaterThanOrEqual(10);
  const counts: string[] = [];
  for (const topic of topics) {
    await page.goto(handoutPath(topic));
    for (const format of ['Letter', 'A4'] as const) counts.push(`${handoutPath(topic)} ${format}: ${pdfPages(await page.pdf({ format, margin }))}`);
  }
  console.log(`Handout pages when printed:\n${counts.join('\n')}`);
  expect(counts.filter((line) => !line.endsWith(': 1'))).toEqual([]);
});

// Spanish words run longer than English ones: each Spanish handout gets the same one-sheet check.
test('every Spanish handout prints on exactly one US Letter page and one A4 page', async ({ page }) => {
  expect(spanishTopics.length).toBeGreaterThanOrEqual(10);
  const counts: string[] = [];
  for (const slug of spanishTopics) {
    await page.goto(handoutPathIn('es', slug));
    for (const format of ['Letter', 'A4'] as const) counts.push(`${handoutPathIn('es', slug)} ${format}: ${pdfPages(await page.pdf({ format, margin }))}`);
  }
  console.log(`Spanish handout pages when printed:\n${counts.join('\n')}`);
  expect(counts.filter((line) => !line.endsWith(': 1'))).toEqual([]);
});

test('a Spanish topic’s share bar opens its Spanish handout, whose code reads the Spanish address (375 px)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto('/es/opioides-y-sobredosis/');
  await page.locator('.share-bar').getByRole('link', { name: es.share.handout }).click();
  await expect(page).toHaveURL(/\/es\/hojas\/opioides-y-sobredosis\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.handout-points li').first()).toBeVisible();
  const help = page.getByRole('region', { name: es.handout.helpHeading });
  for (const id of ['emergency', 'crisis', 'helpline'] as const) {
    await expect(help.locator(`a[href="tel:${helpLine(id).dial}"]`), id).toBeVisible();
  }
  const address = `${siteUrl}/es/opioides-y-sobredosis/`;
  await expect(page.locator('.handout-address')).toHaveText(address);
  await expect(page.locator('.handout-page')).toContainText(new RegExp(`${es.handout.reviewed} \\d+ de \\p{L}+ de \\d{4}`, 'u'));
  const code = page.getByRole('img', { name: qrLabel(address, 'es') });
  await expect(code).toBeVisible();
  expect(await readQr(code)).toBe(address);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await expect(page.getByRole('button', { name: es.handout.printButton })).toBeVisible();
  await page.getByRole('link', { name: es.handout.backToPage }).click();
  await expect(page).toHaveURL(/\/es\/opioides-y-sobredosis\/$/);
});

for (const width of [375, 1280]) {
  test(`a topic's share bar opens its handout, which shows everything and fits the screen (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/opioids-and-overdose/');
    await page.locator('.share-bar').getByRole('link', { name: handoutWords.linkText }).click();
    await expect(page).toHaveURL(/\/handouts\/opioids-and-overdose\/$/);
    await expect(page.locator('h1')).toHaveText('Opioids, fentanyl and overdose: what to know before an IOP');
    await expect(page.locator('.handout-points li').first()).toBeVisible();
    const help = page.getByRole('region', { name: handoutWords.helpHeading });
    for (const id of ['emergency', 'crisis', 'helpline'] as const) {
      await expect(help.locator(`a[href="tel:${helpLine(id).dial}"]`), id).toBeVisible();
    }
    const address = `${siteUrl}/opioids-and-overdose/`;
    await expect(page.locator('.handout-address')).toHaveText(address);
    await expect(page.locator('.handout-page')).toContainText(/Page last reviewed: \w+ \d+, \d{4}/);
    const code = page.getByRole('img', { name: qrLabel(address) });
    await expect(code).toBeVisible();
    expect(await readQr(code)).toBe(address);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // The print button opens the browser's print window (stubbed here, since a headless browser has none).
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: handoutWords.printButton }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.getByRole('link', { name: handoutWords.backToPage }).click();
    await expect(page).toHaveURL(/\/opioids-and-overdose\/$/);
  });

  test(`without JavaScript a handout says how to print it, and the button stays hidden (${width} px)`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(handoutPath('costs'));
    await expect(page.getByRole('button', { name: handoutWords.printButton })).toBeHidden();
    await expect(page.locator('.handout-tools noscript p')).toContainText(handoutWords.noScript);
    await expect(page.locator('.handout-points li')).toHaveCount(5);
    await expect(page.getByRole('img', { name: qrLabel(`${siteUrl}/costs/`) })).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
}

test('printed, a handout leaves out the site frame and its own buttons, and keeps its help lines and code', async ({ page }) => {
  await page.goto(handoutPath('families-and-teens'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.handout-tools')).toBeHidden();
  await expect(page.locator('.handout .crisis-lines')).toBeVisible();
  await expect(page.locator('.handout-qr')).toBeVisible();
});

for (const width of [375, 1280]) {
  test(`a printed topic starts with its address and QR code; on screen they stay hidden (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/costs/');
    const block = page.locator('.print-address');
    await expect(block).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(block).toBeVisible();
    const address = `${siteUrl}/costs/`;
    await expect(block).toContainText(`Read this page online: ${address}`);
    const code = block.getByRole('img', { name: qrLabel(address) });
    await expect(code).toBeVisible();
    expect(await readQr(code)).toBe(address);
    // At the top: above the title, and the first thing the printed article shows.
    const blockBox = (await block.boundingBox())!;
    const titleBox = (await page.locator('article h1').boundingBox())!;
    expect(blockBox.y + blockBox.height).toBeLessThanOrEqual(titleBox.y);
    const firstShown = await page.locator('article').evaluate((article) =>
      [...article.children].find((child) => getComputedStyle(child).display !== 'none')?.className,
    );
    expect(firstShown).toBe('print-address');
  });
}
