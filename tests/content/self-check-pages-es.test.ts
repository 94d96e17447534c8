// The Spanish self-check over the BUILT site (OUT_DIR picks the folder): /es/autoevaluacion/, its page for someone
// else and "Cómo decide la autoevaluación". Everything a reader needs without JavaScript is there in Spanish, each
// page reads plainly (INFLESZ ≥ 65, no avoided word) and links only inside the Spanish edition, to sections that exist.
import type { HTMLElement, Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { helpLine } from '../../src/data/crisis.ts';
import { spanishAvoidWordProblems } from '../../src/lib/avoid-words-es.ts';
import { INFLESZ_FAIRLY_EASY, spanishReadability } from '../../src/lib/readability-es.ts';
import { outcomeOrder, safetyOrder, selfCheckQuestions } from '../../src/lib/self-check-content.ts';
import {
  answerNoteEs,
  crisisSpanishOption,
  outcomeTextsEs,
  overdoseInfoPathEs,
  ruleTextsEs,
  safetyTextsEs,
  selfCheckQuestionsEs,
} from '../../src/lib/self-check-content-es.ts';
import { otherWordsEs } from '../../src/lib/self-check-other-es.ts';
import { familyLinksEs, selfWordsEs } from '../../src/lib/self-check-words-es.ts';
import { builtPage, text } from './dist.ts';
import { deploySettings } from './social-meta.ts';

const { basePath } = deploySettings();
const routes = ['/es/autoevaluacion/', '/es/autoevaluacion/para-otra-persona/', '/es/autoevaluacion/como-funciona/'] as const;
const page = (route: string) => builtPage(route.slice(1));

const BLOCK = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'DIV', 'SECTION', 'UL', 'OL', 'LEGEND', 'LABEL', 'FIELDSET', 'ASIDE']);

