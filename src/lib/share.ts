/**
 * Builds the share-by-email link for a page: the subject is the title and the body is the address. The page's own
 * summary is left out: mail apps that preview links show it from the page's link-preview tags, and leaving it out
 * keeps about a tenth of a kilobyte off every topic page.
 */
export function pageMailto(page: { title: string; url: string }): string {
  return `mailto:?subject=${encodeURIComponent(page.title)}&body=${encodeURIComponent(page.url)}`;
}
/** The full address of a section, for copying: the page's address without query or fragment, plus the id. */
export function sectionUrl(pageHref: string, id: string): string {
  const url = new URL(pageHref);
  url.search = '';
  url.hash = id;
  return url.href;
}
