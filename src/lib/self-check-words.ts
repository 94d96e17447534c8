import {
  notADiagnosis,
  outcomeTexts,
  safetyTexts,
  selfCheckQuestions,
  urgentHeading,
  urgentNotes,
  type Outcome,
  type OutcomeText,
  type QuestionId,
  type SafetyKind,
  type SafetyText,
  type SelfCheckQuestion,
} from './self-check-content.ts';
import { withBase } from './site-config.ts';

/**
 * Who the self-check speaks about. `self`: "you", for a reader answering for themselves. `other`: "they", for a
 * reader answering for their teen, partner or a person they care for. Only the words change with the voice: the
 * questions, answers, points and safety boxes behind them, and so the rules in src/lib/self-check.ts, are the same.
 */
export type Voice = 'self' | 'other';
export const voices: readonly Voice[] = ['self', 'other'];

/** Everything the self-check says that depends on the voice. */
export interface SelfCheckWords {
  voice: Voice;
  questions: readonly SelfCheckQuestion[];
  safetyTexts: Record<SafetyKind, SafetyText>;
  outcomeTexts: Record<Outcome, OutcomeText>;
  notADiagnosis: readonly string[];
  urgent: { heading: string; notes: { lethalMeans: string; sedatives: string; opioids: string } };
  /** Before the result's heading: "Your result: …" or "The result: …". */
  resultLabel: string;
  /** After "Read this first:" above the safety boxes. */
  safetyFor: string;
  /** Under the help that shows beneath a question. */
  keepAnswering: string;
  /** The print summary's list of answers. */
  answersHeading: string;
  /** The page: its title (also the <h1>), its meta description and the opening lines. */
  title: string;
  description: string;
  intro: readonly string[];
}

/** Said on both pages, under the opening lines. */
export const privacyNote =
  'Your answers stay only in this browser tab, so Back keeps them. Nothing is saved on a server or sent. Your answers are gone when you close the tab or choose "Clear my answers".';

export const selfWords: SelfCheckWords = {
  voice: 'self',
  questions: selfCheckQuestions,
  safetyTexts,
  outcomeTexts,
  notADiagnosis,
  urgent: { heading: urgentHeading, notes: urgentNotes },
  resultLabel: 'Your result',
  safetyFor: 'your safety',
  keepAnswering: 'You can keep answering. Your result will show this help first.',
  answersHeading: 'Your answers',
  title: 'Is an IOP right for me? A private self-check',
  description:
    'Short questions to help you get ready to talk with a clinician about an intensive outpatient program (IOP). Nothing is saved or sent.',
  intro: [
    `These ${selfCheckQuestions.length} questions help you think about whether an intensive outpatient program (IOP) may fit you. They follow the areas a clinician asks about in an assessment.`,
    'This is not a test or a diagnosis. A clinician who talks with you decides what care fits.',
  ],
};

/** The words one question and its answers say in another voice; ids, points and safety boxes never change. */
export interface QuestionWords {
  topic: string;
  question: string;
  hint?: string;
  why: string;
  /** Answer id to its label and guidance, and the guidance when another answer escalates it. */
  answers: Record<string, { label: string; guidance: string; escalation?: string }>;
}

/**
 * The questions in another voice: the same questions, answers, points, safety boxes and escalations, with only their
 * words replaced. Throws when a question or an answer has no words, or words for an answer that does not exist, so a
 * new answer cannot slip through in the wrong voice.
 */
export function questionsInVoice(
  base: readonly SelfCheckQuestion[],
  words: Readonly<Record<QuestionId, QuestionWords>>,
): SelfCheckQuestion[] {
  return base.map((question) => {
    const own = words[question.id];
    if (!own) throw new Error(`The self-check question "${question.id}" has no words in this voice`);
    const extra = Object.keys(own.answers).filter((id) => !question.answers.some((answer) => answer.id === id));
    if (extra.length > 0) throw new Error(`Words for unknown answers of "${question.id}": ${extra.join(', ')}`);
    if (Boolean(question.hint) !== Boolean(own.hint)) throw new Error(`"${question.id}" must have a hint in both voices, or in neither`);
    return {
      ...question,
      topic: own.topic,
      question: own.question,
      why: own.why,
      ...(own.hint ? { hint: own.hint } : {}),
      answers: question.answers.map((answer) => {
        const said = own.answers[answer.id];
        if (!said) throw new Error(`The answer "${question.id}: ${answer.id}" has no words in this voice`);
        if (Boolean(answer.escalation) !== Boolean(said.escalation)) {
          throw new Error(`The answer "${question.id}: ${answer.id}" needs escalation words exactly when it can be escalated`);
        }
        return {
          ...answer,
          label: said.label,
          guidance: said.guidance,
          ...(answer.escalation ? { escalation: { ...answer.escalation, guidance: said.escalation! } } : {}),
        };
      }),
    };
  });
}

/** The two self-check pages, one per voice, relative to the base path. */
export const selfCheckPaths: Record<Voice, string> = {
  self: 'self-check/',
  other: 'self-check/for-someone-else/',
};

/** The choice between the two pages, on both: the same words in both places, with the page's own marked. */
export const voiceChoice = {
  label: 'Who are you answering for?',
  options: {
    self: 'Myself',
    other: 'Someone else: my teen, my partner or a person I care for',
  } satisfies Record<Voice, string>,
  /** Said once answers are chosen: the script carries them to the other page. */
  carried: 'Your answers so far come with you.',
} as const;

/**
 * What a family member most needs beside the questions: the parts of "How can I help my child, teen or partner get
 * care?" (content/topics/families-and-teens.mdx) that fit, by their heading ids (published links, so they last).
 */
export const familyGuide = {
  heading: 'For families and partners',
  intro: 'Helping someone else is hard. These parts of our guide for families can help:',
  page: 'families-and-teens/',
  sections: [
    { id: 'how-do-i-keep-my-family-member-safe', text: 'How to keep your family member safe' },
    { id: 'how-can-i-help-someone-who-is-not-ready', text: 'How to help someone who is not ready' },
    { id: 'what-is-an-iop-for-teens-like', text: 'What an IOP for teens is like' },
    { id: 'what-will-the-program-tell-parents', text: 'What a program will tell parents' },
    { id: 'how-do-i-take-care-of-myself', text: 'How to take care of yourself' },
  ],
} as const;

/** The family guide's links, with the base path. */
export function familyLinks(base: string): { href: string; text: string }[] {
  return familyGuide.sections.map((section) => ({ href: `${withBase(`/${familyGuide.page}`, base)}#${section.id}`, text: section.text }));
}
