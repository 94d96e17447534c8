import { answerNote } from './self-check.ts';
import type { SafetyKind, SafetyText, SelfCheckAnswer } from './self-check-content.ts';

/**
 * What the self-check's script says around the data's words: the progress line, the missing-question links, the
 * in-place notes and the status line. The page prints the same progress line before the script runs, so both read
 * from here. The Spanish twin (src/lib/self-check-phrases-es.ts) is a chunk the English page never loads.
 */
export interface SelfCheckPhrases {
  /** Before the reason for a question, in the in-place notes. */
  whyWeAsk: string;
  answered(count: number, total: number): string;
  /** A still-unanswered question, in the "Not finished" list. */
  question(number: number, topic: string): string;
  /** Said when a result already on screen changes; `label` is "Your result" or "The result". */
  changed(label: string, heading: string): string;
  /** One answer's meaning, as on "How the self-check decides". */
  note(answer: SelfCheckAnswer, texts: Readonly<Record<SafetyKind, SafetyText>>): string;
}

export const selfCheckPhrases: SelfCheckPhrases = {
  whyWeAsk: 'Why we ask:',
  answered: (count, total) => `${count} of ${total} answered`,
  question: (number, topic) => `Question ${number}: ${topic}`,
  changed: (label, heading) => `${label} changed: ${heading}.`,
  note: answerNote,
};
