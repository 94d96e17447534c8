import { escapeHtml } from './escape.ts';

/** Where Pagefind's body starts on a topic page. */
const BODY_OPENING = /<(article|main)\b[^>]*\bdata-pagefind-body[^>]*>/;

/**
 * The id of the block that holds a page's search keywords. Search results skip this section: its words are a list
 * for the index, not sentences a reader should see as an excerpt (src/lib/search.ts).
 */
export const SEARCH_KEYWORDS_ID = 'search-keywords';

/**
 * Adds a page's search keywords (front matter `keywords`) to its page, for the search index only. The words a
 * reader might type ("rehab cost", "suboxone") help search find the page, but are not worth shipping in every visit's
 * HTML, so they are added to the copy Pagefind reads at index time and never to the file served.
 *
 * They go last in the body, as a heading with an id: Pagefind then treats them as a section of their own, so an
 * excerpt computed for any real section never reaches into them, and results can tell their matches apart.
 */
export function withSearchKeywords(html: string, keywords: readonly string[]): string {
  if (keywords.length === 0) return html;
  const opening = BODY_OPENING.exec(html);
  if (!opening) throw new Error('withSearchKeywords: the page has no <article data-pagefind-body> to add keywords to');
  const closing = html.lastIndexOf(`</${opening[1]}>`);
  if (closing < opening.index) throw new Error(`withSearchKeywords: the page's <${opening[1]} data-pagefind-body> is never closed`);
  const block = `<h6 id="${SEARCH_KEYWORDS_ID}" hidden data-pagefind-weight="8">${escapeHtml(keywords.join(', '))}</h6>`;
  return html.slice(0, closing) + block + html.slice(closing);
}

const textOf = (html: string): string =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * What the index gets for a tool page (the self-check, the cost estimator, the referral builder): its title,
 * its description and its keywords. Not the whole page: a tool's questions, form labels and list of every topic
 * would match almost any query and push topic pages down. The served page is not changed.
 */
export function toolSearchCopy(html: string, keywords: readonly string[]): string {
  const lang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
  if (heading === undefined || description === undefined) {
    throw new Error('toolSearchCopy: a tool page needs an <h1> and a <meta name="description"> to be found by search');
  }
  const title = escapeHtml(textOf(heading));
  const page =
    `<!doctype html><html lang="${escapeHtml(lang)}"><head><title>${title}</title></head><body>` +
    `<main data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1>` +
    `<p data-pagefind-meta="description">${description}</p></main></body></html>`;
  return withSearchKeywords(page, keywords);
}
