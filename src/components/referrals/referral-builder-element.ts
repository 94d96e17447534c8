import {
  buildReferralEmail,
  mailtoNote,
  noteCountMessage,
  noteLength,
  NOTE_MAX,
  problemLine,
  type ReferralSection,
  type ReferralTopic,
} from '../../lib/referral-email.ts';
import { topicPath } from '../../lib/site-config.ts';
import { readReferralParts } from '../../lib/referral-parts.ts';

const textOf = (root: Element, selector: string): string => root.querySelector(selector)?.textContent?.trim() ?? '';

/** One topic's parts as a labelled group of checkboxes, each wrapped in its label. */
function partsGroup(id: string, topicTitle: string, sections: readonly ReferralSection[]): HTMLFieldSetElement {
  const group = document.createElement('fieldset');
  const legend = group.appendChild(document.createElement('legend'));
  legend.className = 'visually-hidden';
  legend.textContent = `Parts of “${topicTitle}”`;
  const list = group.appendChild(document.createElement('ul'));
  for (const { title, anchor } of sections) {
    const label = list.appendChild(document.createElement('li')).appendChild(document.createElement('label'));
    label.className = 'rf-check';
    const box = label.appendChild(document.createElement('input'));
    box.type = 'checkbox';
    box.name = 'section';
    box.value = `${id}#${anchor}`;
    Object.assign(box.dataset, { section: '', title, anchor });
    label.appendChild(document.createElement('span')).textContent = title;
  }
  return group;
}

/**
 * Builds the referral email in the page as the reader ticks pages and types a note. Nothing typed is stored (no
 * cookies or web storage) and nothing is sent: the only ways out are the clipboard and a mailto: link.
 */
class ReferralBuilderElement extends HTMLElement {
  #form!: HTMLElement;
  #countTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the referrer has ticked, typed or tried to copy yet: until then nothing is called a problem. */
  #touched = false;

  connectedCallback(): void {
    this.#form = this.querySelector<HTMLElement>('[data-referral-form]')!;
    this.#form.addEventListener('input', (event) => {
      this.#touched = true;
      this.#update();
      if ((event.target as HTMLElement).matches('[data-note]')) this.#announceCount();
    });
    this.#form.addEventListener('change', () => {
      this.#touched = true;
      this.#update();
    });
    this.querySelector('[data-copy]')!.addEventListener('click', () => void this.#copy());
    this.#update();
    void this.#loadParts();
  }

  /**
   * Puts a checkbox for each part into every topic's "Or choose parts of this page", from the file the build wrote
   * beside this page. It loads at once, so the parts are there by the time a referrer opens one.
   */
  async #loadParts(): Promise<void> {
    const holders = [...this.querySelectorAll<HTMLDetailsElement>('[data-parts]')];
    const say = (holder: HTMLDetailsElement, message: string): void => {
      holder.querySelector(':scope > p')?.remove();
      holder.appendChild(document.createElement('p')).textContent = message;
    };
    for (const holder of holders) say(holder, 'Loading the parts of this page…');
    let parts: Map<string, ReferralSection[]>;
    try {
      const response = await fetch(this.dataset.parts!);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      parts = readReferralParts(await response.json());
    } catch {
      parts = new Map();
    }
    for (const holder of holders) {
      const choice = holder.closest('[data-topic-choice]')!;
      const id = choice.querySelector<HTMLInputElement>('input[data-page]')!.value;
      const sections = parts.get(id);
      if (!sections?.length) {
        say(holder, 'The parts of this page could not load. You can still choose the whole page, or reload to try again.');
        continue;
      }
      holder.querySelector(':scope > p')?.remove();
      holder.appendChild(partsGroup(id, textOf(choice, ':scope > .rf-check b'), sections));
    }
  }

  /**
   * What is ticked, read in page order, so the order of clicks never matters. The topics are listed in the site's
   * order, so a topic's place in the list is its order; its title and line come from its label.
   */
  #selection(): ReferralTopic[] {
    return [...this.querySelectorAll<HTMLElement>('[data-topic-choice]')].flatMap((choice, order) => {
      const page = choice.querySelector<HTMLInputElement>('input[data-page]')!;
      const sections: ReferralSection[] = [...choice.querySelectorAll<HTMLInputElement>('input[data-section]:checked')].map((box) => ({
        title: box.dataset.title!,
        anchor: box.dataset.anchor!,
      }));
      if (!page.checked && sections.length === 0) return [];
      return [
        {
          title: textOf(choice, ':scope > .rf-check b'),
          description: textOf(choice, ':scope > .rf-check b + span'),
          path: topicPath(page.value),
          order,
          wholePage: page.checked,
          sections,
        },
      ];
    });
  }

  #note(): string {
    return this.querySelector<HTMLTextAreaElement>('[data-note]')!.value;
  }

  #update(): void {
    const note = this.#note();
    const result = buildReferralEmail({
      topics: this.#selection(),
      note,
      siteUrl: this.dataset.site!,
      basePath: this.dataset.base!,
    });

    const count = this.querySelector<HTMLElement>('[data-note-count]')!;
    const noteBox = this.querySelector<HTMLTextAreaElement>('[data-note]')!;
    const over = noteLength(note) > NOTE_MAX;
    count.textContent = noteCountMessage(note);
    count.classList.toggle('rf-problem', over);
    if (over) noteBox.setAttribute('aria-invalid', 'true');
    else noteBox.removeAttribute('aria-invalid');

    const body = this.querySelector<HTMLTextAreaElement>('[data-body]')!;
    const mailto = this.querySelector<HTMLAnchorElement>('[data-mailto]')!;
    const mailtoNoteLine = this.querySelector<HTMLElement>('[data-mailto-note]')!;
    const problems = this.querySelector<HTMLElement>('[data-problems]')!;
    const line = problemLine(result, this.#touched);
    problems.textContent = line.text;
    problems.classList.toggle('rf-problem', line.isProblem);
    this.querySelector('[data-status]')!.textContent = '';
    body.value = result.ok ? result.body : '';

    mailtoNoteLine.textContent = mailtoNote(result);
    if (result.ok && result.mailtoHref) {
      mailto.href = result.mailtoHref;
      mailto.removeAttribute('role');
      mailto.removeAttribute('aria-disabled');
      return;
    }
    mailto.removeAttribute('href');
    mailto.setAttribute('role', 'link');
    mailto.setAttribute('aria-disabled', 'true');
  }

  /** Screen readers hear the count once typing pauses, not at every key. */
  #announceCount(): void {
    clearTimeout(this.#countTimer);
    this.#countTimer = setTimeout(() => {
      this.querySelector('[data-note-count-live]')!.textContent = noteCountMessage(this.#note());
    }, 1000);
  }

  async #copy(): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const body = this.querySelector<HTMLTextAreaElement>('[data-body]')!;
    status.textContent = '';
    if (!body.value) {
      this.#touched = true;
      this.#update();
      status.textContent = this.querySelector('[data-problems]')!.textContent ?? '';
      return;
    }
    try {
      await navigator.clipboard.writeText(body.value);
      status.textContent = 'Copied. Paste it into a new email.';
    } catch {
      // No clipboard access (an old browser, or permission refused): select the text so one key press copies it.
      body.focus();
      body.select();
      status.textContent = 'Could not copy. The email text is selected: press Ctrl+C (or Command+C on a Mac) to copy it.';
    }
  }
}

if (!customElements.get('referral-builder')) customElements.define('referral-builder', ReferralBuilderElement);
