import { answerNoteEs } from './self-check-content-es.ts';
import type { SelfCheckPhrases } from './self-check-phrases.ts';

/** The self-check script's own phrases in Spanish ("usted"); see `selfCheckPhrases`. */
export const selfCheckPhrasesEs: SelfCheckPhrases = {
  whyWeAsk: 'Por qué preguntamos:',
  answered: (count, total) => `${count} de ${total} respondidas`,
  question: (number, topic) => `Pregunta ${number}: ${topic}`,
  changed: (label, heading) => `${label} cambió: ${heading}.`,
  note: answerNoteEs,
};
