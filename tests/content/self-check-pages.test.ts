// The two self-check pages over the BUILT site (run `npm run build` first): the explanations page answers for every
// question and answer in src/data/self-check.ts, and each question on /self-check/ leads to its own section there.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { helpLine } from '../../src/data/crisis.ts';
import {
  outcomeOrder,
  outcomeTexts,
  overdoseInfoPath,
  ruleTexts,
  safetyOrder,
  safetyTexts,
  selfCheckQuestions,
  urgentHeading,
  urgentNotes,
} from '../../src/lib/self-check-content.ts';
import { answerNote, describeAnswer } from '../../src/lib/self-check.ts';
import { otherWords } from '../../src/lib/self-check-other.ts';
import { familyLinks } from '../../src/lib/self-check-words.ts';
import { builtPage, distDir, text } from './dist.ts';

const selfCheck = builtPage('/self-check/');
const explanations = builtPage('/self-check/how-it-works/');

/** The section of the explanations page that a #fragment lands in: the heading with that id and its section. */
function sectionFor(id: string): HTMLElement | null {
  const heading = explanations.getElementById(id);
  return heading?.parentNode?.tagName === 'SECTION' ? heading.parentNode : null;
}

/** Leaves out what a reader without JavaScript never sees: templates, noscript fallbacks, hidden parts. */
function alwaysShown(root: HTMLElement): string {
  const copy = root.clone() as HTMLElement;
  for (const element of copy.querySelectorAll('template, [hidden]')) element.remove();
  return text(copy);
}

describe('How the self-check decides (/self-check/how-it-works/)', () => {
  const main = explanations.querySelector('main')!;

  it('has a title, and links back to the self-check', () => {
    expect(text(main.querySelector('h1'))).toBe('How the self-check decides');
    expect(main.querySelectorAll('a').some((link) => /\/self-check\/$/.test(link.getAttribute('href') ?? ''))).toBe(true);
  });

  it('has one section per question, in order, and no other question sections', () => {
    const headings = main.querySelectorAll('section > h2[id]').map((heading) => heading.id);
    const questionSections = headings.filter((id) => id.startsWith('q-'));
    expect(questionSections).toEqual(selfCheckQuestions.map((question) => `q-${question.id}`));
    expect(headings).toEqual([...questionSections, 'safety-boxes', 'results', 'how-your-answers-add-up']);
  });

  for (const [index, question] of selfCheckQuestions.entries()) {
    it(`question ${index + 1} (${question.id}): the question, why we ask it, its area, and every answer with where it points`, () => {
      const link = selfCheck.querySelector(`fieldset#q-${question.id}`)?.querySelector('a[href*="how-it-works"]');
      const fragment = new URL(link?.getAttribute('href') ?? '', 'https://site.test/self-check/').hash.slice(1);
      const section = sectionFor(fragment);
      expect(section, `#${fragment}`).not.toBeNull();
      const words = text(section);
      expect(words).toContain(`Question ${index + 1}: ${question.topic}`);
      expect(words).toContain(question.question);
      expect(words).toContain(question.why);
      expect(words).toContain(question.dimension);

      const items = section!.querySelectorAll('li');
      expect(items).toHaveLength(question.answers.length);
      question.answers.forEach((answer, position) => {
        const item = text(items[position]);
        expect(item, answer.id).toBe(`${answer.label} ${answerNote(answer)}`);
        const note = describeAnswer(answer);
        if (note.level) expect(items[position]!.querySelector('span')?.textContent, answer.id).toBe(`${note.level}.`);
        if (answer.escalation) expect(items[position]!.querySelector('em'), answer.id).not.toBeNull();
      });
    });
  }
});

