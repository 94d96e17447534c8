import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { stripFrontMatter } from '../../src/lib/prose.ts';
import { topicPages } from '../../scripts/shared/site-pages.ts';

const path = '/for-referrers/';
const topicsDir = process.env.TOPICS_DIR ?? 'content/topics';

// Each test ticks many boxes; on a busy machine that takes longer than the default 30 seconds.
test.describe.configure({ timeout: 90_000 });

/** The site's public root (SITE_URL plus base path), read from the page's canonical link like any reader could. */
async function siteRoot(page: Page): Promise<string> {
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/^https?:\/\/.+\/for-referrers\/$/);
  return canonical!.replace(/for-referrers\/$/, '');
}

/** What an email app does with the link: split it at "&" and decode each part. */
function decodeMailto(href: string): { subject: string; body: string } {
  expect(href.startsWith('mailto:?')).toBe(true);
  const params = new Map(
    href
      .slice('mailto:?'.length)
      .split('&')
      .map((pair) => {
        const [key, value] = pair.split('=');
        return [key!, decodeURIComponent(value!)] as const;
      }),
  );
  expect([...params.keys()]).toEqual(['subject', 'body']);
  return { subject: params.get('subject')!, body: params.get('body')! };
}

/** The topics as the page lists them, in site order: each checkbox's value and the title in its label. */
async function topicChoices(page: Page): Promise<{ id: string; title: string }[]> {
  return page.locator('input[data-page]').evaluateAll((boxes) =>
    boxes.map((box) => ({ id: (box as HTMLInputElement).value, title: box.closest('label')!.querySelector('b')!.textContent! })),
  );
}

