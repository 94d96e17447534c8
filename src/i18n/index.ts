import type { Dictionary } from './dictionary.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import type { Lang } from './languages.ts';

export type { Dictionary } from './dictionary.ts';
export { defaultLang, htmlLang, languages, locales, type Lang } from './languages.ts';

const dictionaries: Readonly<Record<Lang, Dictionary>> = { en, es };

/** The words of the site's frame in one language: `words(lang).footer.home`. */
export function words(lang: Lang = 'en'): Dictionary {
  return dictionaries[lang];
}
