import { readFileSync } from 'node:fs';
import { iopAnswers, worstAnswers } from './self-check-answers.ts';
import { expect, test, type Page } from '@playwright/test';
import { helpLine } from '../../src/data/crisis.ts';
import type { Outcome, SafetyKind } from '../../src/lib/self-check-content.ts';
import {
  crisisSpanishOption,
  outcomeTextsEs,
  overdoseInfoPathEs,
  ruleTextsEs,
  safetyLabelEs,
  safetyTextsEs,
  selfCheckQuestionsEs,
} from '../../src/lib/self-check-content-es.ts';
import { otherWordsEs } from '../../src/lib/self-check-other-es.ts';
import { selfWordsEs, voiceChoiceEs } from '../../src/lib/self-check-words-es.ts';

// The Spanish self-check (/es/autoevaluacion/) in a browser: the same rules as /self-check/ (tests/e2e/tools.spec.ts),
// with every word the reader sees in Spanish, with or without JavaScript, and on paper.
test.describe.configure({ timeout: 120_000 });

const total = selfCheckQuestionsEs.length;
const self = '/es/autoevaluacion/';
const other = '/es/autoevaluacion/para-otra-persona/';



interface Scenario {
  name: string;
  answers: Record<string, string>;
  expectedOutcome: Outcome;
  expectedSafety: SafetyKind[];
}
const { scenarios } = JSON.parse(readFileSync('tests/fixtures/self-check-scenarios.json', 'utf8')) as { scenarios: Scenario[] };

async function answerAll(page: Page, answers: Record<string, string>): Promise<void> {
  for (const [questionId, answerId] of Object.entries(answers)) await page.locator(`#q-${questionId}-${answerId}`).check();
}

