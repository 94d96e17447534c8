import type { Lang } from './languages.ts';

/** The page's language from Astro's i18n routing (`Astro.currentLocale`): pages under /es/ are Spanish. */
export function pageLang(currentLocale: string | undefined): Lang {
  return currentLocale === 'es' ? 'es' : 'en';
}
