/** The languages the site's frame is written in. English is the default everywhere a `lang` is optional. */
export type Lang = 'en' | 'es';

export const languages: readonly Lang[] = ['en', 'es'];

export const defaultLang: Lang = 'en';

/** The value of `<html lang>`. */
export const htmlLang: Readonly<Record<Lang, string>> = { en: 'en', es: 'es' };

/** The Intl locale for dates and numbers: US English and US Spanish. */
export const locales: Readonly<Record<Lang, string>> = { en: 'en-US', es: 'es-US' };
