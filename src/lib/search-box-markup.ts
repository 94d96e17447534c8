import { topicGroups } from '../data/topic-groups.ts';
import { escapeHtml } from './escape.ts';
import type { SearchWords } from './search-words.ts';

/**
 * The words and addresses of one language's search box. English is built in below; another language's come from its
 * dictionary at build time (src/lib/search-box-words.ts) and reach the header's dialog as data on <site-search>.
 */
export type SearchBoxWords = Pick<
  SearchWords,
  'label' | 'placeholder' | 'groupLabel' | 'allGroups' | 'submit' | 'resultsLabel' | 'noResultsHint' | 'allTopicsSummary' | 'glossaryLink' | 'close'
> & {
  lang: 'en' | 'es';
  /** The search page, the home page and the glossary in that language, without the base path. */
  action: string;
  home: string;
  glossary: string;
  /** The group filter: `value` is what the pages of that language print in data-pagefind-filter="group". */
  groups: readonly { value: string; label: string }[];
};

/**
 * The box's English words. Here and not in search-words.ts with the rest of search's English words: every page loads
 * this module (the header's dialog), and should carry only what the box says. en.ts reads them through search-words.ts.
 */
export const englishBoxLabels = {
  label: 'Search the guide',
  placeholder: 'For example: cost, keep working, suboxone',
  groupLabel: 'Topic group',
  allGroups: 'All topics',
  submit: 'Search',
  resultsLabel: 'Search results',
  noResultsHint: 'Try fewer or different words, or browse instead:',
  allTopicsSummary: 'All topics, with a short summary of each',
  glossaryLink: 'The glossary of words and abbreviations',
  close: 'Close',
};

export const englishBoxWords: SearchBoxWords = {
  ...englishBoxLabels,
  lang: 'en',
  action: '/search/',
  home: '/',
  glossary: '/glossary/',
  groups: topicGroups.map((group) => ({ value: group, label: group })),
};

export interface SearchBoxOptions {
  /** Distinguishes the ids of two boxes on one page. */
  idPrefix: string;
  /** The site's base path, ending in "/". */
  base: string;
  /** Keeps the query in the address bar (?q=) so a search can be shared; used on /search/. */
  syncUrl?: boolean;
  /** The box's language; English unless given. */
  words?: SearchBoxWords;
}

/**
 * The search form, its live status and its result list, as HTML. One source for both places a box appears: the
 * /search/ page renders it at build time, and the header's search dialog inserts it when a reader first opens it,
 * so pages do not carry a second copy of the form that only JavaScript readers could ever use.
 */
export function searchBoxMarkup({ idPrefix, base, syncUrl = false, words = englishBoxWords }: SearchBoxOptions): string {
  const id = escapeHtml(idPrefix);
  const root = escapeHtml(base);
  // The base ends in "/" and the paths start with one (not withBase: every page loads this code, so it stays small).
  const at = (path: string) => escapeHtml(`${base}${path.slice(1)}`);
  const w = (text: string) => escapeHtml(text);
  // An English option's value is its text, so English pages keep their markup as it was.
  const options = words.groups
    .map(({ value, label }) => (value === label ? `<option>${w(label)}</option>` : `<option value="${w(value)}">${w(label)}</option>`))
    .join('');
  return (
    `<search-box data-base="${root}"${words.lang === 'en' ? '' : ` data-lang="${w(words.lang)}"`}${syncUrl ? ' data-sync-url' : ''} class="search-box">` +
    `<form role="search" action="${at(words.action)}" method="get">` +
    `<label for="${id}-input" class="search-label">${w(words.label)}</label>` +
    `<div class="search-fields">` +
    `<input id="${id}-input" name="q" type="search" autocomplete="off" spellcheck="false"` +
    ` placeholder="${w(words.placeholder)}" aria-describedby="${id}-status"` +
    ` aria-controls="${id}-results">` +
    `<label for="${id}-group" class="visually-hidden">${w(words.groupLabel)}</label>` +
    `<select id="${id}-group"><option value="">${w(words.allGroups)}</option>${options}</select>` +
    `<button type="submit">${w(words.submit)}</button>` +
    `</div></form>` +
    `<p id="${id}-status" role="status" class="search-status"></p>` +
    `<ol id="${id}-results" class="search-results" aria-label="${w(words.resultsLabel)}"></ol>` +
    `<div data-no-results hidden><p>${w(words.noResultsHint)}</p><ul>` +
    `<li><a href="${at(words.home)}">${w(words.allTopicsSummary)}</a></li>` +
    `<li><a href="${at(words.glossary)}">${w(words.glossaryLink)}</a></li>` +
    `</ul></div></search-box>`
  );
}
