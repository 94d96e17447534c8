import { MAX_TITLE_LENGTH } from './handout.ts';

/**
 * A page's <title>: its own title with the site's name after it, or its own title alone when the two together would
 * pass the length browsers and search results show (html-validate's long-title rule). Spanish titles run longer, and
 * the page's own words matter more than the site's name.
 */
export function documentTitle(title: string, siteName: string, max = MAX_TITLE_LENGTH): string {
  if (title === siteName) return title;
  const withName = `${title} | ${siteName}`;
  return withName.length <= max ? withName : title;
}
