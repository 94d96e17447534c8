import type { Outcome, QuestionId, SafetyKind } from '../../lib/self-check-content.ts';
import {
  assessAnswers,
  questionAnchor,
  questionSafety,
  savedState,
  stateToSave,
  unansweredQuestions,
  type Answers,
  type Assessment,
  type SavedSelfCheck,
} from '../../lib/self-check.ts';
import { selfCheckPhrases, type SelfCheckPhrases } from '../../lib/self-check-phrases.ts';
import { selfWords, type SelfCheckWords, type Voice } from '../../lib/self-check-words.ts';

/** The key of the one-time hand-over of answers to the other voice's page (see #carryAnswers). */
const HANDOVER = 'self-check-handover';

/** A new element holding plain text: the data's words never go in as HTML. */
function make(tag: string, text = ''): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

/** Lets the browser handle input and paint before the next piece of work. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Reads the radio buttons, shows help the moment a danger answer is chosen, and shows the result. Answers live in
 * the form and in this tab's history entry (so Back brings them back): nothing is sent, and no cookies or web storage
 * keep them (the one exception, a hand-over to the other voice's page, is read and removed at once).
 */
class SelfCheckElement extends HTMLElement {
  #form!: HTMLFormElement;
  #result!: HTMLElement;
  /** The outcome on screen, if any. */
  #shown: Outcome | null = null;
  /** The page's words: the first person, or the third person loaded on the page for someone else. */
  #words: SelfCheckWords = selfWords;
  /** The script's own phrases, in the page's language. */
  #say: SelfCheckPhrases = selfCheckPhrases;

  connectedCallback(): void {
    void this.#start();
  }

