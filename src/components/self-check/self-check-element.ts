import { outcomeTexts, selfCheckQuestions, type Outcome, type SafetyKind } from '../../lib/self-check-content.ts';
import {
  answerNote,
  assessAnswers,
  questionAnchor,
  questionSafety,
  unansweredQuestions,
  type Answers,
  type Assessment,
} from '../../lib/self-check.ts';

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
 * Reads the radio buttons, shows help the moment a danger answer is chosen, and shows the result. Answers live
 * only in the form on this page: nothing is stored (no cookies or web storage) and nothing is sent.
 */
class SelfCheckElement extends HTMLElement {
  #form!: HTMLFormElement;
  #result!: HTMLElement;
  /** The outcome on screen, if any. */
  #shown: Outcome | null = null;

  connectedCallback(): void {
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
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-focus-question], a[data-change-answers]');
      if (!link) return;
      event.preventDefault();
      this.#focusQuestion(link.hash.slice(1));
    });
    this.#update();
    void this.#explainInPlace();
  }

  /**
   * Under each question, the link to "How the self-check decides" becomes a disclosure with the same words, built
   * from the data this script already carries: the HTML stays short, and a reader need not leave the form (which
   * would lose the answers) to read why we ask and what each answer points to. One line for one line, so nothing
   * on the page moves when it appears. One question per task, after the form works: a slow phone keeps answering
   * taps while the notes are built, instead of freezing for the whole set.
   */
  async #explainInPlace(): Promise<void> {
    for (const question of selfCheckQuestions) {
      await nextTask();
      const link = this.querySelector(`#${questionAnchor(question.id)} > a`);
      if (!link) continue;
      const why = make('p');
      why.append(make('strong', 'Why we ask:'), ` ${question.why}`);
      const list = make('ul');
      list.className = 'sc-answers';
      for (const answer of question.answers) {
        const item = make('li');
        item.append(make('strong', answer.label), ` ${answerNote(answer)}`);
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
    const answered = total - unansweredQuestions(answers).length;
    this.querySelector('[data-progress]')!.textContent = `${answered} of ${total} answered`;
    this.querySelector<HTMLProgressElement>('[data-progress-bar]')!.value = answered;
    if (answered === total) this.querySelector<HTMLElement>('[data-missing]')!.hidden = true;

    // Help under the question, at once: the box is a live region, so filling it is announced. Its words are copied
    // from the safety panel's parts, so each box is in the HTML once.
    for (const box of this.querySelectorAll<HTMLElement>('[data-safety-now]')) {
      const kinds = questionSafety(box.dataset.safetyNow!, answers);
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
      const assessment = assessAnswers(answers);
      this.#render(assessment);
      if (assessment.outcome !== before) {
        this.querySelector('[data-result-status]')!.textContent = `Your result changed: ${outcomeTexts[assessment.outcome].heading}.`;
      }
    }
  }

  #showResult(): void {
    const answers = this.#answers();
    const missing = unansweredQuestions(answers);
    const missingBox = this.querySelector<HTMLElement>('[data-missing]')!;
    if (missing.length > 0) {
      const list = this.querySelector('[data-missing-list]')!;
      list.replaceChildren(
        ...missing.map((question) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = `#${questionAnchor(question.id)}`;
          link.dataset.focusQuestion = '';
          const number = selfCheckQuestions.indexOf(question) + 1;
          link.textContent = `Question ${number}: ${question.topic}`;
          item.append(link);
          return item;
        }),
      );
      missingBox.hidden = false;
      missingBox.focus();
      return;
    }
    missingBox.hidden = true;
    const assessment = assessAnswers(answers);
    this.#render(assessment);
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
    const text = outcomeTexts[outcome];
    this.querySelector('[data-result-title]')!.textContent = text.heading;
    this.#fill('[data-summary]', 'p', text.summary);
    this.#fill('[data-next]', 'li', text.next);
    this.#fill('[data-reasons]', 'li', reasons);
    this.querySelector<HTMLElement>('[data-reasons-block]')!.hidden = reasons.length === 0;
    this.#result.hidden = false;
  }

  #fill(selector: string, tag: 'p' | 'li', lines: readonly string[]): void {
    this.querySelector(selector)!.replaceChildren(...lines.map((line) => make(tag, line)));
  }

  #clear(): void {
    this.#result.hidden = true;
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
