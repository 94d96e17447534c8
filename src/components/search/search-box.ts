import { noResultsMarkup } from '../../lib/search-help.ts';
import { moveFocus, resultCountMessage, type ResultView } from '../../lib/search.ts';
import { runSearch } from './pagefind.ts';
import { searchLanguage, type SearchLanguage } from './search-language.ts';

const RESULT_LIMIT = 8;
// Short: the index is local, so a search costs a few milliseconds; the pause only skips mid-word queries.
const DEBOUNCE_MS = 50;

/**
 * <search-box>: the search form, its results and their announcement. Used in the header dialog and on /search/.
 * With `data-sync-url`, the query is kept in the address (?q=) so a search can be shared. `data-lang` names the
 * box's language when it is not English (its words, synonyms and help: search-language.ts).
 */
export class SearchBox extends HTMLElement {
  private input!: HTMLInputElement;
  private filter!: HTMLSelectElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private empty!: HTMLElement;
  private timer: number | undefined;
  private latest = 0;
  private language: Promise<SearchLanguage> | undefined;

  connectedCallback(): void {
    this.input = this.querySelector('input[type="search"]')!;
    this.filter = this.querySelector('select')!;
    this.status = this.querySelector('[role="status"]')!;
    this.list = this.querySelector('ol')!;
    this.empty = this.querySelector('[data-no-results]')!;
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.search();
    });
    this.input.addEventListener('input', () => this.schedule());
    this.filter.addEventListener('change', () => this.search());
    this.addEventListener('keydown', (event) => this.onKeydown(event));
    this.toggleAttribute('data-ready', true);

    if (this.dataset.syncUrl !== undefined) {
      const query = new URLSearchParams(location.search).get('q') ?? '';
      if (query) this.input.value = query;
    }
    // In the header dialog this code arrives after the box is shown, so a reader may already have typed.
    if (this.input.value.trim()) void this.search();
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.search(), DEBOUNCE_MS);
  }

  private async search(): Promise<void> {
    const query = this.input.value;
    const run = ++this.latest;
    if (this.dataset.syncUrl !== undefined) {
      const url = new URL(location.href);
      if (query.trim()) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    if (!query.trim()) {
      this.render([], '');
      return;
    }
    const filters: Record<string, string> = this.filter.value ? { group: this.filter.value } : {};
    this.language ??= searchLanguage(this.dataset.lang);
    let language: SearchLanguage | undefined;
    try {
      language = await this.language;
      const results = await runSearch(this.dataset.base ?? '/', query, filters, RESULT_LIMIT, language);
      if (run === this.latest) this.render(results, query, language);
    } catch (error) {
      // A dropped connection: the next search tries the language's words again.
      if (!language) this.language = undefined;
      if (run === this.latest) this.status.textContent = language?.words.loadError ?? (this.dataset.lang === 'es' ? 'No se pudo cargar la búsqueda.' : 'Search could not load.');
      throw error;
    }
  }

  private render(results: ResultView[], query: string, language?: SearchLanguage): void {
    this.list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.className = 'search-result';
        const title = document.createElement('span');
        title.className = 'search-result-title';
        title.textContent = result.sectionTitle ? `${result.pageTitle} › ${result.sectionTitle}` : result.pageTitle;
        const excerpt = document.createElement('span');
        excerpt.className = 'search-result-excerpt';
        // Pagefind escapes the page text and adds only <mark> around matched words.
        excerpt.innerHTML = result.excerptHtml;
        link.append(title, excerpt);
        item.append(link);
        return item;
      }),
    );
    this.status.textContent = resultCountMessage(results.length, query, language?.words.resultCount);
    const nothing = Boolean(query.trim()) && results.length === 0;
    // Rebuilt for each empty search, so the "tell us" email carries the words that found nothing.
    this.empty.hidden = !nothing;
    if (nothing && language) {
      // The box's own short hint shows at once; the full help (topics, help lines, the email) replaces it when ready.
      const run = this.latest;
      void language.help().then((help) => {
        if (run === this.latest) this.empty.innerHTML = noResultsMarkup(query, this.dataset.base ?? '/', help);
      });
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const links = [...this.list.querySelectorAll<HTMLAnchorElement>('a')];
    const inInput = event.target === this.input;
    if (inInput && (event.key === 'Home' || event.key === 'End')) return;
    const current = inInput ? -1 : links.indexOf(event.target as HTMLAnchorElement);
    if (!inInput && current === -1) return;
    event.preventDefault();
    const next = moveFocus(current, event.key, links.length);
    if (next === -1) this.input.focus();
    else links[next]!.focus();
  }
}

if (!customElements.get('search-box')) customElements.define('search-box', SearchBox);
