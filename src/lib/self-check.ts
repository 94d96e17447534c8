import {
  outcomeOf,
  outcomeOrder,
  pointsLabels,
  safetyLabel,
  safetyNoteLabel,
  safetyOrder,
  safetyTexts,
  selfCheckQuestions,
  supersededSafety,
  urgentSafety,
  type Outcome,
  type Points,
  type QuestionId,
  type SafetyKind,
  type SafetyText,
  type SelfCheckAnswer,
  type SelfCheckQuestion,
} from './self-check-content.ts';

/**
 * The self-check's rules. Pure: answers in, result out; no DOM, no storage, nothing sent anywhere.
 *
 * 1. Each answer counts as itself, unless another answer escalates it (a gun at home, with thoughts of suicide,
 *    counts as "get help now"): then its escalation's points, safety boxes and guidance count instead.
 * 2. Every safety box of every counted answer is shown, most urgent first, whatever the result; a gentler box is
 *    dropped when the urgent box for the same danger shows (`supersededSafety`).
 * 3. The result is the most serious one any answer points to, in `outcomeOrder`: get help now, more care first,
 *    talk with a clinician first, an IOP, regular outpatient care.
 * 4. If no answer points anywhere, `iop-may-fit`, the middle, to be talked over with a clinician.
 * 5. Reasons: in question order, the guidance of every answer that points to the result, points to something more
 *    serious than an IOP, shows a safety box, or names the result in `alsoSupports`.
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
  /** Plain-words reasons: the guidance of the answers behind the outcome and of every safety answer, in question order. */
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

/** An answer as it counts, once any escalation by another answer is applied. */
export interface CountedAnswer {
  questionId: QuestionId;
  answerId: string;
  points: Points;
  safety: readonly SafetyKind[];
  guidance: string;
  alsoSupports: readonly Outcome[];
  /** True when another answer made this one count as more serious. */
  escalated: boolean;
}

function counted(question: SelfCheckQuestion, answer: SelfCheckAnswer, answers: Answers, questions: readonly SelfCheckQuestion[]): CountedAnswer {
  const escalation = answer.escalation;
  const trigger = escalation ? questions.find((q) => q.id === escalation.question) : undefined;
  const triggered = escalation && trigger ? escalation.answers.includes(chosen(trigger, answers)?.id ?? '') : false;
  const source = triggered ? escalation! : answer;
  return {
    questionId: question.id,
    answerId: answer.id,
    points: source.points,
    safety: source.safety ?? [],
    guidance: source.guidance,
    alsoSupports: answer.alsoSupports ?? [],
    escalated: triggered,
  };
}

/** Every answered question's answer as it counts, in question order. Works on partial answers. */
export function countedAnswers(answers: Answers, questions: readonly SelfCheckQuestion[] = selfCheckQuestions): CountedAnswer[] {
  const result: CountedAnswer[] = [];
  for (const question of questions) {
    const answer = chosen(question, answers);
    if (answer) result.push(counted(question, answer, answers, questions));
  }
  return result;
}

function ordered(kinds: Iterable<SafetyKind>): SafetyKind[] {
  const found = new Set(kinds);
  for (const [gentle, urgent] of Object.entries(supersededSafety) as Array<[SafetyKind, SafetyKind]>) {
    if (found.has(urgent)) found.delete(gentle);
  }
  return safetyOrder.filter((kind) => found.has(kind));
}

/** The safety boxes signalled so far, most urgent first. Works on partial answers, so help shows as soon as it is needed. */
export function safetySignals(answers: Answers, questions: readonly SelfCheckQuestion[] = selfCheckQuestions): SafetyKind[] {
  return ordered(countedAnswers(answers, questions).flatMap((answer) => answer.safety));
}

/** The safety boxes one question's answer shows under that question, given all the answers so far. */
export function questionSafety(questionId: string, answers: Answers, questions: readonly SelfCheckQuestion[] = selfCheckQuestions): SafetyKind[] {
  return ordered(countedAnswers(answers, questions).find((answer) => answer.questionId === questionId)?.safety ?? []);
}

const serious: ReadonlySet<Points> = new Set(['urgent', 'more', 'clinician']);

/** The self-check's result. Throws SelfCheckInputError, naming each problem, unless every question has a valid answer. */
export function assessAnswers(answers: Answers, questions: readonly SelfCheckQuestion[] = selfCheckQuestions): Assessment {
  if (!isAnswers(answers)) {
    throw new SelfCheckInputError([{ questionId: '', problem: 'missing', message: 'Answers must be an object of question ids and answer ids.' }]);
  }
  const problems = findAnswerProblems(answers, questions);
  if (problems.length > 0) throw new SelfCheckInputError(problems);

  const picked = countedAnswers(answers, questions);
  const pointed = new Set(picked.flatMap((answer) => (answer.points === 'none' ? [] : [outcomeOf[answer.points]])));
  const outcome = outcomeOrder.find((candidate) => pointed.has(candidate)) ?? 'iop-may-fit';
  const reasons = picked
    .filter(
      (answer) =>
        (answer.points !== 'none' && outcomeOf[answer.points] === outcome) ||
        serious.has(answer.points) ||
        answer.safety.length > 0 ||
        answer.alsoSupports.includes(outcome),
    )
    .map((answer) => answer.guidance);
  const safety = safetySignals(answers, questions);
  return { outcome, reasons: [...new Set(reasons)], safety: safety.length > 0 ? safety : null };
}

