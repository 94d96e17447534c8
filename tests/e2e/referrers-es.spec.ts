import { expect, test, type Page } from '@playwright/test';

// The referral email in Spanish: from the English page by choosing "Español", and from the Spanish page, where it is
// the default. The Spanish titles, addresses and section ids come from the Spanish parts file, read here as any
// reader's browser would get it.
test.describe.configure({ timeout: 90_000 });

type PartsFile = Record<string, [title: string, description: string, path: string, parts: [title: string, anchor: string][]]>;

async function partsFile(page: Page, path: string): Promise<PartsFile> {
  const response = await page.request.get(path);
  expect(response.ok()).toBe(true);
  return (await response.json()) as PartsFile;
}

/** The site's public root, from the page's canonical link. */
async function siteRoot(page: Page): Promise<string> {
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  return canonical.replace(/(?:es\/para-profesionales|for-referrers)\/$/, '');
}

/** What an email app does with the link: split it at "&" and decode each part. */
function decodeMailto(href: string): { subject: string; body: string } {
  const params = new Map(
    href
      .slice('mailto:?'.length)
      .split('&')
      .map((pair) => {
        const [key, value] = pair.split('=');
        return [key!, decodeURIComponent(value!)] as const;
      }),
  );
  return { subject: params.get('subject')!, body: params.get('body')!.replace(/\r\n/g, '\n') };
}