/** Pages in a PDF file: one "/Type /Page" object each ("/Type /Pages" is the tree that holds them). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
const printMargin = { top: '0.5in', right: '0.5in', bottom: '0.5in', left: '0.5in' };

test.describe('autoevaluación (Spanish self-check) with JavaScript', () => {
  test('a Spanish answer path reaches a Spanish result, with Spanish progress, notes and links', async ({ page }) => {
    await page.goto(self);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('h1')).toHaveText(selfWordsEs.title);
    await expect(page.locator('[data-progress]')).toHaveText(`0 de ${total} respondidas`);

    // The unanswered list speaks Spanish.
    await page.locator('#q-sedatives-some-days').check();
    await expect(page.locator('[data-progress]')).toHaveText(`1 de ${total} respondidas`);
    await page.getByRole('button', { name: 'Ver mi resultado' }).click();
    const missing = page.locator('[data-missing]');
    await expect(missing).toBeFocused();
    await expect(missing).toContainText('Falta terminar');
    await expect(missing.locator('li').first()).toHaveText(`Pregunta 2: ${selfCheckQuestionsEs[1]!.topic}`);

    // The notes in place under each question, in Spanish.
    const withdrawal = selfCheckQuestionsEs.find((q) => q.id === 'withdrawal')!;
    const details = page.locator('#q-withdrawal details');
    await expect(details.locator('summary')).toHaveText('Por qué preguntamos y qué significa cada respuesta');
    await details.locator('summary').click();
    await expect(details).toContainText(`Por qué preguntamos: ${withdrawal.why}`);
    await expect(details.locator('li').first()).toContainText(`${safetyLabelEs}. Indica más atención primero.`);

    await answerAll(page, iopAnswers);
    await page.getByRole('button', { name: 'Ver mi resultado' }).click();
    const heading = page.locator('#self-check-result-heading');
    await expect(heading).toBeFocused();
    await expect(heading).toHaveText(`Su resultado: ${outcomeTextsEs['iop-may-fit'].heading}`);
    const result = page.locator('[data-result]');
    await expect(result).toContainText(outcomeTextsEs['iop-may-fit'].summary[0]!);
    await expect(result.locator('[data-next] li')).toHaveText([...outcomeTextsEs['iop-may-fit'].next]);
    await expect(result.locator('[data-reasons] li').first()).toBeVisible();
    await expect(result).toContainText(selfWordsEs.notADiagnosis[0]!);
    // Every page the result sends the reader to is Spanish.
    const about = result.locator('.sc-about');
    for (const path of ['es/autoevaluacion/como-funciona/', 'es/niveles-de-atencion/', 'es/para-quien-es/', 'es/que-es-un-iop/', 'es/costos/']) {
      await expect(about.locator(`a[href="/${path}"]`), path).toBeVisible();
    }

    // A changed answer updates the result and says so, in Spanish.
    await page.locator('#q-home-use-at-home').check();
    await expect(heading).toHaveText(`Su resultado: ${outcomeTextsEs['more-intensive-first'].heading}`);
    await expect(page.locator('[data-result-status]')).toHaveText(`Su resultado cambió: ${outcomeTextsEs['more-intensive-first'].heading}.`);

    await page.getByRole('button', { name: 'Borrar mis respuestas' }).click();
    await expect(page.locator('[data-progress]')).toHaveText(`0 de ${total} respondidas`);
  });

  test('a danger answer shows Spanish help at once, with Spanish links, and first in the result', async ({ page }) => {
    await page.goto(self);
    await page.locator('#q-withdrawal-seizures').check();
    const now = page.locator('[data-safety-now="withdrawal"]');
    await expect(now).toContainText(`${safetyLabelEs}: ${safetyTextsEs.withdrawal.heading}`);
    await expect(now.locator('a[href="/es/para-quien-es/#por-que-la-abstinencia-necesita-atencion-medica"]')).toBeVisible();
    await expect(now).toContainText(selfWordsEs.keepAnswering);
    await page.locator('#q-opioids-using').check();
    await expect(page.locator('[data-safety-now="opioids"]')).toContainText(safetyTextsEs.naloxone.heading);
    await expect(page.locator(`[data-safety-now="opioids"] a[href="/${overdoseInfoPathEs}"]`)).toHaveCount(1);

    await answerAll(page, { ...iopAnswers, withdrawal: 'seizures', opioids: 'using' });
    await page.getByRole('button', { name: 'Ver mi resultado' }).click();
    const safety = page.locator('#self-check-safety-heading');
    await expect(safety).toBeFocused();
    await expect(safety).toHaveText(`Lea esto primero: ${selfWordsEs.safetyFor}`);
    await expect(page.locator('[data-safety-panel] .sc-lines')).toContainText('Para español, oprima 2');
    await expect(page.locator('#self-check-result-heading')).toHaveText(`Su resultado: ${outcomeTextsEs['more-intensive-first'].heading}`);
  });

  test('every realistic scenario gives its result and safety boxes in Spanish', async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto(self);
    for (const scenario of scenarios) {
      await page.getByRole('button', { name: 'Borrar mis respuestas' }).click();
      // 40 scenarios of 13 answers: set them in one step (as a click would), then let the form hear one change.
      await page.locator('self-check form').evaluate((form, answers) => {
        for (const [question, answer] of Object.entries(answers)) (form.querySelector(`#q-${question}-${answer}`) as HTMLInputElement).checked = true;
        form.dispatchEvent(new Event('change', { bubbles: true }));
      }, scenario.answers);
      await page.getByRole('button', { name: 'Ver mi resultado' }).click();
      await expect(page.locator('#self-check-result-heading'), scenario.name).toHaveText(`Su resultado: ${outcomeTextsEs[scenario.expectedOutcome].heading}`);
      const shown = await page.locator('[data-safety-kind]:not([hidden])').evaluateAll((parts) => parts.map((part) => (part as HTMLElement).dataset.safetyKind));
      expect(shown, scenario.name).toEqual(scenario.expectedSafety);
      for (const kind of scenario.expectedSafety) {
        await expect(page.locator(`[data-safety-kind="${kind}"] h3`), `${scenario.name}: ${kind}`).toContainText(safetyTextsEs[kind].heading);
      }
    }
  });

  test('answering for someone else: the answers come along, and the page speaks about the person in Spanish', async ({ page }) => {
    await page.goto(self);
    await page.locator('#q-sedatives-daily').check();
    await page.getByRole('link', { name: voiceChoiceEs.options.other, exact: true }).click();
    await expect(page).toHaveURL(/\/es\/autoevaluacion\/para-otra-persona\/$/);
    await expect(page.locator('#q-sedatives-daily')).toBeChecked();
    await expect(page.locator('[data-progress]')).toHaveText(`1 de ${total} respondidas`);
    await expect(page.locator('[data-safety-now="sedatives"]')).toContainText(otherWordsEs.safetyTexts.withdrawal.heading);

    await answerAll(page, { ...iopAnswers, sedatives: 'daily', 'self-harm': 'thoughts', 'lethal-means': 'gun' });
    await page.getByRole('button', { name: 'Ver mi resultado' }).click();
    await expect(page.locator('#self-check-safety-heading')).toHaveText(`Lea esto primero: ${otherWordsEs.safetyFor}`);
    await expect(page.locator('#self-check-result-heading')).toHaveText(`El resultado: ${otherWordsEs.outcomeTexts['urgent-help-first'].heading}`);
    await expect(page.locator('[data-result] a[href="/es/familias-y-adolescentes/"]')).toBeVisible();
    await page.locator('#q-self-harm details summary').click();
    await expect(page.locator('#q-self-harm details')).toContainText('Por qué preguntamos:');

    await page.getByRole('link', { name: voiceChoiceEs.options.self, exact: true }).click();
    await expect(page).toHaveURL(/\/es\/autoevaluacion\/$/);
    await expect(page.locator('#q-lethal-means-gun')).toBeChecked();
    await expect(page.locator('#self-check-result-heading')).toHaveText(`Su resultado: ${outcomeTextsEs['urgent-help-first'].heading}`);
  });
});

test.describe('autoevaluación without JavaScript', () => {
  test('every question, the crisis help, the rules and what each answer points to are readable in Spanish', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(self);
    await expect(page.locator('self-check fieldset')).toHaveCount(total);
    await expect(page.locator('#q-withdrawal legend')).toContainText(selfCheckQuestionsEs[1]!.question);
    const form = page.getByRole('form', { name: 'Preguntas de la autoevaluación' });
    await expect(form).toHaveAttribute('method', 'dialog');
    await expect(page.getByRole('button', { name: 'Ver mi resultado' })).toBeHidden();
    await expect(form.locator('noscript p')).toContainText('JavaScript está desactivado');
    await expect(form.locator('noscript a[href="/es/autoevaluacion/como-funciona/"]')).toBeVisible();

    const urgent = page.getByRole('complementary', { name: new RegExp(selfWordsEs.urgent.heading) });
    await expect(urgent.locator(`a[href="tel:${helpLine('emergency').dial}"]`)).toBeVisible();
    await expect(urgent.locator(`a[href="tel:${helpLine('crisis').dial}"]`)).toBeVisible();
    await expect(urgent).toContainText(crisisSpanishOption.charAt(0).toUpperCase() + crisisSpanishOption.slice(1));
    for (const note of Object.values(selfWordsEs.urgent.notes)) await expect(urgent).toContainText(note);
    await expect(page.locator('#como-funciona-la-autoevaluacion + p + ol li')).toHaveText([...ruleTextsEs]);

    await page.locator('#q-withdrawal').getByRole('link', { name: /Por qué preguntamos/ }).click();
    await expect(page).toHaveURL(/\/es\/autoevaluacion\/como-funciona\/#q-withdrawal$/);
    const section = page.locator('section', { has: page.locator('h2#q-withdrawal') });
    await expect(section.locator('h2')).toBeInViewport();
    await expect(section).toContainText('Indica más atención primero');
    await expect(section).toContainText(safetyLabelEs);
    await expect(page.locator('#seguridad-naloxone')).toContainText(safetyTextsEs.naloxone.heading);
    await expect(page.locator('#resultado-clinician-first')).toHaveText(outcomeTextsEs['clinician-first'].heading);
    await expect(page.locator('#como-se-suman-sus-respuestas + p + ol li')).toHaveCount(ruleTextsEs.length);
    await context.close();
  });
});

test.describe('autoevaluación on paper', () => {
  for (const path of [self, other]) {
    test(`the Spanish result prints as one page (Letter and A4), even with every danger answer (${path})`, async ({ page }) => {
      await page.goto(path);
      const words = path === self ? selfWordsEs : otherWordsEs;
      for (const answers of [iopAnswers, worstAnswers]) {
        await answerAll(page, answers);
        await page.getByRole('button', { name: 'Ver mi resultado' }).click();
        await expect(page.locator('#self-check-result-heading')).toContainText(words.resultLabel);
        for (const format of ['Letter', 'A4'] as const) {
          expect(pdfPages(await page.pdf({ format, margin: printMargin })), `${format} ${answers === worstAnswers ? 'worst case' : 'IOP case'}`).toBe(1);
        }
        await page.emulateMedia({ media: 'print' });
        const printedLines = page.locator('.sc-print-help, [data-safety-panel] .sc-lines').filter({ hasText: helpLine('crisis').display });
        await expect(printedLines.filter({ visible: true })).toHaveCount(1);
        await page.emulateMedia({ media: null });
      }
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('self-check form')).toBeHidden();
      const listed = page.locator('[data-print-answers] li');
      await expect(listed).toHaveCount(total);
      const plan = words.questions[5]!;
      await expect(listed.nth(5)).toHaveText(`${plan.topic}: ${plan.answers.find((a) => a.id === 'plan')!.label}`);
      await expect(page.locator('.sc-print-answers h3')).toHaveText(words.answersHeading);
      await expect(page.locator('.sc-print-help')).toContainText(`llame o envíe un mensaje de texto al ${helpLine('crisis').display}`);
      await expect(page.locator('.sc-print-help')).toBeVisible();
      await expect(page.locator('.sc-print-help')).toContainText('para español, oprima 2');
      await page.emulateMedia({ media: 'screen' });

      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      await page.getByRole('button', { name: 'Imprimir o guardar como PDF' }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      await expect(page.locator('.sc-save')).toContainText('Guardar como PDF');
    });
  }
});