/** The words "How the self-check decides" and the in-place notes print for one answer: one source for both. */
export interface AnswerDescription {
  /** "Get help now" or "Safety note" when the answer shows a safety box on its own; otherwise null. */
  level: string | null;
  /** Where the answer points, for example "Points to more care first". */
  points: string;
  guidance: string;
  /** The headings of the safety boxes it shows, most urgent first. */
  boxes: string[];
  /** What changes when another answer escalates it, in words; null if nothing can. */
  escalation: string | null;
}

function levelOf(kinds: readonly SafetyKind[]): string | null {
  if (kinds.length === 0) return null;
  return kinds.some((kind) => urgentSafety.has(kind)) ? safetyLabel : safetyNoteLabel;
}

function boxHeadings(kinds: readonly SafetyKind[], texts: Readonly<Record<SafetyKind, SafetyText>>): string[] {
  return safetyOrder.filter((kind) => kinds.includes(kind)).map((kind) => texts[kind].heading);
}

/** `texts`: the safety boxes in the voice the answer is in (src/lib/self-check-words.ts); the first person by default. */
export function describeAnswer(answer: SelfCheckAnswer, texts: Readonly<Record<SafetyKind, SafetyText>> = safetyTexts): AnswerDescription {
  const escalation = answer.escalation;
  return {
    level: levelOf(answer.safety ?? []),
    points: pointsLabels[answer.points],
    guidance: answer.guidance,
    boxes: boxHeadings(answer.safety ?? [], texts),
    escalation: escalation
      ? `${escalation.when}: ${[levelOf(escalation.safety), pointsLabels[escalation.points]].filter(Boolean).join('. ')}. ${escalation.guidance}`
      : null,
  };
}

/** One line of "How the self-check decides": label aside, what the answer means, in plain text. */
export function answerNote(answer: SelfCheckAnswer, texts: Readonly<Record<SafetyKind, SafetyText>> = safetyTexts): string {
  const { level, points, guidance, boxes, escalation } = describeAnswer(answer, texts);
  return [level && `${level}.`, `${points}.`, guidance, boxes.length > 0 && `Shows: ${boxes.join('; ')}.`, escalation]
    .filter(Boolean)
    .join(' ');
}

/** Where a safety box comes from: each answer that shows it, by question number, and whether only with another answer. */
export function safetySources(kind: SafetyKind, questions: readonly SelfCheckQuestion[] = selfCheckQuestions): string[] {
  const sources: string[] = [];
  questions.forEach((question, index) => {
    for (const answer of question.answers) {
      const where = `Question ${index + 1} (${question.topic}): "${answer.label}"`;
      if (answer.safety?.includes(kind)) sources.push(where);
      else if (answer.escalation?.safety.includes(kind)) sources.push(`${where}, ${answer.escalation.when.toLowerCase()}`);
    }
  });
  return sources;
}

/**
 * What the self-check keeps so that Back (or a reload) does not wipe the answers: the answers and whether the result
 * was on screen. The script keeps it in the tab's own history entry (history.replaceState), never in the address,
 * cookies or web storage, and never sends it: unlike an address, a history entry's state is not listed in the
 * browser's history, suggested in the address bar or synced to other devices, and it goes when the tab is closed.
 */
export interface SavedSelfCheck {
  answers: Record<string, string>;
  result: boolean;
}

/** The state to keep for these answers: only real questions and real answers, so nothing else rides along. */
export function stateToSave(answers: Answers, resultShown: boolean, questions: readonly SelfCheckQuestion[] = selfCheckQuestions): SavedSelfCheck {
  const kept: Record<string, string> = {};
  for (const question of questions) {
    const answer = chosen(question, answers);
    if (answer) kept[question.id] = answer.id;
  }
  return { answers: kept, result: resultShown && Object.keys(kept).length === questions.length };
}

/**
 * Reads kept state back, trusting nothing: anything that is not a known question with one of its answers is dropped,
 * and "result" holds only when every question is answered. Null when there is nothing usable.
 */
export function savedState(value: unknown, questions: readonly SelfCheckQuestion[] = selfCheckQuestions): SavedSelfCheck | null {
  if (typeof value !== 'object' || value === null) return null;
  const { answers, result } = value as { answers?: unknown; result?: unknown };
  if (!isAnswers(answers)) return null;
  const strings: Record<string, string> = {};
  for (const [key, answer] of Object.entries(answers)) if (typeof answer === 'string') strings[key] = answer;
  const state = stateToSave(strings, result === true, questions);
  return Object.keys(state.answers).length > 0 ? state : null;
}
