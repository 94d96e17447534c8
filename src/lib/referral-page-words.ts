/**
 * The fixed labels of the referral builder, in the page's language. Only the .astro components read these, at build
 * time, so they add nothing to the script; what the builder says as the referrer acts is in referral-ui-words.ts.
 */
import type { Lang } from '../i18n/languages.ts';

export interface ReferralPageWords {
  heading: string;
  intro: string;
  formLabel: string;
  chooseStep: string;
  chooseHint: string;
  /** The fold that holds a topic's parts: "Or choose parts of this page (7 parts)". */
  partsSummary: string;
  partsUnit: string;
  noteStep: string;
  noteHint: (max: number) => string;
  emailStep: string;
  langLegend: string;
  langHint: string;
  subject: string;
  body: string;
  copy: string;
  open: string;
  listHeading: string;
  listIntro: string;
}

export const referralPageWords: Readonly<Record<Lang, ReferralPageWords>> = {
  en: {
    heading: 'Make an email with links',
    intro:
      'Choose the pages to send, add a note if you like, then copy the email or open it in your email app. The email is made on this device: nothing you type is saved or sent.',
    formLabel: 'Referral email',
    chooseStep: '1. Choose pages',
    chooseHint:
      'Tick a whole page, or open “Or choose parts of this page” to link to one part. The email lists them in the guide\'s order.',
    partsSummary: 'Or choose parts of this page',
    partsUnit: 'parts',
    noteStep: '2. Add a note (you can skip this)',
    noteHint: (max) => `It goes at the top of the email. Up to ${max} characters. Email is not always private, so leave out health details.`,
    emailStep: '3. Your email',
    langLegend: 'Email language',
    langHint: 'The titles, links and help lines follow this choice. Your note stays as you wrote it.',
    subject: 'Subject',
    body: 'Email text',
    copy: 'Copy email text',
    open: 'Open in email app',
    listHeading: 'Every page and its address',
    listIntro: 'Copy the title, the line under it and the address of each page you want to send.',
  },
  es: {
    heading: 'Prepare un correo con enlaces',
    intro:
      'Elija las páginas que quiere enviar y, si quiere, escriba una nota. Luego copie el correo o ábralo en su aplicación de correo. El correo se prepara en este aparato: nada de lo que escribe se guarda ni se envía.',
    formLabel: 'Correo con enlaces',
    chooseStep: '1. Elija las páginas',
    chooseHint:
      'Marque una página completa. O abra «O elija partes de esta página» para enlazar a una sola parte. El correo las pone en el orden de la guía.',
    partsSummary: 'O elija partes de esta página',
    partsUnit: 'partes',
    noteStep: '2. Escriba una nota (puede saltar este paso)',
    noteHint: (max) =>
      `Va al principio del correo. Puede tener hasta ${max} caracteres. El correo no siempre es privado: no escriba datos de salud.`,
    emailStep: '3. Su correo',
    langLegend: 'Idioma del correo',
    langHint: 'Los títulos, los enlaces y las líneas de ayuda van en este idioma. Su nota queda tal como la escribió.',
    subject: 'Asunto',
    body: 'Texto del correo',
    copy: 'Copiar el texto del correo',
    open: 'Abrir en su aplicación de correo',
    listHeading: 'Todas las páginas y sus direcciones',
    listIntro: 'Copie el título, la línea de abajo y la dirección de cada página que quiera enviar.',
  },
};
