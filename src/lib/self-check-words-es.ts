import { notADiagnosisEs, outcomeTextsEs, safetyTextsEs, selfCheckQuestionsEs, urgentHeadingEs, urgentNotesEs } from './self-check-content-es.ts';
import { withBase } from './site-config.ts';
import { spanishFixedPages } from './spanish-edition.ts';
import type { SelfCheckWords, Voice } from './self-check-words.ts';

/**
 * The Spanish self-check's words that depend on the voice, for the first person ("usted"), and the words around the
 * questions. The third-person words are in src/lib/self-check-other-es.ts, loaded only on the page that needs them.
 */

function spanishPage(english: string): string {
  const spanish = spanishFixedPages[english];
  if (!spanish) throw new Error(`No Spanish page for "${english}"`);
  return spanish.slice(1);
}

/** Said on both pages, under the opening lines. */
export const privacyNoteEs =
  'Sus respuestas se quedan solo en esta pestaña del navegador, así que el botón Atrás las conserva. Nada se guarda en un servidor ni se envía. Sus respuestas se borran cuando cierra la pestaña o elige "Borrar mis respuestas".';

export const selfWordsEs: SelfCheckWords = {
  voice: 'self',
  questions: selfCheckQuestionsEs,
  safetyTexts: safetyTextsEs,
  outcomeTexts: outcomeTextsEs,
  notADiagnosis: notADiagnosisEs,
  urgent: { heading: urgentHeadingEs, notes: urgentNotesEs },
  resultLabel: 'Su resultado',
  safetyFor: 'su seguridad',
  keepAnswering: 'Puede seguir respondiendo. Su resultado le mostrará primero esta ayuda.',
  answersHeading: 'Sus respuestas',
  title: '¿Es un IOP adecuado para mí? Una autoevaluación privada',
  description:
    'Preguntas cortas para prepararse a hablar con un profesional de salud sobre un programa ambulatorio intensivo (IOP). Nada se guarda ni se envía.',
  intro: [
    `Estas ${selfCheckQuestionsEs.length} preguntas le ayudan a pensar si un programa ambulatorio intensivo (IOP, por sus siglas en inglés) puede ser adecuado para usted. Siguen las áreas sobre las que pregunta un profesional de salud en una evaluación.`,
    'Esto no es un examen ni un diagnóstico. Un profesional de salud que hable con usted decide qué atención es adecuada.',
  ],
};

/** The two Spanish self-check pages, one per voice, relative to the base path (src/lib/spanish-edition.ts). */
export const selfCheckPathsEs: Record<Voice, string> = {
  self: spanishPage('/self-check/'),
  other: spanishPage('/self-check/for-someone-else/'),
};

/** "Cómo decide la autoevaluación": the Spanish twin of `explanationsPage`, relative to the base path. */
export const explanationsPageEs = spanishPage('/self-check/how-it-works/');

/** The shape of `voiceChoice` in any language. */
export interface VoiceChoiceWords {
  readonly label: string;
  readonly options: Readonly<Record<Voice, string>>;
  readonly carried: string;
}

/** The choice between the two pages, on both. */
export const voiceChoiceEs = {
  label: '¿Para quién responde?',
  options: {
    self: 'Para mí',
    other: 'Para otra persona: mi hijo/a adolescente, mi pareja o una persona que cuido',
  },
  /** Said once answers are chosen: the script carries them to the other page. */
  carried: 'Las respuestas que ya dio pasan con usted a la otra página.',
} as const satisfies VoiceChoiceWords;

/** The shape of `familyGuide` in any language. */
export interface FamilyGuideWords {
  readonly heading: string;
  readonly intro: string;
  readonly page: string;
  readonly sections: readonly { readonly id: string; readonly text: string }[];
}

/**
 * The parts of "Familias y adolescentes" (content/es/topics/familias-y-adolescentes.mdx) a family member most needs,
 * in the English order, by their Spanish heading ids.
 */
export const familyGuideEs = {
  heading: 'Para familias y parejas',
  intro: 'Ayudar a otra persona es difícil. Estas partes de nuestra guía para familias pueden ayudarle:',
  page: 'es/familias-y-adolescentes/',
  sections: [
    { id: 'como-puedo-proteger-a-mi-familiar', text: 'Cómo proteger a su familiar' },
    { id: 'como-puedo-ayudar-a-alguien-que-no-esta-listo', text: 'Cómo ayudar a alguien que todavía no está listo' },
    { id: 'como-es-un-iop-para-adolescentes', text: 'Cómo es un IOP para adolescentes' },
    { id: 'que-les-dira-el-programa-a-los-padres', text: 'Qué les dirá el programa a los padres' },
    { id: 'como-puedo-cuidarme-yo', text: 'Cómo cuidarse usted' },
  ],
} as const satisfies FamilyGuideWords;

/** The Spanish family guide's links, with the base path. */
export function familyLinksEs(base: string): { href: string; text: string }[] {
  return familyGuideEs.sections.map((section) => ({ href: `${withBase(`/${familyGuideEs.page}`, base)}#${section.id}`, text: section.text }));
}
