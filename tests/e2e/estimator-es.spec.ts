import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { levelById } from '../../src/data/levels.ts';
import { iopSchedule } from '../../src/data/schedule.ts';
import { coverageWordsEs, messagesEs, moneyRangeEs } from '../../src/lib/cost-estimator-words-es.ts';

// The Spanish cost estimator (/es/calculadora-de-costos/): the same arithmetic as /cost-estimator/, in Spanish words.
const path = '/es/calculadora-de-costos/';
const iopCost = levelById('iop').cost!;
const show = 'Mostrar mi estimación';

test.describe('Spanish cost estimator', () => {
  test('works out an estimate with insurance and shows the working in Spanish, with the right sums', async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByLabel('Número de semanas').fill('10');
    await page.getByLabel('Sesiones o días a la semana').fill('4');
    await page.getByLabel('Lo que le queda de deducible este año, en dólares').fill('1,000');
    await page.getByLabel('Coseguro, como porcentaje').fill('20');
    await page.getByLabel('Lo que le queda de su máximo de gastos de bolsillo este año, en dólares').fill('2500');
    await page.getByRole('button', { name: show }).click();

    // Worked out here from src/data, not copied from the code under test.
    const units = 40;
    const low = units * iopCost.low;
    const high = units * iopCost.high;
    const pay = (total: number): number => Math.min(2500, Math.round(1000 + 0.2 * (total - 1000)));
    await expect(page.locator('[data-total]')).toHaveText(moneyRangeEs(low, high));
    await expect(page.locator('[data-you-pay]')).toHaveText(moneyRangeEs(pay(low), pay(high)));
    const working = page.locator('[data-working] li');
    await expect(working).toHaveCount(3);
    await expect(working.first()).toHaveText(`10 semanas × 4 sesiones a la semana × ${moneyRangeEs(iopCost.low, iopCost.high)} = ${moneyRangeEs(low, high)}.`);
    await expect(working.nth(1)).toHaveText(
      `Con $${iopCost.low} por sesión (una factura de ${moneyRangeEs(low, low)}): $1,000 de deducible + 20% de coseguro sobre los otros ${moneyRangeEs(low - 1000, low - 1000)} (${moneyRangeEs(0.2 * (low - 1000), 0.2 * (low - 1000))}) = ${moneyRangeEs(pay(low), pay(low))}.`,
    );
    await expect(page.locator('[data-hours-note]')).toContainText(`Son ${4 * iopSchedule.sessionHours} horas a la semana.`);
    await expect(page.locator('[data-announce]')).toHaveText(
      `Estimación actualizada. Total del programa: ${moneyRangeEs(low, high)}. Usted podría pagar ${moneyRangeEs(pay(low), pay(high))}.`,
    );
    await expect(page.locator('[data-level="iop"] [data-compare-label]')).toHaveText(' (su elección)');
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|undefined|Infinity|\bweeks\b|\bsessions a week\b|Error: Enter/);
  });

  test('choosing another level fills in its range and words the working by the day', async ({ page }) => {
    const php = levelById('php').cost!;
    await page.goto(path);
    await page.locator('#ce-level').selectOption('php');
    await expect(page.locator('#ce-priceLow')).toHaveValue(String(php.low));
    await expect(page.locator('[data-working] li').first()).toContainText('días a la semana');
    await expect(page.locator('[data-hours-note]')).toContainText('Un PHP para adultos suele tener');
  });

  test('refuses a malformed amount with a Spanish message that says what to type, and accepts money as US readers write it', async ({ page }) => {
    await page.goto(path);
    for (const typed of ['1,000.5,000', ',100', '12,34']) {
      await page.locator('#ce-priceHigh').fill(typed);
      await page.getByRole('button', { name: show }).click();
      await expect(page.locator('#ce-priceHigh-error'), typed).toHaveText(`Error: ${messagesEs.priceHigh.invalid}`);
      await expect(page.locator('#ce-priceHigh')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#ce-priceHigh')).toBeFocused();
      await expect(page.locator('[data-stale]')).toBeVisible();
      await expect(page.locator('[data-announce]')).toHaveText('1 casilla necesita un cambio para actualizar la estimación.');
    }
    await page.locator('#ce-weeks').fill('0');
    await page.getByRole('button', { name: show }).click();
    await expect(page.locator('#ce-weeks-error')).toHaveText(`Error: ${messagesEs.weeks.zero}`);
    await expect(page.locator('#ce-weeks')).toHaveAccessibleDescription(new RegExp(messagesEs.weeks.zero));
    await expect(page.locator('[data-announce]')).toHaveText('2 casillas necesitan un cambio para actualizar la estimación.');

    await page.locator('#ce-weeks').fill('12');
    await page.locator('#ce-priceHigh').fill('$1,250.00');
    await page.getByRole('button', { name: show }).click();
    await expect(page.locator('[data-error-for]:visible')).toHaveCount(0);
    await expect(page.locator('[data-working] li').first()).toContainText('a $1,250 = ');
  });

  test('coverage choices, Medicaid and Medicare among them, explain in Spanish and change no number', async ({ page }) => {
    await page.goto(path);
    const select = page.getByLabel('¿Qué cobertura tiene?');
    const low = await page.locator('#ce-priceLow').inputValue();
    await expect(select.locator('option')).toHaveText(Object.values(coverageWordsEs).map((choice) => choice.label));
    for (const id of ['medicaid', 'medicare', 'none', 'plan'] as const) {
      await select.selectOption(id);
      await expect(page.locator('#ce-coverage-meaning')).toHaveText(coverageWordsEs[id].meaning);
    }
    expect(await page.locator('#ce-priceLow').inputValue()).toBe(low);
    await expect(page.getByRole('link', { name: /Medicare\.gov/ })).toHaveAttribute('href', /^https:\/\/www\.medicare\.gov\//);
  });

  test('without JavaScript, everything readable is there in Spanish: the form, every coverage meaning, the examples', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${test.info().project.use.baseURL}${path}`);
    const form = page.getByRole('form', { name: 'Calculadora de costos' });
    await expect(form.locator('noscript p')).toContainText('JavaScript está apagado');
    await expect(page.getByRole('button', { name: show })).toBeHidden();
    await expect(page.locator('[data-estimate]')).toBeHidden();
    for (const choice of Object.values(coverageWordsEs)) await expect(page.locator('dd', { hasText: choice.meaning })).toBeVisible();
    const shortIop = iopSchedule.daysPerWeek.min * iopSchedule.programWeeks.min;
    const rows = page.locator('[data-table="cost-examples"] tbody tr');
    await expect(rows.first().locator('[data-cost]')).toHaveText(moneyRangeEs(shortIop * iopCost.low, shortIop * iopCost.high));
    await expect(page.getByRole('heading', { name: 'Cómo se calcula la estimación' })).toBeVisible();
    await context.close();
  });

  test('fits a 320 px screen, tables readable, with results and messages showing', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await page.locator('#ce-coinsurance').fill('20');
    await page.locator('#ce-copay').fill('20');
    await page.locator('#ce-perWeek').fill('9');
    await page.getByRole('button', { name: show }).click();
    await expect(page.locator('#ce-copay-error')).toHaveText(`Error: ${messagesEs.copay.both}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // The worked examples stack into one card per row: every cell is on screen, and nothing needs sideways scrolling.
    const table = page.locator('[data-table="cost-examples"]');
    expect(await table.evaluate((el) => el.parentElement!.scrollWidth - el.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
    for (const cell of await table.locator('tbody td').all()) {
      await expect(cell).toBeVisible();
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
    await expect(table.locator('tbody td[data-label="Horario"]').first()).toBeVisible();
  });

  test('the English page loads no Spanish words, and the Spanish page loads them', async ({ browser }) => {
    // A fresh browser context for each page, so every script is fetched (no cache) and can be read.
    const scripts = async (address: string): Promise<string> => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies: Promise<string>[] = [];
      page.on('response', (response) => {
        if (response.url().endsWith('.js') && response.status() === 200) bodies.push(response.text());
      });
      await page.goto(`${test.info().project.use.baseURL}${address}`);
      await page.waitForLoadState('networkidle');
      const text = (await Promise.all(bodies)).join('\n');
      await context.close();
      return text;
    };
    const english = await scripts('/cost-estimator/');
    expect(english).toContain('cost-estimator');
    expect(english).not.toContain('Escriba');
    expect(english).not.toContain('sesiones');
    expect(await scripts(path)).toContain('Escriba');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.2 AA problem with the result and messages showing (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await page.locator('#ce-deductible').fill('300');
      await page.locator('#ce-coinsurance').fill('200');
      await page.locator('#ce-weeks').fill('0');
      await page.keyboard.press('Enter');
      await expect(page.locator('#ce-weeks-error')).toBeVisible();
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
      expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
    });
  }
});