/** Records every request the page makes from now on. */
function watchRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return requests;
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('on the English page, choosing Español writes the email in Spanish with /es/ links; the note stays as typed', async ({ page, baseURL }) => {
  await page.goto('/for-referrers/', { waitUntil: 'networkidle' });
  const spanish = await partsFile(page, '/es/para-profesionales/parts.json');
  const root = await siteRoot(page);
  const requests = watchRequests(page);
  const builder = page.locator('referral-builder');

  // One whole page and one part of another, ticked on the English labels.
  const ids = await page.locator('input[data-page]').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
  const whole = ids[0]!;
  const withParts = ids.find((id) => (spanish[id]?.[3].length ?? 0) >= 2 && id !== whole)!;
  await builder.locator(`input[data-page][value="${whole}"]`).check();
  const choice = builder.locator('[data-topic-choice]').filter({ has: page.locator(`input[data-page][value="${withParts}"]`) });
  await choice.locator('summary').click();
  await choice.locator('input[data-section]').nth(1).check();

  const note = 'Hola, Sra. Núñez: aquí están las páginas que hablamos. Hi from the clinic — see #2 & call me. 👋🏽';
  await page.getByLabel('2. Add a note (you can skip this)').fill(note);

  const group = page.getByRole('group', { name: 'Email language' });
  await expect(group.getByRole('radio', { name: 'English' })).toBeChecked();
  await group.getByRole('radio', { name: 'Español' }).check();

  const bodyBox = page.getByLabel('Email text');
  await expect(bodyBox).toHaveValue(/Parte de esta página/);
  await expect(bodyBox).toHaveAttribute('lang', 'es');
  await expect(page.getByLabel('Subject')).toHaveValue('Información sobre los programas ambulatorios intensivos (IOP)');
  const body = await bodyBox.inputValue();
  const lines = body.split('\n');
  expect(body.startsWith(`${note}\n\n`), 'the note comes first, exactly as typed').toBe(true);
  const [wholeTitle, wholeLine, wholePath] = spanish[whole]!;
  const [partsTitle, , partsPath, parts] = spanish[withParts]!;
  expect(lines).toContain(wholeTitle);
  expect(lines[lines.indexOf(wholeTitle) + 1]).toBe(wholeLine);
  expect(lines).toContain(`${root}${wholePath.slice(1)}`);
  expect(lines).toContain(partsTitle);
  expect(lines).toContain(`Parte de esta página: ${parts[1]![0]}`);
  expect(lines).toContain(`${root}${partsPath.slice(1)}#${parts[1]![1]}`);
  for (const link of lines.filter((line) => /^https?:/.test(line))) expect(link.startsWith(`${root}es/`), link).toBe(true);
  expect(body).toContain('Para español, oprima 2');
  expect(body).toContain('en inglés y español');
  expect(body).toContain('(435748) es solo en inglés');
  expect(body).not.toContain('Part of this page');

  // Copying gives the Spanish text, and the builder says so in English, to the clinician.
  await page.getByRole('button', { name: 'Copy email text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);
  // Accented letters take six characters each in a mailto link, so a Spanish email reaches the limit sooner. With one
  // page and no note it fits, and the email app gets the same Spanish text.
  await page.getByLabel('2. Add a note (you can skip this)').fill('');
  await builder.locator(`input[data-page][value="${whole}"]`).uncheck();
  await expect(page.locator('#rf-mailto-note')).toHaveText('This opens a new email with the subject and text filled in. You add the address.');
  const mailto = decodeMailto((await page.getByRole('link', { name: 'Open in email app' }).getAttribute('href'))!);
  expect(mailto.body).toBe(await bodyBox.inputValue());
  expect(mailto.body).toContain(`${root}${partsPath.slice(1)}#${parts[1]![1]}`);
  await builder.locator(`input[data-page][value="${whole}"]`).check();

  // Only the Spanish file was fetched, from this site.
  expect(requests.map((url) => new URL(url).pathname)).toEqual(['/es/para-profesionales/parts.json']);
  expect(requests.every((url) => url.startsWith(baseURL!))).toBe(true);

  // Back to English: the same choice, in English.
  await group.getByRole('radio', { name: 'English' }).check();
  await expect(bodyBox).toHaveValue(/Part of this page/);
  await expect(bodyBox).not.toHaveAttribute('lang', /.*/);
  expect((await bodyBox.inputValue()).split('\n')).toContain(`${root}${whole}/`);

  // The Spanish part's anchor is a heading on the Spanish page.
  await page.goto(partsPath);
  await expect(page.locator(`[id="${parts[1]![1]}"]`)).toHaveCount(1);
});

test('the Spanish page opens with no error, writes a Spanish email by default, and can write it in English', async ({ page }) => {
  await page.goto('/es/para-profesionales/', { waitUntil: 'networkidle' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('h1')).toHaveText('Cómo compartir esta guía con las personas que usted remite');
  const root = await siteRoot(page);
  const requests = watchRequests(page);

  // Before the reader acts: a hint, no error, nothing to open.
  await expect(page.getByText('Su correo aparecerá aquí cuando elija una página en el paso 1.')).toBeVisible();
  await expect(page.locator('.rf-problem')).toHaveCount(0);
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  await expect(page.locator('[data-note-count]')).toHaveText('Le quedan 500 caracteres.');
  const mailtoLink = page.getByRole('link', { name: 'Abrir en su aplicación de correo' });
  await expect(mailtoLink).toHaveAttribute('aria-disabled', 'true');
  const group = page.getByRole('group', { name: 'Idioma del correo' });
  await expect(group.getByRole('radio', { name: 'Español' })).toBeChecked();
  await expect(page.getByLabel('Asunto')).toHaveValue('Información sobre los programas ambulatorios intensivos (IOP)');

  const first = page.locator('[data-topic-choice]').first();
  const title = (await first.locator('b').textContent())!;
  await first.getByRole('checkbox').check();
  const withParts = page.locator('[data-topic-choice]').filter({ has: page.locator('details') }).nth(1);
  await withParts.locator('summary').click();
  await expect(withParts.locator('summary')).toContainText('O elija partes de esta página');
  const part = withParts.getByRole('group', { name: /^Partes de «/ }).getByRole('checkbox').first();
  const anchor = await part.evaluate((box) => (box as HTMLInputElement).dataset.anchor!);
  expect(anchor).toMatch(/^[a-z0-9-]+$/);
  await part.check();

  const bodyBox = page.getByLabel('Texto del correo');
  const body = await bodyBox.inputValue();
  const lines = body.split('\n');
  expect(lines[0]).toBe('Estas páginas de IOP Guide, una guía gratis y en palabras sencillas, le explican más:');
  expect(lines).toContain(title.trim());
  expect(lines.some((line) => line.startsWith(`${root}es/`) && line.endsWith(`#${anchor}`))).toBe(true);
  for (const link of lines.filter((line) => /^https?:/.test(line))) expect(link.startsWith(`${root}es/`), link).toBe(true);
  expect(body).toContain('Para español, oprima 2');
  await expect(page.locator('#rf-mailto-note')).toHaveText('Esto abre un correo nuevo con el asunto y el texto ya escritos. Usted agrega la dirección.');
  expect(requests, 'the Spanish file had already loaded with the page').toEqual([]);

  // In English for an English-speaking family: English titles and addresses, said to the referrer in Spanish.
  await group.getByRole('radio', { name: 'English' }).check();
  await expect(bodyBox).toHaveValue(/Part of this page/);
  await expect(page.getByLabel('Asunto')).toHaveValue('Information about intensive outpatient programs (IOPs)');
  const english = (await bodyBox.inputValue()).split('\n');
  for (const link of english.filter((line) => /^https?:/.test(line))) expect(link.startsWith(`${root}es/`), link).toBe(false);
  expect(requests.map((url) => new URL(url).pathname)).toEqual(['/for-referrers/parts.json']);

  // A note one character too long is refused in Spanish.
  await page.getByLabel('2. Escriba una nota (puede saltar este paso)').fill('ñ'.repeat(501));
  await expect(page.locator('[data-note-count]')).toHaveText('Tiene 1 carácter de más.');
  await expect(page.getByText('Su nota tiene 1 carácter de más. Déjela en 500 caracteres o menos.')).toBeVisible();
  await expect(bodyBox).toHaveValue('');
});

test('the language choice works from the keyboard alone', async ({ page }) => {
  await page.goto('/for-referrers/', { waitUntil: 'networkidle' });
  const firstBox = page.locator('input[data-page]').first();
  await firstBox.focus();
  await page.keyboard.press('Space');
  await expect(firstBox).toBeChecked();

  const english = page.getByRole('radio', { name: 'English' });
  await english.focus();
  await expect(english).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const spanish = page.getByRole('radio', { name: 'Español' });
  await expect(spanish).toBeChecked();
  await expect(spanish).toBeFocused();
  await expect(page.getByLabel('Email text')).toHaveValue(/le explica más:/);

  // Tab leaves the choice for the email; Shift+Tab comes back to the chosen language, and an arrow changes it.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Subject')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(spanish).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(english).toBeChecked();
  await expect(page.getByLabel('Email text')).toHaveValue(/explains more:/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Spanish page lists every Spanish page with its full /es/ address', async ({ page }) => {
    await page.goto('/es/para-profesionales/');
    const root = await siteRoot(page);
    await expect(page.getByRole('heading', { name: 'Prepare un correo con enlaces' })).toBeHidden();
    const list = page.locator('[data-link-list]');
    await expect(list).toBeVisible();
    const spanish = await partsFile(page, '/es/para-profesionales/parts.json');
    await expect(list.locator('li')).toHaveCount(Object.keys(spanish).length);
    for (const [title, , path] of Object.values(spanish)) {
      const item = list.locator('li').filter({ hasText: title }).first();
      await expect(item.getByText(`${root}${path.slice(1)}`, { exact: true })).toBeVisible();
    }
  });
});