/** A topic's parts as its content has them: the plain text of each `##` heading, in order. */
function sectionTitles(id: string): string[] {
  const source = stripFrontMatter(readFileSync(join(topicsDir, `${id}.mdx`), 'utf8'));
  return [...source.matchAll(/^##\s+(.+?)\s*#*\s*$/gm)].map((match) => match[1]!.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, ''));
}

test.describe('referral email builder', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('builds the email in site order with full addresses, copies it, and the mailto link carries the same text', async ({ page }) => {
    // Wait until the page and its icon are in, so only what the builder does is counted.
    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(page.locator('h1')).toHaveCount(1);
    const guide = page.locator('section[aria-labelledby="how-to-use"]');
    await expect(guide.getByRole('link', { name: 'private self-check' })).toHaveAttribute('href', /\/self-check\/$/);
    await expect(guide.getByRole('link', { name: 'questions people ask' })).toHaveAttribute('href', /\/faq\/$/);
    const root = await siteRoot(page);
    const topics = await topicChoices(page);
    expect(topics.length).toBeGreaterThanOrEqual(5);
    const [, second, , fourth, fifth] = topics;

    // Nothing leaves the page while it is used.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    const builder = page.locator('referral-builder');
    const mailto = page.getByRole('link', { name: 'Open in email app' });
    await expect(mailto).toHaveAttribute('aria-disabled', 'true');
    // Nothing is called a problem before the referrer has done anything.
    await expect(page.getByText('Your email appears here when you choose a page in step 1.')).toBeVisible();
    await expect(page.locator('.rf-problem')).toHaveCount(0);

    // Two whole pages, ticked in reverse site order, and one part of a third page.
    await builder.getByRole('checkbox', { name: fifth!.title }).check();
    await builder.getByRole('checkbox', { name: second!.title }).check();
    const fourthChoice = builder.locator('[data-topic-choice]').filter({ has: page.locator(`input[data-page][value="${fourth!.id}"]`) });
    await fourthChoice.locator('summary').click();
    const sectionBox = fourthChoice.locator('input[data-section]').first();
    const section = await sectionBox.evaluate((box) => ({ title: (box as HTMLInputElement).dataset.title!, anchor: (box as HTMLInputElement).dataset.anchor! }));
    await sectionBox.check();

    const note = 'Hi Sam & family: questions? See #2 — 100% free. Café, niño, 日本語 👋';
    const noteBox = page.getByLabel('2. Add a note (you can skip this)');
    await noteBox.fill(note);
    await expect(page.locator('[data-note-count]')).toHaveText(`You have ${500 - [...note].length} characters left.`);

    const bodyBox = page.getByLabel('Email text');
    await expect(bodyBox).toHaveJSProperty('readOnly', true);
    const body = await bodyBox.inputValue();
    const lines = body.split('\n');

    expect(body.startsWith(`${note}\n\n`)).toBe(true);
    const secondAt = body.indexOf(`\n${second!.title}\n`);
    const fourthAt = body.indexOf(`\n${fourth!.title}\n`);
    const fifthAt = body.indexOf(`\n${fifth!.title}\n`);
    expect(secondAt).toBeGreaterThan(0);
    expect(fourthAt).toBeGreaterThan(secondAt);
    expect(fifthAt).toBeGreaterThan(fourthAt);
    expect(lines).toContain(`${root}${second!.id}/`);
    expect(lines).toContain(`${root}${fifth!.id}/`);
    expect(lines, 'only the part of the fourth page, not the whole page').not.toContain(`${root}${fourth!.id}/`);
    expect(lines).toContain(`Part of this page: ${section.title}`);
    expect(lines).toContain(`${root}${fourth!.id}/#${section.anchor}`);
    // No line is hard-wrapped: a description is one line, exactly as the page shows it.
    const secondDescription = await builder
      .locator('[data-topic-choice]')
      .filter({ has: page.locator(`input[data-page][value="${second!.id}"]`) })
      .locator(':scope > .rf-check b + span')
      .textContent();
    expect(lines[lines.indexOf(second!.title) + 1]).toBe(secondDescription!.trim());

    const subject = await page.getByLabel('Subject').inputValue();
    expect(subject).toBe('Information about intensive outpatient programs (IOPs)');

    await page.getByRole('button', { name: 'Copy email text' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);

    await expect(mailto).not.toHaveAttribute('aria-disabled', 'true');
    const decoded = decodeMailto((await mailto.getAttribute('href'))!);
    expect(decoded.subject).toBe(subject);
    expect(decoded.body.replace(/\r\n/g, '\n')).toBe(body);

    expect(requests).toEqual([]);

    // And the section's anchor exists on its page.
    await page.goto(`${new URL(root).pathname}${fourth!.id}/`);
    await expect(page.locator(`[id="${section.anchor}"]`)).toHaveCount(1);
  });

  test('a long email cannot go through a mailto link, and says to copy instead; a long note is refused', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path, { waitUntil: 'networkidle' });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    for (const box of await page.locator('input[data-page]').all()) await box.check();
    const noteBox = page.getByLabel('2. Add a note (you can skip this)');
    await noteBox.fill('Please read these pages before our next visit. '.repeat(11).slice(0, 500));
    await expect(page.locator('[data-note-count]')).toHaveText('You have 0 characters left.');

    const mailto = page.getByRole('link', { name: 'Open in email app' });
    await expect(mailto).toHaveAttribute('aria-disabled', 'true');
    await expect(mailto).not.toHaveAttribute('href', /.*/);
    await expect(page.locator('#rf-mailto-note')).toContainText('too long to open in an email app');
    await expect(page.locator('#rf-mailto-note')).toContainText('Copy email text');
    await expect(mailto).toHaveAttribute('aria-describedby', 'rf-mailto-note');
    expect((await page.getByLabel('Email text').inputValue()).length).toBeGreaterThan(1000);

    // Copying still works.
    await page.getByRole('button', { name: 'Copy email text' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();

    // One character over the limit: the note is marked, the email waits.
    await noteBox.press('End');
    await noteBox.pressSequentially('!');
    await expect(page.locator('[data-note-count]')).toHaveText('You have 1 character too many.');
    await expect(noteBox).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Your note is 1 character too long. Make it 500 characters or fewer.')).toBeVisible();
    await expect(page.getByLabel('Email text')).toHaveValue('');
    await expect(mailto).toHaveAttribute('aria-disabled', 'true');

    // An emoji is one character however many code points make it: the count, the limit and the box agree.
    await expect(noteBox).not.toHaveAttribute('maxlength', /.*/);
    await noteBox.fill('👨‍👩‍👧'.repeat(499));
    await expect(page.locator('[data-note-count]')).toHaveText('You have 1 character left.');
    await noteBox.press('End');
    await page.keyboard.insertText('🇺🇸');
    await expect(page.locator('[data-note-count]')).toHaveText('You have 0 characters left.');
    await expect(noteBox).not.toHaveAttribute('aria-invalid', /.*/);
    await expect(page.locator('[data-problems]')).toHaveText('');
    await expect(page.getByLabel('Email text')).not.toHaveValue('');
    await page.keyboard.insertText('👋🏽');
    await expect(noteBox).toHaveValue(`${'👨‍👩‍👧'.repeat(499)}🇺🇸👋🏽`);
    await expect(page.locator('[data-note-count]')).toHaveText('You have 1 character too many.');
    await expect(noteBox).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Your note is 1 character too long. Make it 500 characters or fewer.')).toBeVisible();
    await expect(page.getByLabel('Email text')).toHaveValue('');

    // Nothing sideways at 320 px, even with every part shown.
    for (const summary of await page.locator('referral-builder summary').all()) await summary.click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    expect(requests).toEqual([]);
    expect(await page.evaluate(() => ({ cookies: document.cookie, local: localStorage.length, session: sessionStorage.length }))).toEqual({
      cookies: '',
      local: 0,
      session: 0,
    });
  });
});

test.describe('choosing parts of a page', () => {
  test('every part of every topic can be chosen, in page order, and the email links to each one', async ({ page }) => {
    // Which parts there are comes from the content; their anchors from the built topic pages, as a reader's link lands.
    const wanted = new Map<string, { title: string; anchor: string }[]>();
    for (const route of topicPages()) {
      await page.goto(route);
      const sections: { title: string; anchor: string }[] = [];
      for (const title of sectionTitles(route.slice(1, -1))) {
        const anchor = await page.locator('article').getByRole('heading', { level: 2, name: title, exact: true }).getAttribute('id');
        expect(anchor, `${route} ${title}`).toBeTruthy();
        sections.push({ title, anchor: anchor! });
      }
      wanted.set(route.slice(1, -1), sections);
    }
    const total = [...wanted.values()].flat().length;
    expect(total).toBeGreaterThanOrEqual(50);

    await page.goto(path, { waitUntil: 'networkidle' });
    const root = await siteRoot(page);
    const topics = await topicChoices(page);
    expect(topics.map((topic) => `/${topic.id}/`).sort(), 'every topic is offered').toEqual(topicPages());

    const builder = page.locator('referral-builder');
    for (const topic of topics) {
      const sections = wanted.get(topic.id)!;
      const choice = builder.locator('[data-topic-choice]').filter({ has: page.locator(`input[data-page][value="${topic.id}"]`) });
      if (sections.length === 0) {
        await expect(choice.locator('details')).toHaveCount(0);
        continue;
      }
      const summary = choice.locator('summary');
      await expect(summary).toHaveText(`Or choose parts of this page (${sections.length} parts)`);
      await summary.click();
      const group = choice.getByRole('group', { name: `Parts of “${topic.title}”` });
      const boxes = group.getByRole('checkbox');
      await expect(boxes).toHaveCount(sections.length);
      expect(await boxes.evaluateAll((all) => all.map((box) => box.closest('label')!.textContent!.trim()))).toEqual(sections.map((section) => section.title));
      for (const section of sections) await group.getByRole('checkbox', { name: section.title, exact: true }).check();
      // Closing the list keeps what was ticked.
      await summary.click();
    }

    const body = await page.getByLabel('Email text').inputValue();
    const lines = body.split('\n');
    const text = body.replace(/\n/g, ' ');
    for (const [id, sections] of wanted) {
      expect(lines, `only parts of ${id}, not the whole page`).not.toContain(`${root}${id}/`);
      for (const section of sections) {
        expect(lines).toContain(`${root}${id}/#${section.anchor}`);
        expect(text).toContain(`Part of this page: ${section.title}`);
      }
    }
    expect(lines.filter((line) => /^https?:\/\//.test(line))).toHaveLength(total);
  });

  test('the parts, once open, meet WCAG 2.2 AA: each list a named group, each box labelled', async ({ page }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    for (const summary of await page.locator('referral-builder summary').all()) await summary.click();
    await expect(page.locator('referral-builder input[data-section]').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .include('referral-builder')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);
    // Each box is inside its own label, so a click on the words ticks it.
    const first = page.locator('referral-builder input[data-section]').first();
    await first.locator('xpath=..').locator('span').click();
    await expect(first).toBeChecked();
  });

  test('if the parts cannot load, each list says so and whole pages still go into the email', async ({ page }) => {
    await page.route('**/for-referrers/parts.json', (route) => route.abort());
    await page.goto(path);
    const choice = page.locator('[data-topic-choice]').filter({ has: page.locator('details') }).first();
    await choice.locator('summary').click();
    await expect(choice.getByText('The parts of this page could not load.')).toBeVisible();
    await expect(choice.getByRole('checkbox')).toHaveCount(1);
    const id = await choice.locator('input[data-page]').inputValue();
    await choice.locator('input[data-page]').check();
    expect((await page.getByLabel('Email text').inputValue()).split('\n')).toContain(`${await siteRoot(page)}${id}/`);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page lists every topic with its title, description and full address', async ({ page }) => {
    await page.goto(path);
    const root = await siteRoot(page);
    await expect(page.getByRole('heading', { name: 'Make an email with links' })).toBeHidden();
    const list = page.locator('[data-link-list]');
    await expect(list).toBeVisible();
    const topics = await topicChoices(page);
    expect(topics.length).toBeGreaterThanOrEqual(5);
    await expect(list.locator('li')).toHaveCount(topics.length);
    for (const [index, topic] of topics.entries()) {
      const item = list.locator('li').nth(index);
      await expect(item).toContainText(topic.title);
      await expect(item.getByText(`${root}${topic.id}/`, { exact: true })).toBeVisible();
      await expect(item.locator('span').nth(1)).not.toBeEmpty();
    }
  });
});
