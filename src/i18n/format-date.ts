import { formatDate as formatDateEn } from '../lib/format.ts';
import { formatDateEs } from '../lib/format-es.ts';
import type { Lang } from './languages.ts';

/**
 * A date as the page's language writes it. Kept apart from lib/format.ts so the tools' browser scripts, which
 * import that module, do not carry the Spanish formatter.
 */
const formatters: Readonly<Record<Lang, (date: Date) => string>> = { en: formatDateEn, es: formatDateEs };

export function formatDate(date: Date, lang: Lang = 'en'): string {
  return formatters[lang](date);
}
