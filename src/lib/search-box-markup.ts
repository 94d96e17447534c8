import { topicGroups } from '../data/topic-groups.ts';
import { escapeHtml } from './escape.ts';

export interface SearchBoxOptions {
  /** Distinguishes the ids of two boxes on one page. */
  idPrefix: string;
  /** The site's base path, ending in "/". */
  base: string;
  /** Keeps the query in the address bar (?q=) so a search can be shared; used on /search/. */
  syncUrl?: boolean;
}

/**
 * The search form, its live status and its result list, as HTML. One source for both places a box appears: the
 * /search/ page renders it at build time, and the header's search dialog inserts it when a reader first opens it,
 * so pages do not carry a second copy of the form that only JavaScript readers could ever use.
 */
export function searchBoxMarkup({ idPrefix, base, syncUrl = false }: SearchBoxOptions): string {
  const id = escapeHtml(idPrefix);
  const root = escapeHtml(base);
  const options = topicGroups.map((group) => `<option>${escapeHtml(group)}</option>`).join('');
  return (
    `<search-box data-base="${root}"${syncUrl ? ' data-sync-url' : ''} class="search-box">` +
    `<form role="search" action="${root}search/" method="get">` +
    `<label for="${id}-input" class="search-label">Search the guide</label>` +
    `<div class="search-fields">` +
    `<input id="${id}-input" name="q" type="search" autocomplete="off" spellcheck="false"` +
    ` placeholder="For example: cost, keep working, suboxone" aria-describedby="${id}-status"` +
    ` aria-controls="${id}-results">` +
    `<label for="${id}-group" class="visually-hidden">Topic group</label>` +
    `<select id="${id}-group"><option value="">All topics</option>${options}</select>` +
    `<button type="submit">Search</button>` +
    `</div></form>` +
    `<p id="${id}-status" role="status" class="search-status"></p>` +
    `<ol id="${id}-results" class="search-results" aria-label="Search results"></ol>` +
    `<div data-no-results hidden><p>Try fewer or different words, or browse instead:</p><ul>` +
    `<li><a href="${root}">All topics, with a short summary of each</a></li>` +
    `<li><a href="${root}glossary/">The glossary of words and abbreviations</a></li>` +
    `</ul></div></search-box>`
  );
}