describe('How the self-check decides: safety boxes and results, shown without JavaScript', () => {
  const main = explanations.querySelector('main')!;

  it('shows every safety box in full, with its heading, its bullets and the answers that show it', () => {
    const shown = alwaysShown(main);
    for (const kind of safetyOrder) {
      const heading = explanations.getElementById(`safety-${kind}`);
      expect(heading, kind).not.toBeNull();
      expect(text(heading), kind).toContain(safetyTexts[kind].heading);
      const box = heading!.parentNode!;
      expect(box.querySelector('ul')!.querySelectorAll('li').length, kind).toBe(safetyTexts[kind].points.length);
      expect(box.querySelectorAll('ul.sc-sources > li').length, kind).toBeGreaterThan(0);
      for (const point of safetyTexts[kind].points) expect(text(box), kind).toContain(point);
      expect(text(box), kind).toContain('Shown when you choose:');
      expect(shown, kind).toContain(safetyTexts[kind].heading);
    }
    expect(text(explanations.getElementById('safety-naloxone')?.parentNode)).toMatch(/without a prescription/);
    expect(text(explanations.getElementById('safety-lethal-means')?.parentNode)).toMatch(/Lock up any gun/);
  });

  it('shows every result, with what to do next', () => {
    for (const outcome of outcomeOrder) {
      const heading = explanations.getElementById(`result-${outcome}`);
      expect(text(heading), outcome).toBe(outcomeTexts[outcome].heading);
      for (const line of [...outcomeTexts[outcome].summary, ...outcomeTexts[outcome].next]) expect(text(heading!.parentNode), outcome).toContain(line);
    }
  });

  it('prints the rules, in order', () => {
    const rules = explanations.querySelectorAll('ol.sc-rules li').map((item) => text(item));
    expect(rules).toEqual([...ruleTexts]);
  });
});

describe('the self-check (/self-check/)', () => {
  it('gives each question a link to its own section of the explanations page', () => {
    for (const question of selfCheckQuestions) {
      const links = selfCheck.querySelectorAll(`fieldset#q-${question.id} a`);
      expect(links, question.id).toHaveLength(1);
      const url = new URL(links[0]!.getAttribute('href')!, 'https://site.test/self-check/');
      expect(url.pathname, question.id).toMatch(/\/self-check\/how-it-works\/$/);
      expect(text(sectionFor(url.hash.slice(1))), question.id).toContain(question.question);
    }
  });

  it('links to the explanations page from the introduction and from the no-JavaScript note', () => {
    const main = selfCheck.querySelector('main')!;
    expect(main.querySelector('.sc-intro a[href$="/self-check/how-it-works/"]')).not.toBeNull();
    expect(main.querySelector('noscript')?.innerHTML).toMatch(/href="[^"]*\/self-check\/how-it-works\/"/);
  });

  it('shows crisis help (911, 988, lethal means, sedatives, naloxone) in the page itself, before the first question, in at most 5 bullets', () => {
    const main = selfCheck.querySelector('main')!;
    const before = main.innerHTML.slice(0, main.innerHTML.indexOf('<fieldset'));
    for (const line of [helpLine('emergency'), helpLine('crisis')]) expect(before).toContain(`href="tel:${line.dial}"`);
    expect(before).toContain(`href="/${overdoseInfoPath}"`);
    const shown = alwaysShown(main);
    expect(shown).toContain(urgentHeading);
    for (const note of Object.values(urgentNotes)) {
      expect(before).toContain(note);
      expect(shown).toContain(note);
    }
    expect(shown).not.toMatch(/benzodiazepines or opioids/);
    const box = main.querySelector('aside.callout')!;
    expect(box.querySelectorAll('li').length).toBeLessThanOrEqual(5);
  });

  it('has each safety box in its HTML once (the script copies it under a question), and a live region under each question that can show one', () => {
    for (const kind of safetyOrder) expect(selfCheck.querySelectorAll(`[data-safety-kind="${kind}"]`), kind).toHaveLength(1);
    const withBoxes = selfCheckQuestions.filter((question) => question.answers.some((answer) => answer.safety || answer.escalation));
    expect(selfCheck.querySelectorAll('[data-safety-now]').map((box) => box.getAttribute('data-safety-now'))).toEqual(withBoxes.map((q) => q.id));
  });

  // Budget: ARCHITECTURE.md budgets the frame, never the writing ("a page that needs more words to be safe gets
  // them"). 13 questions with their answers and 9 safety boxes need about 6.1 kB; the cap keeps room for a little more.
  it('keeps its <main> within 6.5 kB gzipped, with no scoped-style attributes from the self-check parts', () => {
    const html = readFileSync(join(distDir, 'self-check', 'index.html'), 'utf8');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>') + '</main>'.length);
    const cost = gzipSync(html, { level: 9 }).length - gzipSync(html.replace(main, ''), { level: 9 }).length;
    expect(cost).toBeLessThanOrEqual(6500);
    for (const element of selfCheck.querySelectorAll('self-check, self-check *, .sc-page, .sc-page *')) {
      const scoped = Object.keys(element.attributes).filter((name) => name.startsWith('data-astro-cid'));
      expect(scoped, `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`).toEqual([]);
    }
  });
});