  async #start(): Promise<void> {
    // The third-person words and the Spanish words are chunks of their own, loaded only by the page that needs them:
    // /self-check/ never downloads them. The page says which it is in data-voice and data-lang.
    if (this.dataset.lang === 'es') {
      const spanish = await (await import('./self-check-spanish.ts')).spanishWords(this.dataset.voice as Voice);
      this.#say = spanish.say;
      this.#words = spanish.words;
    } else if (this.dataset.voice === 'other') this.#words = (await import('../../lib/self-check-other.ts')).otherWords;
    this.#form = this.querySelector('form')!;
    this.#result = this.querySelector<HTMLElement>('[data-result]')!;
    this.#form.addEventListener('change', () => this.#update());
    // With method="dialog" a submitted form goes nowhere; here submitting, or Enter on an answer, shows the result.
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#showResult();
    });
    this.#form.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || !(event.target as Element).matches('input[type="radio"]')) return;
      event.preventDefault();
      this.#showResult();
    });
    this.#form.addEventListener('reset', () => setTimeout(() => this.#clear()));
    this.addEventListener('click', (event) => {
      const voiceLink = (event.target as Element).closest<HTMLAnchorElement>('a[data-voice-link]');
      if (voiceLink) {
        this.#carryAnswers();
        return;
      }
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-focus-question], a[data-change-answers]');
      if (!link) return;
      event.preventDefault();
      this.#focusQuestion(link.hash.slice(1));
    });
    this.#restore();
    this.#update();
    void this.#explainInPlace();
  }

  /**
   * Puts back the answers this tab had here before (Back, Forward, a reload), or the ones carried over from the other
   * voice's page, and the result if it was showing. Focus stays where the browser puts it.
   */
  #restore(): void {
    let handedOver: unknown = null;
    try {
      handedOver = JSON.parse(sessionStorage.getItem(HANDOVER) ?? 'null');
      sessionStorage.removeItem(HANDOVER);
    } catch {
      // Storage can be blocked; then nothing was handed over.
    }
    const saved = savedState((history.state as { selfCheck?: unknown } | null)?.selfCheck, this.#words.questions) ?? savedState(handedOver, this.#words.questions);
    if (!saved) return;
    for (const [question, answer] of Object.entries(saved.answers)) {
      const input = this.querySelector<HTMLInputElement>(`#${questionAnchor(question as QuestionId)}-${answer}`);
      if (input) input.checked = true;
    }
    if (saved.result) this.#render(assessAnswers(this.#answers(), this.#words.questions));
    this.#save();
  }

  /** Keeps the answers in this tab's history entry, so Back brings them back; the address does not change. */
  #save(): void {
    const state: SavedSelfCheck = stateToSave(this.#answers(), !this.#result.hidden, this.#words.questions);
    history.replaceState({ ...(history.state as object | null), selfCheck: state }, '');
  }

  /**
   * Moving to the other voice's page keeps the answers: they are handed over in this tab's session storage, which
   * the other page reads and empties as it opens. Nothing leaves the browser.
   */
  #carryAnswers(): void {
    const state = stateToSave(this.#answers(), !this.#result.hidden, this.#words.questions);
    if (Object.keys(state.answers).length === 0) return;
    try {
      sessionStorage.setItem(HANDOVER, JSON.stringify(state));
    } catch {
      // Storage can be blocked: the other page then starts empty, as it would without JavaScript.
    }
  }

  /**
   * Under each question, the link to "How the self-check decides" becomes a disclosure with the same words, built
   * from the data this script already carries: the HTML stays short, and a reader need not leave the form (which
   * would lose the answers) to read why we ask and what each answer points to. One line for one line, so nothing
   * on the page moves when it appears. One question per task, after the form works: a slow phone keeps answering
   * taps while the notes are built, instead of freezing for the whole set.
   */
  async #explainInPlace(): Promise<void> {
    const { questions, safetyTexts } = this.#words;
    for (const question of questions) {
      await nextTask();
      const link = this.querySelector(`#${questionAnchor(question.id)} > a`);
      if (!link) continue;
      const why = make('p');
      why.append(make('strong', this.#say.whyWeAsk), ` ${question.why}`);
      const list = make('ul');
      list.className = 'sc-answers';
      for (const answer of question.answers) {
        const item = make('li');
        item.append(make('strong', answer.label), ` ${this.#say.note(answer, safetyTexts)}`);
        list.append(item);
      }
      const details = make('details');
      details.append(make('summary', link.textContent ?? ''), why, list);
      link.replaceWith(details);
    }
  }

  #answers(): Answers {
    const answers: Record<string, string> = {};
    for (const [name, value] of new FormData(this.#form)) if (typeof value === 'string') answers[name] = value;
    return answers;
  }

  #update(): void {
    const answers = this.#answers();
    const total = Number(this.dataset.total);
    const answered = total - unansweredQuestions(answers, this.#words.questions).length;
    this.querySelector('[data-progress]')!.textContent = this.#say.answered(answered, total);
    this.querySelector<HTMLProgressElement>('[data-progress-bar]')!.value = answered;
    if (answered === total) this.querySelector<HTMLElement>('[data-missing]')!.hidden = true;

    // Help under the question, at once: the box is a live region, so filling it is announced. Its words are copied
    // from the safety panel's parts, so each box is in the HTML once.
    for (const box of this.querySelectorAll<HTMLElement>('[data-safety-now]')) {
      const kinds = questionSafety(box.dataset.safetyNow!, answers, this.#words.questions);
      if (box.dataset.kinds === kinds.join(' ')) continue;
      box.dataset.kinds = kinds.join(' ');
      box.replaceChildren();
      if (kinds.length === 0) continue;
      const help = make('div');
      help.className = 'sc-safety sc-safety-now';
      for (const kind of kinds) {
        const part = this.querySelector(`[data-safety-kind="${kind}"]`)!.cloneNode(true) as HTMLElement;
        const heading = part.querySelector('h3')!;
        const title = make('p');
        title.className = 'sc-now-title';
        title.append(...heading.childNodes);
        heading.replaceWith(title);
        help.append(...part.childNodes);
      }
      // Two opioid boxes point to the same page: keep one "Read more" line for it.
      const seen = new Set<string>();
      for (const link of help.querySelectorAll<HTMLAnchorElement>('p > a')) {
        if (seen.has(link.href)) link.parentElement!.remove();
        seen.add(link.href);
      }
      help.append(this.querySelector<HTMLTemplateElement>('template[data-safety-footer]')!.content.cloneNode(true));
      box.append(help);
    }

    // A result already on screen follows changed answers; focus stays put and a status line says what changed.
    if (!this.#result.hidden && answered === total) {
      const before = this.#shown;
      const assessment = assessAnswers(answers, this.#words.questions);
      this.#render(assessment);
      if (assessment.outcome !== before) {
        this.querySelector('[data-result-status]')!.textContent = this.#say.changed(this.#words.resultLabel, this.#words.outcomeTexts[assessment.outcome].heading);
      }
    }
    this.#save();
  }

  #showResult(): void {
    const answers = this.#answers();
    const questions = this.#words.questions;
    const missing = unansweredQuestions(answers, questions);
    const missingBox = this.querySelector<HTMLElement>('[data-missing]')!;
    if (missing.length > 0) {
      const list = this.querySelector('[data-missing-list]')!;
      list.replaceChildren(
        ...missing.map((question) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = `#${questionAnchor(question.id)}`;
          link.dataset.focusQuestion = '';
          const number = questions.indexOf(question) + 1;
          link.textContent = this.#say.question(number, question.topic);
          item.append(link);
          return item;
        }),
      );
      missingBox.hidden = false;
      missingBox.focus();
      return;
    }
    missingBox.hidden = true;
    const assessment = assessAnswers(answers, questions);
    this.#render(assessment);
    this.#save();
    const heading = assessment.safety ? '#self-check-safety-heading' : '#self-check-result-heading';
    this.querySelector<HTMLElement>(heading)!.focus();
  }

  #render({ outcome, reasons, safety }: Assessment): void {
    this.#shown = outcome;
    this.querySelector<HTMLElement>('[data-safety-panel]')!.hidden = !safety;
    for (const part of this.querySelectorAll<HTMLElement>('[data-safety-kind]')) {
      part.hidden = !safety?.includes(part.dataset.safetyKind as SafetyKind);
    }
    // The result's own words come from the data in this script: only a reader with JavaScript ever sees them.
    const text = this.#words.outcomeTexts[outcome];
    this.querySelector('[data-result-title]')!.textContent = text.heading;
    this.#fill('[data-summary]', 'p', text.summary);
    this.#fill('[data-next]', 'li', text.next);
    this.#fill('[data-reasons]', 'li', reasons);
    this.querySelector<HTMLElement>('[data-reasons-block]')!.hidden = reasons.length === 0;
    // The printout has no form: it lists each question with the answer chosen.
    const answers = this.#answers();
    this.querySelector('[data-print-answers]')!.replaceChildren(
      ...this.#words.questions.map((question) => {
        const item = make('li');
        const answer = question.answers.find((candidate) => candidate.id === answers[question.id]);
        item.append(make('strong', `${question.topic}:`), ` ${answer?.label ?? ''}`);
        return item;
      }),
    );
    this.#result.hidden = false;
    this.toggleAttribute('data-result-shown', true);
  }

  #fill(selector: string, tag: 'p' | 'li', lines: readonly string[]): void {
    this.querySelector(selector)!.replaceChildren(...lines.map((line) => make(tag, line)));
  }

  #clear(): void {
    this.#result.hidden = true;
    this.toggleAttribute('data-result-shown', false);
    this.#shown = null;
    this.querySelector('[data-result-status]')!.textContent = '';
    this.querySelector<HTMLElement>('[data-missing]')!.hidden = true;
    this.#update();
  }

  #focusQuestion(id: string): void {
    const fieldset = this.querySelector<HTMLElement>(`[id="${id}"]`);
    const input = fieldset?.querySelector<HTMLInputElement>('input:checked') ?? fieldset?.querySelector<HTMLInputElement>('input');
    input?.focus();
  }
}

if (!customElements.get('self-check')) customElements.define('self-check', SelfCheckElement);
