/**
 * The words the referral email itself is written in, one set per language. The email's language is the one the
 * referrer picks for the person who reads it, which need not be the page's: a clinician on the English page can
 * write to a Spanish-speaking patient. Pure: the browser builds the email from these, so they stay short.
 * Numbers come from src/data/crisis.ts; the Spanish help-line wording matches words('es').crisisLines (a unit test
 * holds the two together).
 */
import { helpLine } from '../data/crisis.ts';
import { site } from '../data/site.ts';
import type { Lang } from '../i18n/languages.ts';

export interface ReferralEmailWords {
  subject: string;
  /** The line before the links: it names the guide, in the singular for one topic. */
  intro: (count: number) => string;
  /** Put before a section's title, when the email points to one part of a page. */
  partOfPage: string;
  /** The last paragraph: what the guide is not, and where to get help now. */
  closing: string;
}

const emergency = helpLine('emergency');
const crisis = helpLine('crisis');
const helpline = helpLine('helpline');

export const referralEmailWords: Readonly<Record<Lang, ReferralEmailWords>> = {
  en: {
    subject: 'Information about intensive outpatient programs (IOPs)',
    intro: (count) =>
      count === 1
        ? `This page from ${site.name}, a free, plain-language guide, explains more:`
        : `These pages from ${site.name}, a free, plain-language guide, explain more:`,
    partOfPage: 'Part of this page:',
    closing: `The guide gives general information, not medical advice. In a mental-health, suicide or substance use crisis, call or text ${crisis.display}. In immediate danger, call ${emergency.display}.`,
  },
  // Spanish readers get the help lines that answer in Spanish, said plainly: 988 has a Spanish option, the SAMHSA
  // helpline answers in both languages, and its text line does not, so the email says so.
  es: {
    subject: 'Información sobre los programas ambulatorios intensivos (IOP)',
    intro: (count) =>
      count === 1
        ? `Esta página de ${site.name}, una guía gratis y en palabras sencillas, le explica más:`
        : `Estas páginas de ${site.name}, una guía gratis y en palabras sencillas, le explican más:`,
    partOfPage: 'Parte de esta página:',
    closing: [
      'La guía ofrece información general, no consejos médicos.',
      `En una crisis de salud mental, de suicidio o de consumo de sustancias, llame o envíe un mensaje de texto al ${crisis.display}. Para español, oprima 2 (o envíe AYUDA por mensaje de texto al ${crisis.textNumber!.display}).`,
      `Para buscar tratamiento, llame a la Línea Nacional de Ayuda de SAMHSA al ${helpline.display}: es gratis y confidencial, en inglés y español. Su línea de mensajes de texto (${helpline.textNumber!.display}) es solo en inglés.`,
      `En peligro inmediato, llame al ${emergency.display}.`,
    ].join(' '),
  },
};
