import { describe, expect, it } from 'vitest';
import { helpLine } from '../../src/data/crisis.ts';
import {
  notADiagnosis,
  outcomeTexts,
  ruleTexts,
  safetyTexts,
  selfCheckQuestions,
  type Outcome,
  type SafetyKind,
  type SelfCheckQuestion,
} from '../../src/data/self-check.ts';
import { fleschKincaidGrade } from '../../src/lib/readability.ts';
import { SelfCheckInputError, assessAnswers, findAnswerProblems, safetySignals, unansweredQuestions, type Answers } from '../../src/lib/self-check.ts';

/** Nothing in these answers points to more care or to an IOP; "some" problems points to outpatient care. */
const calm = {
  withdrawal: 'none',
  body: 'well',
  'self-harm': 'no',
  'daily-life': 'sometimes',
  readiness: 'unsure',
  'past-care': 'first-time',
  home: 'few-supports',
  duties: 'no',
} as const;

const guidance = (questionId: string, answerId: string): string =>
  selfCheckQuestions.find((q) => q.id === questionId)!.answers.find((a) => a.id === answerId)!.guidance;

describe('self-check data', () => {
  it('asks 8 questions that cover all six ASAM dimensions and daily duties', () => {
    expect(selfCheckQuestions).toHaveLength(8);
    for (const dimension of [1, 2, 3, 4, 5, 6]) {
      expect(selfCheckQuestions.some((q) => q.dimension.startsWith(`ASAM dimension ${dimension}:`)), `dimension ${dimension}`).toBe(true);
    }
    expect(selfCheckQuestions.map((q) => q.id)).toContain('duties');
  });

  it('gives every question unique ids, at least 3 answers and guidance for each', () => {
    expect(new Set(selfCheckQuestions.map((q) => q.id)).size).toBe(selfCheckQuestions.length);
    for (const question of selfCheckQuestions) {
      expect(question.answers.length, question.id).toBeGreaterThanOrEqual(3);
      expect(new Set(question.answers.map((a) => a.id)).size, question.id).toBe(question.answers.length);
      for (const answer of question.answers) expect(answer.guidance.length, `${question.id}/${answer.id}`).toBeGreaterThan(20);
    }
  });

  it('lists answers from most to least serious, so "choose the first that fits" is safe', () => {
    const rank = { more: 0, iop: 1, none: 2, outpatient: 2 } as const;
    for (const question of selfCheckQuestions) {
      const ranks = question.answers.map((a) => (a.safety ? -1 : rank[a.points]));
      expect(ranks, question.id).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('takes phone numbers from the crisis data', () => {
    expect(safetyTexts.suicide.heading).toContain(helpLine('crisis').display);
    expect(safetyTexts.medical.heading).toContain(helpLine('emergency').display);
  });

  it('says why each question is asked', () => {
    for (const question of selfCheckQuestions) expect(question.why.length, question.id).toBeGreaterThan(40);
  });

  const allText = [
    ...selfCheckQuestions.flatMap((q) => [q.question, q.hint ?? '', q.why, ...q.answers.flatMap((a) => [a.label, a.guidance])]),
    ...Object.values(safetyTexts).flatMap((t) => [t.heading, ...t.points]),
    ...Object.values(outcomeTexts).flatMap((t) => [t.heading, ...t.summary, ...t.next]),
    ...notADiagnosis,
    ...ruleTexts,
  ].filter(Boolean);

  it('reads at about US grade 6 to 7 (Flesch-Kincaid, all texts together)', () => {
    expect(fleschKincaidGrade(allText.join('\n'))).toBeLessThanOrEqual(7);
  });

  it('uses person-first words only (CONTENT.md)', () => {
    const avoid = /\b(addicts?|alcoholics?|junkies?|users?|abusers?|abuse|clean|dirty|relapsed?|replacement|substitution)\b/i;
    for (const text of allText) expect(text).not.toMatch(avoid);
  });
});

describe('assessAnswers: the rules', () => {
  const cases: Array<{ name: string; answers: Answers; outcome: Outcome; safety: SafetyKind[] | null; reasons?: string[] }> = [
    {
      name: 'rule 4: only outpatient signals give outpatient-may-be-enough',
      answers: calm,
      outcome: 'outpatient-may-be-enough',
      safety: null,
      reasons: [guidance('daily-life', 'sometimes')],
    },
    {
      name: 'rule 4: every outpatient answer is a reason',
      answers: { ...calm, 'daily-life': 'little', 'past-care': 'managing', home: 'supported' },
      outcome: 'outpatient-may-be-enough',
      safety: null,
      reasons: [guidance('daily-life', 'little'), guidance('past-care', 'managing'), guidance('home', 'supported')],
    },
    {
      name: 'rule 3: problems most days point to an IOP',
      answers: { ...calm, 'daily-life': 'most-days' },
      outcome: 'iop-may-fit',
      safety: null,
      reasons: [guidance('daily-life', 'most-days')],
    },
    {
      name: 'rule 3: stepping down from more care points to an IOP, and duties and readiness are named as reasons',
      answers: { ...calm, 'past-care': 'stepping-down', readiness: 'ready', duties: 'must-continue', home: 'supported' },
      outcome: 'iop-may-fit',
      safety: null,
      reasons: [guidance('readiness', 'ready'), guidance('past-care', 'stepping-down'), guidance('home', 'supported'), guidance('duties', 'must-continue')],
    },
    {
      name: 'rule 3: outpatient care that was not enough is a step up to an IOP',
      answers: { ...calm, 'daily-life': 'little', 'past-care': 'outpatient-not-enough' },
      outcome: 'iop-may-fit',
      safety: null,
      reasons: [guidance('past-care', 'outpatient-not-enough')],
    },
    {
      name: 'rule 3: thoughts of suicide without a plan never leave outpatient-may-be-enough, and show help',
      answers: { ...calm, 'self-harm': 'thoughts' },
      outcome: 'iop-may-fit',
      safety: ['suicide'],
      reasons: [guidance('self-harm', 'thoughts')],
    },
    {
      name: 'rule 2: more care beats every IOP signal',
      answers: { ...calm, 'daily-life': 'most-days', 'past-care': 'stepping-down', home: 'use-at-home' },
      outcome: 'more-intensive-first',
      safety: null,
      reasons: [guidance('home', 'use-at-home')],
    },
    {
      name: 'rule 2: strong withdrawal needs withdrawal care first, without a crisis alert',
      answers: { ...calm, withdrawal: 'strong' },
      outcome: 'more-intensive-first',
      safety: null,
      reasons: [guidance('withdrawal', 'strong')],
    },
    {
      name: 'rule 2: every reason for more care is given, in question order',
      answers: { ...calm, body: 'unstable', 'daily-life': 'very-much', 'past-care': 'after-intensive', home: 'unsafe' },
      outcome: 'more-intensive-first',
      safety: null,
      reasons: [guidance('body', 'unstable'), guidance('daily-life', 'very-much'), guidance('past-care', 'after-intensive'), guidance('home', 'unsafe')],
    },
    {
      name: 'rule 1: past seizures or DTs are a withdrawal danger',
      answers: { ...calm, withdrawal: 'seizures' },
      outcome: 'more-intensive-first',
      safety: ['withdrawal'],
    },
    {
      name: 'rule 1: heavy daily alcohol or benzodiazepines are a withdrawal danger',
      answers: { ...calm, withdrawal: 'heavy-daily' },
      outcome: 'more-intensive-first',
      safety: ['withdrawal'],
    },
    {
      name: 'rule 1: feeling very unwell now is a medical emergency',
      answers: { ...calm, body: 'emergency' },
      outcome: 'more-intensive-first',
      safety: ['medical'],
    },
    {
      name: 'rule 1: a plan to end your life or recent self-harm',
      answers: { ...calm, 'self-harm': 'plan' },
      outcome: 'more-intensive-first',
      safety: ['suicide'],
    },
    {
      name: 'rule 1: several dangers are listed most urgent first',
      answers: { ...calm, withdrawal: 'seizures', body: 'emergency', 'self-harm': 'thoughts' },
      outcome: 'more-intensive-first',
      safety: ['medical', 'suicide', 'withdrawal'],
    },
  ];

  for (const { name, answers, outcome, safety, reasons } of cases) {
    it(name, () => {
      const result = assessAnswers(answers);
      expect(result.outcome).toBe(outcome);
      expect(result.safety).toEqual(safety);
      if (reasons) expect(result.reasons).toEqual(reasons);
      else expect(result.reasons.length).toBeGreaterThan(0);
    });
  }

  // Every answer of every question, swapped into the calm set one at a time.
  for (const question of selfCheckQuestions) {
    for (const answer of question.answers) {
      const expected: Outcome =
        answer.points === 'more'
          ? 'more-intensive-first'
          : answer.points === 'iop' || answer.safety
            ? 'iop-may-fit'
            : 'outpatient-may-be-enough';
      it(`${question.id} = ${answer.id} gives ${expected}${answer.safety ? ` and ${answer.safety} help` : ''}`, () => {
        const result = assessAnswers({ ...calm, [question.id]: answer.id });
        expect(result.outcome).toBe(expected);
        expect(result.safety).toEqual(answer.safety ? [answer.safety] : null);
        if (answer.points !== 'none' || answer.safety) expect(result.reasons).toContain(answer.guidance);
      });
    }
  }

  it('rule 5: answers that point nowhere give iop-may-fit with no reasons', () => {
    const questions: SelfCheckQuestion[] = [
      { id: 'readiness', topic: 'T', dimension: 'D', question: 'Q?', why: 'W', answers: [{ id: 'a', label: 'A', points: 'none', guidance: 'G' }] },
    ];
    expect(assessAnswers({ readiness: 'a' }, questions)).toEqual({ outcome: 'iop-may-fit', reasons: [], safety: null });
  });

  it('does not change the answers it is given', () => {
    const answers = { ...calm };
    assessAnswers(answers);
    expect(answers).toEqual(calm);
  });
});

describe('safety signals on partial answers', () => {
  it('shows help as soon as one danger answer is chosen', () => {
    expect(safetySignals({})).toEqual([]);
    expect(safetySignals({ 'self-harm': 'thoughts' })).toEqual(['suicide']);
    expect(safetySignals({ withdrawal: 'heavy-daily', body: 'emergency' })).toEqual(['medical', 'withdrawal']);
    expect(safetySignals({ withdrawal: 'mild', body: 'managed', 'self-harm': 'no' })).toEqual([]);
  });

  it('ignores unknown answers rather than guessing', () => {
    expect(safetySignals({ withdrawal: 'nope' })).toEqual([]);
  });
});

describe('incomplete or invalid answers', () => {
  it('counts what is still to answer', () => {
    expect(unansweredQuestions({}).length).toBe(8);
    expect(unansweredQuestions({ withdrawal: 'none', body: 'nope' }).map((q) => q.id)).toEqual(selfCheckQuestions.slice(1).map((q) => q.id));
    expect(unansweredQuestions(calm)).toEqual([]);
  });

  it('refuses a missing answer, naming the question by number and topic', () => {
    const { duties: _left, ...rest } = calm;
    expect(() => assessAnswers(rest)).toThrow(SelfCheckInputError);
    expect(() => assessAnswers(rest)).toThrow(/Question 8 \("Work, school and caregiving"\) has no answer/);
  });

  it('treats blank and null answers as missing', () => {
    expect(findAnswerProblems({ ...calm, body: '', home: null }).map((p) => [p.questionId, p.problem])).toEqual([
      ['body', 'missing'],
      ['home', 'missing'],
    ]);
  });

  it('refuses an answer that is not one of the choices, listing the choices', () => {
    expect(() => assessAnswers({ ...calm, withdrawal: 'sometimes' })).toThrow(
      /Question 1 \("Alcohol, drugs and withdrawal"\) has the answer "sometimes", which is not one of its choices \(seizures, heavy-daily, strong, mild, none\)/,
    );
  });

  it('refuses an unknown question', () => {
    expect(() => assessAnswers({ ...calm, mood: 'ok' })).toThrow(/"mood" is not a question in the self-check/);
  });

  it('lists every problem at once', () => {
    try {
      assessAnswers({ withdrawal: 'x', extra: 'y' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SelfCheckInputError);
      const problems = (error as SelfCheckInputError).problems;
      expect(problems.map((p) => p.problem)).toEqual(['unknown-answer', ...Array(7).fill('missing'), 'unknown-question']);
    }
  });

  it('refuses something that is not an answers object', () => {
    for (const bad of [null, undefined, 'iop', ['none'], 3]) {
      expect(() => assessAnswers(bad as unknown as Answers)).toThrow(/Answers must be an object/);
    }
  });

  it('does not read answers from the object prototype', () => {
    const sneaky = Object.create({ withdrawal: 'none' }) as Answers;
    expect(findAnswerProblems(sneaky)[0]).toMatchObject({ questionId: 'withdrawal', problem: 'missing' });
  });
});
