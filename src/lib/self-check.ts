import {
  selfCheckQuestions,
  safetyOrder,
  type Outcome,
  type QuestionId,
  type SafetyKind,
  type SelfCheckAnswer,
  type SelfCheckQuestion,
} from '../data/self-check.ts';

/**
 * The self-check's rules. Pure: answers in, result out; no DOM, no storage, nothing sent anywhere.
 *
 * 1. Any answer with a safety flag sets `safety`, so crisis help is shown first, whatever the result.
 * 2. Any answer that points to more care gives `more-intensive-first`.
 * 3. Otherwise any answer that points to an IOP, or any safety flag, gives `iop-may-fit`.
 * 4. Otherwise any answer that points to outpatient care gives `outpatient-may-be-enough`.
 * 5. Otherwise (no answer points anywhere) `iop-may-fit`, the middle, to be talked over with a clinician.
 */

/** "How the self-check decides": what each answer points to, one section per question. Relative to the base path. */
export const explanationsPage = 'self-check/how-it-works/';

/** The id of a question's fieldset on the self-check and of its section on the explanations page: one name for both. */
export function questionAnchor(id: QuestionId): string {
  return `q-${id}`;
}

/** Question id to the chosen answer id, as a form gives them. */
export type Answers = Readonly<Record<string, string | null | undefined>>;

export interface Assessment {
  outcome: Outcome;
  /** Plain-words reasons: the guidance of the answers behind the outcome, in question order. */
  reasons: string[];
  /** The dangers the answers signal, most urgent first; null when there are none. */
  safety: SafetyKind[] | null;
}

export interface AnswerProblem {
  questionId: string;
  problem: 'missing' | 'unknown-answer' | 'unknown-question';
  message: string;
}

export class SelfCheckInputError extends Error {
  readonly problems: readonly AnswerProblem[];

  constructor(problems: readonly AnswerProblem[]) {
    super(`The self-check answers are incomplete or invalid: ${problems.map((p) => p.message).join(' ')}`);
    this.name = 'SelfCheckInputError';
    this.problems = problems;
  }
}

function isAnswers(value: unknown): value is Answers {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function chosen(question: SelfCheckQuestion, answers: Answers): SelfCheckAnswer | undefined {
  const id = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
  return typeof id === 'string' ? question.answers.find((answer) => answer.id === id) : undefined;
}

/** Everything wrong with a set of answers, in question order, then unknown questions. Empty when complete. */
export function findAnswerProblems(answers: Answers, questions: readonly SelfCheckQuestion[] = selfCheckQuestions): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  questions.forEach((question, index) => {
    const value = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const where = `Question ${index + 1} ("${question.topic}")`;
    if (value === undefined || value === null || value === '') {
      problems.push({ questionId: question.id, problem: 'missing', message: `${where} has no answer.` });
    } else if (!chosen(question, answers)) {
      const choices = question.answers.map((answer) => answer.id).join(', ');
      problems.push({
        questionId: question.id,
        problem: 'unknown-answer',
        message: `${where} has the answer "${String(value)}", which is not one of its choices (${choices}).`,
      });
    }
  });
  const known = new Set<string>(questions.map((question) => question.id));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) problems.push({ questionId: key, problem: 'unknown-question', message: `"${key}" is not a question in the self-check.` });
  }
  return problems;
}

/** Questions without a valid answer yet, for the progress count and the "still to answer" list. */
export function unansweredQuestions(answers: Answers, questions: readonly SelfCheckQuestion[] = selfCheckQuestions): SelfCheckQuestion[] {
  return questions.filter((question) => !chosen(question, answers));
}

/** The dangers signalled so far, most urgent first. Works on partial answers, so help shows as soon as it is needed. */
export function safetySignals(answers: Answers, questions: readonly SelfCheckQuestion[] = selfCheckQuestions): SafetyKind[] {
  const found = new Set<SafetyKind>();
  for (const question of questions) {
    const safety = chosen(question, answers)?.safety;
    if (safety) found.add(safety);
  }
  return safetyOrder.filter((kind) => found.has(kind));
}

/** The self-check's result. Throws SelfCheckInputError, naming each problem, unless every question has a valid answer. */
export function assessAnswers(answers: Answers, questions: readonly SelfCheckQuestion[] = selfCheckQuestions): Assessment {
  if (!isAnswers(answers)) {
    throw new SelfCheckInputError([{ questionId: '', problem: 'missing', message: 'Answers must be an object of question ids and answer ids.' }]);
  }
  const problems = findAnswerProblems(answers, questions);
  if (problems.length > 0) throw new SelfCheckInputError(problems);

  const picked = questions.map((question) => chosen(question, answers)!);
  const safety = safetySignals(answers, questions);
  const pointing = (points: SelfCheckAnswer['points']): SelfCheckAnswer[] => picked.filter((answer) => answer.points === points);

  let outcome: Outcome;
  let drivers: SelfCheckAnswer[];
  if (pointing('more').length > 0) {
    outcome = 'more-intensive-first';
    drivers = pointing('more');
  } else if (pointing('iop').length > 0 || safety.length > 0) {
    outcome = 'iop-may-fit';
    drivers = picked.filter((answer) => answer.points === 'iop' || answer.safety);
  } else if (pointing('outpatient').length > 0) {
    outcome = 'outpatient-may-be-enough';
    drivers = pointing('outpatient');
  } else {
    outcome = 'iop-may-fit';
    drivers = [];
  }

  const reasons = picked
    .filter((answer) => drivers.includes(answer) || answer.alsoSupports?.includes(outcome))
    .map((answer) => answer.guidance);
  return { outcome, reasons, safety: safety.length > 0 ? safety : null };
}