describe('the self-check for someone else (/self-check/for-someone-else/)', () => {
  const other = builtPage('/self-check/for-someone-else/');
  const main = other.querySelector('main')!;

  it('asks every question about them, in order, with the same answer ids as /self-check/', () => {
    const legends = main.querySelectorAll('fieldset legend').map((legend) => text(legend));
    expect(legends).toHaveLength(otherWords.questions.length);
    otherWords.questions.forEach((question, index) => {
      expect(legends[index], question.id).toContain(question.question);
      const values = main.querySelectorAll(`fieldset#q-${question.id} input`).map((input) => input.getAttribute('value'));
      expect(values, question.id).toEqual(selfCheckQuestions[index]!.answers.map((answer) => answer.id));
      for (const answer of question.answers) expect(text(main.querySelector(`fieldset#q-${question.id}`)), answer.id).toContain(answer.label);
    });
  });

  it('shows crisis help about them before the first question, and links to the families guide by its real sections', () => {
    const before = main.innerHTML.slice(0, main.innerHTML.indexOf('<fieldset'));
    expect(before).toContain(otherWords.urgent.heading);
    for (const note of Object.values(otherWords.urgent.notes)) expect(before).toContain(note);
    for (const line of [helpLine('emergency'), helpLine('crisis')]) expect(before).toContain(`href="tel:${line.dial}"`);
    const families = builtPage('/families-and-teens/');
    for (const link of familyLinks('/')) {
      expect(main.querySelector(`a[href="${link.href}"]`), link.href).not.toBeNull();
      expect(families.getElementById(link.href.split('#')[1]!), link.href).not.toBeNull();
    }
  });

  it('has its safety boxes in the third person, and lets the reader switch pages as plain links', () => {
    for (const kind of safetyOrder) expect(text(main.querySelector(`[data-safety-kind="${kind}"]`)), kind).toContain(otherWords.safetyTexts[kind].heading);
    expect(main.querySelector('self-check')?.getAttribute('data-voice')).toBe('other');
    expect(main.querySelector('.sc-voice a[aria-current="page"]')?.getAttribute('href')).toBe('/self-check/for-someone-else/');
    expect(selfCheck.querySelector('.sc-voice a[aria-current="page"]')?.getAttribute('href')).toBe('/self-check/');
    expect(selfCheck.querySelector('.sc-voice a[data-voice-link="other"]')?.getAttribute('href')).toBe('/self-check/for-someone-else/');
    expect(text(main.querySelector('#self-check-result-heading'))).toMatch(/^The result:/);
  });

  it('keeps its <main> within 7 kB gzipped (the /self-check/ budget plus the families guide)', () => {
    const html = readFileSync(join(distDir, 'self-check', 'for-someone-else', 'index.html'), 'utf8');
    const part = html.slice(html.indexOf('<main'), html.indexOf('</main>') + '</main>'.length);
    expect(gzipSync(html, { level: 9 }).length - gzipSync(html.replace(part, ''), { level: 9 }).length).toBeLessThanOrEqual(7000);
  });
});