/** What a reader without JavaScript reads in <main>, one block per line: no templates, hidden parts or noscript twins. */
function shownProse(root: HTMLElement): string {
  const walk = (node: Node): string => {
    if (node.nodeType === 3) return node.textContent;
    const element = node as HTMLElement;
    if (['TEMPLATE', 'SCRIPT', 'STYLE'].includes(element.tagName) || element.hasAttribute?.('hidden')) return '';
    const inner = element.childNodes.map(walk).join('');
    return BLOCK.has(element.tagName) ? `\n${inner}\n` : inner;
  };
  return walk(root.querySelector('main')!)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Every link in <main> that stays on the site, as a path without the base path. */
function internalLinks(root: HTMLElement, route: string): string[] {
  return root
    .querySelectorAll('main a[href], main noscript')
    .flatMap((element) =>
      element.tagName === 'NOSCRIPT' ? [...element.innerHTML.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!) : [element.getAttribute('href')!],
    )
    .map((href) => (href.startsWith('#') ? `${route}${href}` : href))
    .filter((href) => href.startsWith('/'))
    .map((href) => `/${href.slice(basePath.length)}`);
}

describe('the Spanish self-check pages', () => {
  for (const route of routes) {
    describe(route, () => {
      it(`reads fairly easily (INFLESZ ≥ ${INFLESZ_FAIRLY_EASY}) and uses no avoided word`, () => {
        const prose = shownProse(page(route));
        const { score, words, sentences } = spanishReadability(prose);
        console.log(`  ${route}: INFLESZ ${score.toFixed(1)} (${words} words, ${sentences} sentences)`);
        expect(score).toBeGreaterThanOrEqual(INFLESZ_FAIRLY_EASY);
        expect(spanishAvoidWordProblems(prose)).toEqual([]);
      });

      it('is in Spanish, and links only inside the Spanish edition, to sections that exist', () => {
        const root = page(route);
        expect(root.querySelector('html')!.getAttribute('lang')).toBe('es');
        const prose = shownProse(root);
        for (const english of ['Question', 'Why we ask', 'See my result', 'What you can do next', 'Read this first', 'Get help now']) {
          expect(prose, english).not.toContain(english);
        }
        const links = internalLinks(root, route);
        expect(links.length).toBeGreaterThan(0);
        for (const link of links) {
          expect(link, `${route} links to ${link}`).toMatch(/^\/es\//);
          const [path, id] = link.split('#');
          const target = page(path!);
          if (id) expect(target.getElementById(id), `${link}: no element with that id`).not.toBeNull();
        }
      });
    });
  }
});

describe('/es/autoevaluacion/ without JavaScript', () => {
  const root = page('/es/autoevaluacion/');
  const main = root.querySelector('main')!;

  it('asks every question in Spanish, with the same answer ids as the English page', () => {
    const legends = main.querySelectorAll('fieldset legend').map((legend) => text(legend));
    expect(legends).toHaveLength(selfCheckQuestionsEs.length);
    selfCheckQuestionsEs.forEach((question, index) => {
      expect(legends[index], question.id).toBe(`Pregunta ${index + 1} de ${selfCheckQuestionsEs.length}: ${question.topic} ${question.question}`);
      const values = main.querySelectorAll(`fieldset#q-${question.id} input`).map((input) => input.getAttribute('value'));
      expect(values, question.id).toEqual(selfCheckQuestions[index]!.answers.map((answer) => answer.id));
      const link = main.querySelector(`fieldset#q-${question.id} > a`)!;
      expect(link.getAttribute('href'), question.id).toBe(`${basePath}es/autoevaluacion/como-funciona/#q-${question.id}`);
    });
  });

  it('shows crisis help in Spanish before the first question, with 988 in Spanish, in at most 5 bullets', () => {
    const before = main.innerHTML.slice(0, main.innerHTML.indexOf('<fieldset'));
    for (const line of [helpLine('emergency'), helpLine('crisis')]) expect(before).toContain(`href="tel:${line.dial}"`);
    expect(before).toContain(`href="${basePath}${overdoseInfoPathEs}"`);
    const box = main.querySelector('aside.callout')!;
    expect(text(box)).toContain(selfWordsEs.urgent.heading);
    expect(text(box).toLowerCase()).toContain(crisisSpanishOption.toLowerCase());
    for (const note of Object.values(selfWordsEs.urgent.notes)) expect(text(box)).toContain(note);
    expect(box.querySelectorAll('li').length).toBeLessThanOrEqual(5);
  });

  it('says in Spanish what to do when JavaScript is off, and prints the rules to work a result out by hand', () => {
    expect(main.querySelector('noscript')?.innerHTML).toMatch(/JavaScript está desactivado/);
    expect(main.querySelectorAll('ol.sc-rules li').map((item) => text(item))).toEqual([...ruleTextsEs]);
  });

  it('tells the script to load the Spanish words, and holds each Spanish safety box once', () => {
    expect(main.querySelector('self-check')?.getAttribute('data-lang')).toBe('es');
    for (const kind of safetyOrder) {
      expect(main.querySelectorAll(`[data-safety-kind="${kind}"]`), kind).toHaveLength(1);
      expect(text(main.querySelector(`[data-safety-kind="${kind}"]`)), kind).toContain(safetyTextsEs[kind].heading);
    }
    expect(text(main.querySelector('#self-check-result-heading'))).toMatch(/^Su resultado:/);
  });
});

describe('/es/autoevaluacion/para-otra-persona/', () => {
  const main = page('/es/autoevaluacion/para-otra-persona/').querySelector('main')!;

  it('asks about the person, links to the Spanish family guide by its sections, and marks its own page in the choice', () => {
    const legends = main.querySelectorAll('fieldset legend').map((legend) => text(legend));
    otherWordsEs.questions.forEach((question, index) => expect(legends[index], question.id).toContain(question.question));
    for (const link of familyLinksEs(basePath)) expect(main.querySelector(`a[href="${link.href}"]`), link.href).not.toBeNull();
    expect(main.querySelector('self-check')?.getAttribute('data-voice')).toBe('other');
    expect(main.querySelector('.sc-voice a[aria-current="page"]')?.getAttribute('href')).toBe(`${basePath}es/autoevaluacion/para-otra-persona/`);
    expect(main.querySelector('.sc-voice a[data-voice-link="self"]')?.getAttribute('href')).toBe(`${basePath}es/autoevaluacion/`);
    expect(text(main.querySelector('#self-check-result-heading'))).toMatch(/^El resultado:/);
  });
});

describe('/es/autoevaluacion/como-funciona/ (how the self-check decides, in Spanish)', () => {
  const main = page('/es/autoevaluacion/como-funciona/').querySelector('main')!;

  it('has one section per question, in order, with every answer and what it points to', () => {
    selfCheckQuestionsEs.forEach((question, index) => {
      const section = main.querySelector(`#q-${question.id}`)?.parentNode;
      expect(text(section), question.id).toContain(`Pregunta ${index + 1}: ${question.topic}`);
      expect(text(section), question.id).toContain(question.why);
      const items = section!.querySelectorAll('li');
      question.answers.forEach((answer, position) => expect(text(items[position]), answer.id).toBe(`${answer.label} ${answerNoteEs(answer)}`));
    });
  });

  it('shows every safety box and every result in full', () => {
    for (const kind of safetyOrder) {
      const box = main.querySelector(`#seguridad-${kind}`)?.parentNode;
      for (const point of safetyTextsEs[kind].points) expect(text(box), kind).toContain(point);
    }
    for (const outcome of outcomeOrder) {
      const result = main.querySelector(`#resultado-${outcome}`);
      expect(text(result), outcome).toBe(outcomeTextsEs[outcome].heading);
      for (const line of outcomeTextsEs[outcome].next) expect(text(result!.parentNode), outcome).toContain(line);
    }
  });
});
