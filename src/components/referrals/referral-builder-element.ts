import type { Lang } from '../../i18n/languages.ts';
import {
  buildReferralEmail,
  mailtoNote,
  noteCountMessage,
  noteLength,
  NOTE_MAX,
  problemLine,
  type ReferralResult,
  type ReferralSection,
  type ReferralTopic,
} from '../../lib/referral-email.ts';
import { referralEmailWords } from '../../lib/referral-email-words.ts';
import { emailInOtherLanguage, type ReferralSetState } from '../../lib/referral-language.ts';
import { readReferralParts, type ReferralChoice, type ReferralSetTopic } from '../../lib/referral-parts.ts';
import { referralUiWords, type ReferralUiWords } from '../../lib/referral-ui-words.ts';
import { topicPath } from '../../lib/site-config.ts';

/** One language's topics file, as fetched and read. */
type TopicSet = Promise<Map<string, ReferralSetTopic>>;

const textOf = (root: Element, selector: string): string => root.querySelector(selector)?.textContent?.trim() ?? '';

/** One topic's parts as a labelled group of checkboxes, each wrapped in its label. */
function partsGroup(id: string, topicTitle: string, sections: readonly ReferralSection[], ui: ReferralUiWords): HTMLFieldSetElement {
  const group = document.createElement('fieldset');
  const legend = group.appendChild(document.createElement('legend'));
  legend.className = 'visually-hidden';
  legend.textContent = ui.partsLegend(topicTitle);
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
  /** The page's language: the builder speaks it, whatever language the email is in. */
  #lang: Lang = 'en';
  #ui: ReferralUiWords = referralUiWords.en;
  /** Each language's topics file, fetched once, when first needed. */
  #sets = new Map<string, TopicSet>();
  #setStates = new Map<string, ReferralSetState>();

  connectedCallback(): void {
    this.#lang = this.dataset.lang === 'es' ? 'es' : 'en';
    this.#ui = referralUiWords[this.#lang];
    this.#form = this.querySelector<HTMLElement>('[data-referral-form]')!;
    this.#form.addEventListener('input', (event) => {
      // Choosing the email's language is not a mistake to point at: the start hint stays until a page is chosen.
      if (!(event.target as HTMLElement).matches('[data-email-lang]')) this.#touched = true;
      this.#update();
      if ((event.target as HTMLElement).matches('[data-note]')) this.#announceCount();
    });
    this.#form.addEventListener('change', (event) => {
      if (!(event.target as HTMLElement).matches('[data-email-lang]')) this.#touched = true;
      this.#update();
    });
    this.querySelector('[data-copy]')!.addEventListener('click', () => void this.#copy());
    this.#update();
    void this.#loadParts();
  }

  /** A language's topics file, fetched at most once; its state is kept so #update can read it without waiting. */
  #topicSet(url: string): TopicSet {
    let set = this.#sets.get(url);
    if (!set) {
      this.#setStates.set(url, 'loading');
      set = fetch(url)
        .then(async (response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return readReferralParts(await response.json());
        })
        .then(
          (topics) => {
            this.#setStates.set(url, topics);
            return topics;
          },
          (error: unknown) => {
            this.#setStates.set(url, 'failed');
            throw error;
          },
        );
      this.#sets.set(url, set);
    }
    return set;
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
    for (const holder of holders) say(holder, this.#ui.loadingParts);
    let topics: Map<string, ReferralSetTopic>;
    try {
      topics = await this.#topicSet(this.dataset.parts!);
    } catch {
      topics = new Map();
    }
    for (const holder of holders) {
      const choice = holder.closest('[data-topic-choice]')!;
      const id = choice.querySelector<HTMLInputElement>('input[data-page]')!.value;
      const sections = topics.get(id)?.sections;
      if (!sections?.length) {
        say(holder, this.#ui.partsFailed);
        continue;
      }
      holder.querySelector(':scope > p')?.remove();
      holder.appendChild(partsGroup(id, textOf(choice, ':scope > .rf-check b'), sections, this.#ui));
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
          path: page.dataset.path ?? topicPath(page.value),
          order,
          wholePage: page.checked,
          sections,
        },
      ];
    });
  }

  /** The same, as topic ids and part numbers, to be said in the other language. */
  #choices(): ReferralChoice[] {
    return [...this.querySelectorAll<HTMLElement>('[data-topic-choice]')].flatMap((choice, order) => {
      const page = choice.querySelector<HTMLInputElement>('input[data-page]')!;
      const parts = [...choice.querySelectorAll<HTMLInputElement>('input[data-section]')].flatMap((box, index) => (box.checked ? [index] : []));
      return page.checked || parts.length > 0 ? [{ id: page.value, order, wholePage: page.checked, parts }] : [];
    });
  }

  /** The language chosen for the email, and the file with its topics. */
  #emailLang(): { lang: Lang; parts: string } {
    const box = this.querySelector<HTMLInputElement>('input[data-email-lang]:checked');
    return box ? { lang: box.value === 'es' ? 'es' : 'en', parts: box.dataset.file! } : { lang: this.#lang, parts: this.dataset.parts! };
  }

  /**
   * The email, or why there is none yet. In the page's language it is made from the page itself, as it always was;
   * in the other language, from that language's file, which loads the first time the referrer picks it.
   */
  #result(note: string): ReferralResult {
    const { lang, parts } = this.#emailLang();
    const input = { note, siteUrl: this.dataset.site!, basePath: this.dataset.base!, lang, uiLang: this.#lang };
    if (lang === this.#lang) return buildReferralEmail({ ...input, topics: this.#selection() });
    const choices = this.#choices();
    // The other language's file is fetched once a page is chosen for it, and the email redone when it arrives.
    if (choices.length > 0 && !this.#setStates.has(parts)) void this.#topicSet(parts).then(() => this.#update(), () => this.#update());
    return emailInOtherLanguage({
      ...input,
      choices,
      topics: this.#setStates.get(parts) ?? 'loading',
      titleOf: (id) => textOf(this.querySelector(`input[data-page][value="${CSS.escape(id)}"]`)!.closest('label')!, 'b'),
    });
  }

  #note(): string {
    return this.querySelector<HTMLTextAreaElement>('[data-note]')!.value;
  }

  #update(): void {
    const note = this.#note();
    const result = this.#result(note);

    const count = this.querySelector<HTMLElement>('[data-note-count]')!;
    const noteBox = this.querySelector<HTMLTextAreaElement>('[data-note]')!;
    const over = noteLength(note) > NOTE_MAX;
    count.textContent = noteCountMessage(note, this.#lang);
    count.classList.toggle('rf-problem', over);
    if (over) noteBox.setAttribute('aria-invalid', 'true');
    else noteBox.removeAttribute('aria-invalid');

    const body = this.querySelector<HTMLTextAreaElement>('[data-body]')!;
    const mailto = this.querySelector<HTMLAnchorElement>('[data-mailto]')!;
    const mailtoNoteLine = this.querySelector<HTMLElement>('[data-mailto-note]')!;
    const problems = this.querySelector<HTMLElement>('[data-problems]')!;
    const line = problemLine(result, this.#touched, this.#lang);
    problems.textContent = line.text;
    problems.classList.toggle('rf-problem', line.isProblem);
    this.querySelector('[data-status]')!.textContent = '';
    body.value = result.ok ? result.body : '';
    // The subject and the text are in the email's language; a screen reader reads them in it.
    const { lang } = this.#emailLang();
    const subject = this.querySelector<HTMLTextAreaElement>('[data-subject]')!;
    subject.value = referralEmailWords[lang].subject;
    for (const box of [subject, body]) {
      if (lang === this.#lang) box.removeAttribute('lang');
      else box.lang = lang;
    }

    mailtoNoteLine.textContent = mailtoNote(result, this.#lang);
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
      status.textContent = this.#ui.copied;
    } catch {
      // No clipboard access (an old browser, or permission refused): select the text so one key press copies it.
      body.focus();
      body.select();
      status.textContent = this.#ui.copyFailed;
    }
  }
}

if (!customElements.get('referral-builder')) customElements.define('referral-builder', ReferralBuilderElement);
