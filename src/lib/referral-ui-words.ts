/**
 * What the referral builder says to the referrer while it works, in the page's language (not the email's): counts,
 * problems, button notes and status lines. The browser uses these, so only words that change as the referrer acts
 * live here; the fixed labels are in referral-page-words.ts, which stays out of the script.
 */
import type { Lang } from '../i18n/languages.ts';

export interface ReferralUiWords {
  /** The count under the note box: characters left (>= 0) or over (< 0). */
  noteCount: (left: number) => string;
  noTopics: string;
  noteTooLong: (over: number, max: number) => string;
  startHint: string;
  mailtoChooseFirst: string;
  mailtoShortenFirst: string;
  mailtoOpens: string;
  mailtoTooLong: (max: number) => string;
  /** The email in another language is still loading, or could not be made. */
  mailtoNoEmailYet: string;
  loadingParts: string;
  partsFailed: string;
  partsLegend: (topicTitle: string) => string;
  copied: string;
  copyFailed: string;
  /** A language's name inside a sentence of this language: "Spanish", "español". */
  langName: Readonly<Record<Lang, string>>;
  /** The email's language differs from the page's and its titles and addresses are still on their way. */
  loadingEmailLang: (langName: string) => string;
  emailLangFailed: (langName: string) => string;
  /** Chosen pages that have no version in the email's language yet. */
  notInEmailLang: (langName: string, titles: readonly string[]) => string;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const referralUiWords: Readonly<Record<Lang, ReferralUiWords>> = {
  en: {
    noteCount: (left) =>
      left >= 0 ? `You have ${plural(left, 'character', 'characters')} left.` : `You have ${plural(-left, 'character', 'characters')} too many.`,
    noTopics: 'Choose at least one page to send.',
    noteTooLong: (over, max) => `Your note is ${plural(over, 'character', 'characters')} too long. Make it ${max} characters or fewer.`,
    startHint: 'Your email appears here when you choose a page in step 1.',
    mailtoChooseFirst: 'Choose at least one page first.',
    mailtoShortenFirst: 'Make your note shorter first.',
    mailtoOpens: 'This opens a new email with the subject and text filled in. You add the address.',
    mailtoTooLong: (max) =>
      `This email is too long to open in an email app (links can hold about ${max.toLocaleString('en-US')} characters). Use “Copy email text” instead, and paste it into a new email.`,
    mailtoNoEmailYet: 'There is no email to open yet.',
    loadingParts: 'Loading the parts of this page…',
    partsFailed: 'The parts of this page could not load. You can still choose the whole page, or reload to try again.',
    partsLegend: (title) => `Parts of “${title}”`,
    copied: 'Copied. Paste it into a new email.',
    copyFailed: 'Could not copy. The email text is selected: press Ctrl+C (or Command+C on a Mac) to copy it.',
    langName: { en: 'English', es: 'Spanish' },
    loadingEmailLang: (name) => `Getting the pages in ${name}…`,
    emailLangFailed: (name) => `The pages in ${name} could not load. Reload the page to try again.`,
    notInEmailLang: (name, titles) => `Not in ${name} yet: ${titles.join('; ')}. Untick it, or choose another email language.`,
  },
  es: {
    noteCount: (left) =>
      left >= 0
        ? `${left === 1 ? 'Le queda' : 'Le quedan'} ${plural(left, 'carácter', 'caracteres')}.`
        : `Tiene ${plural(-left, 'carácter', 'caracteres')} de más.`,
    noTopics: 'Elija al menos una página para enviar.',
    noteTooLong: (over, max) => `Su nota tiene ${plural(over, 'carácter', 'caracteres')} de más. Déjela en ${max} caracteres o menos.`,
    startHint: 'Su correo aparecerá aquí cuando elija una página en el paso 1.',
    mailtoChooseFirst: 'Primero elija al menos una página.',
    mailtoShortenFirst: 'Primero acorte su nota.',
    mailtoOpens: 'Esto abre un correo nuevo con el asunto y el texto ya escritos. Usted agrega la dirección.',
    mailtoTooLong: (max) =>
      `Este correo es muy largo para abrirlo en su aplicación de correo (un enlace admite unos ${max.toLocaleString('es-US')} caracteres). Use «Copiar el texto del correo» y péguelo en un correo nuevo.`,
    mailtoNoEmailYet: 'Todavía no hay un correo para abrir.',
    loadingParts: 'Cargando las partes de esta página…',
    partsFailed: 'No se pudieron cargar las partes de esta página. Puede elegir la página completa, o volver a cargarla para intentarlo de nuevo.',
    partsLegend: (title) => `Partes de «${title}»`,
    copied: 'Copiado. Péguelo en un correo nuevo.',
    copyFailed: 'No se pudo copiar. El texto del correo está seleccionado: oprima Ctrl+C (o Comando+C en una Mac) para copiarlo.',
    langName: { en: 'inglés', es: 'español' },
    loadingEmailLang: (name) => `Buscando las páginas en ${name}…`,
    emailLangFailed: (name) => `No se pudieron cargar las páginas en ${name}. Vuelva a cargar la página para intentarlo de nuevo.`,
    notInEmailLang: (name, titles) => `Todavía no está en ${name}: ${titles.join('; ')}. Quite la marca o elija otro idioma para el correo.`,
  },
};
