import { escapeHtml } from './escape.ts';

/** Where Pagefind's body starts on a topic page; the keywords go just inside it. */
const BODY_OPENING = /<article[^>]*\bdata-pagefind-body[^>]*>/;

/**
 * Adds a topic's search keywords (front matter `keywords`) to its page, for the search index only. The words a
 * reader might type ("rehab cost", "suboxone") help search find the page, but are not worth shipping in every visit's
 * HTML, so they are added to the copy Pagefind reads at index time and never to the file served.
 */
export function withSearchKeywords(html: string, keywords: readonly string[]): string {
  if (keywords.length === 0) return html;
  const opening = BODY_OPENING.exec(html);
  if (!opening) throw new Error('withSearchKeywords: the page has no <article data-pagefind-body> to add keywords to');
  const at = opening.index + opening[0].length;
  const block = `<p hidden data-pagefind-weight="8">${escapeHtml(keywords.join(', '))}</p>`;
  return html.slice(0, at) + block + html.slice(at);
}
