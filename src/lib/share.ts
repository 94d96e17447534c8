/** Builds the share-by-email link for a page: subject is the title; body is the description and the address. */
export function pageMailto(page: { title: string; description: string; url: string }): string {
  const body = `${page.description}\n\n${page.url}`;
  return `mailto:?subject=${encodeURIComponent(page.title)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
}

/** The full address of a section, for copying: the page's address without query or fragment, plus the id. */
export function sectionUrl(pageHref: string, id: string): string {
  const url = new URL(pageHref);
  url.search = '';
  url.hash = id;
  return url.href;
}
