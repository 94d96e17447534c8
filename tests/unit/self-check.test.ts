import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helpLine } from '../../src/data/crisis.ts';
import { facts } from '../../src/lib/facts.ts';
import {
  notADiagnosis,
  outcomeOf,
  outcomeOrder,
  outcomeTexts,
  ruleTexts,
  safetyLabel,
  safetyNoteLabel,
  safetyOrder,
  safetyTexts,
  selfCheckQuestions,
  urgentNotes,
  type Outcome,
  type Points,
  type SafetyKind,
  type SelfCheckQuestion,
} from '../../src/lib/self-check-content.ts';
import { fleschKincaidGrade } from '../../src/lib/readability.ts';
import {
  SelfCheckInputError,
  answerNote,
  assessAnswers,
  describeAnswer,
  findAnswerProblems,
  questionSafety,
  safetySignals,
  safetySources,
  unansweredQuestions,
  type Answers,
} from '../../src/lib/self-check.ts';

/** Nothing here points to more care, a clinician or an IOP; "some" problems and "managing" point to outpatient care. */
const calm = {
  sedatives: 'no',
  withdrawal: 'none',
  opioids: 'no',
  overdose: 'no',
  body: 'well',
  'self-harm': 'no',
  'lethal-means': 'no',
  'daily-life': 'sometimes',
  'past-care': 'managing',
  home: 'few-supports',
  'pregnancy-age': 'neither',
  readiness: 'unsure',
  duties: 'no',
} as const;

const question = (id: string): SelfCheckQuestion => selfCheckQuestions.find((q) => q.id === id)!;
const answer = (questionId: string, answerId: string) => question(questionId).answers.find((a) => a.id === answerId)!;
const guidance = (questionId: string, answerId: string): string => answer(questionId, answerId).guidance;

/** Question ids published as /self-check/how-it-works/#q-<id>: they must never go away. */
const publishedQuestionIds = readFileSync('tests/fixtures/published-links.txt', 'utf8')
  .split('\n')
  .map((line) => /^\/self-check\/how-it-works\/#q-(.+)$/.exec(line.trim())?.[1])
  .filter((id): id is string => Boolean(id));

describe('self-check data', () => {
  it('asks 13 questions that cover all six ASAM dimensions (4th edition), pregnancy, age and daily duties', () => {
    expect(selfCheckQuestions).toHaveLength(13);
    for (const dimension of [1, 2, 3, 4, 5, 6]) {
      expect(selfCheckQuestions.some((q) => q.dimension.startsWith(`ASAM dimension ${dimension}:`)), `dimension ${dimension}`).toBe(true);
    }
    const names = selfCheckQuestions.map((q) => q.dimension).join(' ');
    for (const name of ['intoxication, withdrawal and addiction medications', 'biomedical conditions', 'psychiatric and cognitive conditions', 'substance use-related risks', 'recovery environment interactions', 'person-centered considerations']) {
      expect(names).toContain(name);
    }
    expect(names).not.toMatch(/readiness to change:|relapse|emotional, behavioral/i);
    expect(selfCheckQuestions.map((q) => q.id)).toEqual(expect.arrayContaining(['duties', 'pregnancy-age', 'opioids', 'overdose', 'lethal-means', 'sedatives']));
  });

  it('keeps every question id that has a published #q- anchor', () => {
    expect(publishedQuestionIds.length).toBeGreaterThanOrEqual(8);
    for (const id of publishedQuestionIds) expect(selfCheckQuestions.map((q) => q.id), id).toContain(id);
  });

  it('gives every question unique ids, at least 3 answers and guidance for each', () => {
    expect(new Set(selfCheckQuestions.map((q) => q.id)).size).toBe(selfCheckQuestions.length);
    for (const q of selfCheckQuestions) {
      expect(q.answers.length, q.id).toBeGreaterThanOrEqual(3);
      expect(new Set(q.answers.map((a) => a.id)).size, q.id).toBe(q.answers.length);
      for (const a of q.answers) expect(a.guidance.length, `${q.id}/${a.id}`).toBeGreaterThan(20);
    }
  });

  it('lists answers from most to least serious, so "choose the first that fits" is safe', () => {
    const rank: Record<Points, number> = { urgent: 0, more: 1, clinician: 2, iop: 3, outpatient: 4, none: 4 };
    for (const q of selfCheckQuestions) {
      // Points first; among equal points, an answer that shows a safety box (or can be escalated) comes first.
      const ranks = q.answers.map((a) => rank[a.points] * 2 + (a.safety || a.escalation ? 0 : 1));
      expect(ranks, q.id).toEqual([...ranks].sort((x, y) => x - y));
    }
  });

  it('takes phone numbers from the crisis data', () => {
    expect(safetyTexts.suicide.heading).toContain(helpLine('crisis').display);
    expect(safetyTexts['suicide-thoughts'].heading).toContain(helpLine('crisis').display);
    expect(safetyTexts.medical.heading).toContain(helpLine('emergency').display);
    expect(guidance('home', 'no-safe-place')).toContain(helpLine('helpline').display);
    expect(safetyTexts.naloxone.points.join(' ')).toContain(`Call ${helpLine('emergency').display}`);
  });

  it('takes numbers from the facts', () => {
    expect(guidance('pregnancy-age', 'under-18')).toContain(facts.iopHoursAdolescent);
    expect(safetyTexts.naloxone.points.join(' ')).toContain(facts.naloxoneOverTheCounterSince);
    expect(safetyTexts.withdrawal.points.join(' ')).toContain(facts.withdrawalWorsensOver);
    expect(guidance('sedatives', 'daily')).toContain(facts.withdrawalWorsensOver);
  });

  it('says why each question is asked', () => {
    for (const q of selfCheckQuestions) expect(q.why.length, q.id).toBeGreaterThan(40);
  });

  it('gives every safety box one action as its heading and at most 5 bullets', () => {
    expect(Object.keys(safetyTexts).sort()).toEqual([...safetyOrder].sort());
    for (const kind of safetyOrder) {
      const box = safetyTexts[kind];
      expect(box.heading.length, kind).toBeGreaterThan(5);
      expect(box.heading, kind).not.toMatch(/[.!]$/);
      expect(box.points.length, kind).toBeGreaterThanOrEqual(2);
      expect(box.points.length, kind).toBeLessThanOrEqual(5);
    }
  });

  it('says what naloxone is, that the spray is sold without a prescription, to carry it and to call 911', () => {
    const box = [safetyTexts.naloxone.heading, ...safetyTexts.naloxone.points].join(' ');
    expect(box).toMatch(/reverse an opioid overdose/);
    expect(box).toMatch(/nasal spray without a prescription/);
    expect(box).toMatch(/Carry naloxone/);
    expect(box).toContain(`Call ${helpLine('emergency').display}`);
    expect(safetyTexts.naloxone.more?.path).toBeTruthy();
  });

  it('gives lethal-means advice: lock up or remove guns and medicines, or ask someone to hold them', () => {
    const box = safetyTexts['lethal-means'].points.join(' ');
    expect(box).toMatch(/Lock up any gun|remove/);
    expect(box).toMatch(/medicines/);
    expect(box).toMatch(/Ask someone you trust to hold/);
  });

  it('never writes one withdrawal rule for alcohol, sedatives and opioids (CONTENT.md)', () => {
    for (const text of allText) {
      expect(text).not.toMatch(/alcohol, benzodiazepines or opioids|benzodiazepines or opioids/i);
      if (/opioid|fentanyl|heroin|buprenorphine|methadone/i.test(text)) expect(text, text).not.toMatch(/withdrawal (care )?(comes |usually comes )?first|supervised withdrawal/i);
    }
    for (const a of question('opioids').answers) expect(a.points, a.id).not.toBe('more');
  });

  it('words the 4th-edition level 2.5 as high-intensity outpatient or partial hospitalization (PHP), never PHP alone', () => {
    for (const text of allText) {
      if (/partial hospitalization/i.test(text)) expect(text).toMatch(/high-intensity outpatient or partial hospitalization program \(PHP\)/);
    }
    expect(outcomeTexts['more-intensive-first'].summary.join(' ')).toMatch(/day program/);
  });

  const allText = [
    ...selfCheckQuestions.flatMap((q) => [
      q.question,
      q.hint ?? '',
      q.why,
      ...q.answers.flatMap((a) => [a.label, a.guidance, a.escalation?.guidance ?? '', a.escalation?.when ?? '']),
    ]),
    ...Object.values(safetyTexts).flatMap((t) => [t.heading, ...t.points]),
    ...Object.values(outcomeTexts).flatMap((t) => [t.heading, ...t.summary, ...t.next]),
    ...Object.values(urgentNotes),
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

/** The result the calm answers give, with one answer swapped in: the more serious of the two. */
function expectedWith(points: Points): Outcome {
  if (points === 'none') return 'outpatient-may-be-enough';
  return outcomeOrder[Math.min(outcomeOrder.indexOf(outcomeOf[points]), outcomeOrder.indexOf('outpatient-may-be-enough'))]!;
}

describe('assessAnswers: the rules', () => {
  const cases: Array<{ name: string; answers: Answers; outcome: Outcome; safety: SafetyKind[] | null; reasons?: string[] }> = [
    {
      name: 'only outpatient signals give outpatient-may-be-enough',
      answers: calm,
      outcome: 'outpatient-may-be-enough',
      safety: null,
      reasons: [guidance('daily-life', 'sometimes'), guidance('past-care', 'managing')],
    },
    {
      name: 'problems most days point to an IOP',
      answers: { ...calm, 'daily-life': 'most-days', 'past-care': 'first-time' },
      outcome: 'iop-may-fit',
      safety: null,
      reasons: [guidance('daily-life', 'most-days')],
    },
    {
      name: 'stepping down points to an IOP, and duties, readiness and a supportive home are named as reasons',
      answers: { ...calm, 'past-care': 'stepping-down', readiness: 'ready', duties: 'must-continue', home: 'supported' },
      outcome: 'iop-may-fit',
      safety: null,
      reasons: [guidance('past-care', 'stepping-down'), guidance('home', 'supported'), guidance('readiness', 'ready'), guidance('duties', 'must-continue')],
    },
    {
      name: 'more care beats every IOP signal',
      answers: { ...calm, 'daily-life': 'most-days', 'past-care': 'stepping-down', home: 'use-at-home' },
      outcome: 'more-intensive-first',
      safety: null,
      reasons: [guidance('home', 'use-at-home')],
    },
    {
      name: 'no safe place to stay points to more care, naming residential care, recovery housing and the helpline',
      answers: { ...calm, home: 'no-safe-place' },
      outcome: 'more-intensive-first',
      safety: null,
      reasons: [guidance('home', 'no-safe-place')],
    },
    {
      name: 'a reason for a clinician first is still named when more care wins',
      answers: { ...calm, 'pregnancy-age': 'pregnant', body: 'unstable' },
      outcome: 'more-intensive-first',
      safety: null,
      reasons: [guidance('body', 'unstable'), guidance('pregnancy-age', 'pregnant')],
    },
    {
      name: 'getting help now beats more care, and every danger keeps its box',
      answers: { ...calm, body: 'emergency', withdrawal: 'seizures', opioids: 'using' },
      outcome: 'urgent-help-first',
      safety: ['medical', 'withdrawal', 'naloxone', 'opioid-medicine'],
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

  // Every answer of every question, swapped into the calm set one at a time (calm has no thoughts of suicide, so no
  // answer is escalated here).
  for (const q of selfCheckQuestions) {
    for (const a of q.answers) {
      const expected = expectedWith(a.points);
      const boxes = safetyOrder.filter((kind) => a.safety?.includes(kind));
      it(`${q.id} = ${a.id} gives ${expected}${boxes.length ? ` and ${boxes.join(', ')}` : ''}`, () => {
        const result = assessAnswers({ ...calm, [q.id]: a.id });
        expect(result.outcome).toBe(expected);
        expect(result.safety).toEqual(boxes.length ? boxes : null);
        if (a.points !== 'none' || a.safety) expect(result.reasons).toContain(a.guidance);
      });
    }
  }

  it('answers that point nowhere give iop-may-fit with no reasons', () => {
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

// Each of these fails on the rules before the clinical review (HEAD 78149f2): they are why the rules changed.
describe('safety rules from the clinical review', () => {
  it('suicidal intent without a plan gives urgent help first, with lethal-means advice', () => {
    const result = assessAnswers({ ...calm, 'self-harm': 'intent', 'daily-life': 'most-days' });
    expect(result.outcome).toBe('urgent-help-first');
    expect(result.safety).toEqual(['suicide', 'lethal-means']);
  });

  it('a recent attempt or self-harm, and a plan, give urgent help first, with lethal-means advice', () => {
    for (const id of ['attempt', 'plan']) {
      const result = assessAnswers({ ...calm, 'self-harm': id });
      expect(result.outcome, id).toBe('urgent-help-first');
      expect(result.safety, id).toEqual(['suicide', 'lethal-means']);
    }
  });

  it('thoughts of suicide with a gun or stored medicines close by give urgent help first', () => {
    for (const means of ['gun', 'medicines']) {
      const result = assessAnswers({ ...calm, 'self-harm': 'thoughts', 'lethal-means': means, 'daily-life': 'most-days' });
      expect(result.outcome, means).toBe('urgent-help-first');
      expect(result.safety, means).toEqual(['suicide', 'lethal-means']);
      expect(result.reasons, means).toContain(answer('lethal-means', means).escalation!.guidance);
    }
  });

  it('thoughts alone show "call or text 988 today" and never a reassuring result', () => {
    for (const daily of ['most-days', 'sometimes', 'little']) {
      const result = assessAnswers({ ...calm, 'self-harm': 'thoughts', 'daily-life': daily });
      expect(result.outcome, daily).toBe('clinician-first');
      expect(result.safety, daily).toEqual(['suicide-thoughts']);
    }
    expect(safetyTexts['suicide-thoughts'].heading).toBe(`Call or text ${helpLine('crisis').display} today`);
    expect(safetyTexts['suicide-thoughts'].points.join(' ')).toMatch(/Tell the clinician/);
  });

  it('a gun at home without thoughts of suicide does not change the result', () => {
    expect(assessAnswers({ ...calm, 'lethal-means': 'gun' })).toMatchObject({ outcome: 'outpatient-may-be-enough', safety: null });
  });

  it('every opioid answer, and every overdose, shows naloxone; opioid use points to medicine, never withdrawal care first', () => {
    for (const id of ['using', 'stopped', 'on-medicine']) {
      const result = assessAnswers({ ...calm, opioids: id });
      expect(result.safety, id).toContain('naloxone');
      expect(result.outcome, id).not.toBe('more-intensive-first');
      expect(result.reasons.join(' '), id).toMatch(/buprenorphine or methadone|Keep taking your medicine/);
    }
    expect(assessAnswers({ ...calm, opioids: 'using' }).safety).toContain('opioid-medicine');
    for (const id of ['past-year', 'before']) expect(assessAnswers({ ...calm, overdose: id }).safety, id).toContain('naloxone');
    expect(assessAnswers({ ...calm, overdose: 'past-year' }).outcome).toBe('clinician-first');
  });

  it('stopping opioids after a break warns that tolerance falls and overdose risk rises', () => {
    const result = assessAnswers({ ...calm, opioids: 'stopped' });
    expect(result.safety).toEqual(['opioid-tolerance', 'naloxone']);
    expect(safetyTexts['opioid-tolerance'].points.join(' ')).toMatch(/withdrawal care, jail, a hospital stay or treatment/);
    expect(safetyTexts['opioid-tolerance'].points.join(' ')).toMatch(/Fentanyl/);
  });

  it('mild withdrawal after heavy daily drinking or daily sedatives still warns, and a doctor plans the stop', () => {
    const result = assessAnswers({ ...calm, sedatives: 'daily', withdrawal: 'mild', duties: 'must-continue' });
    expect(result.outcome).toBe('clinician-first');
    expect(result.safety).toEqual(['withdrawal']);
    expect(result.reasons.join(' ')).toMatch(/get worse over 1 to 3 days/);
    expect(safetyTexts.withdrawal.points.join(' ')).toMatch(/in a clinic, or as an outpatient when it is safe/);
  });

  it('past seizures or DTs, and strong withdrawal, give more care first with the withdrawal box', () => {
    for (const id of ['seizures', 'strong']) expect(assessAnswers({ ...calm, withdrawal: id }), id).toMatchObject({ outcome: 'more-intensive-first', safety: ['withdrawal'] });
  });

  it('a daily prescribed benzodiazepine says "do not stop on your own; tell the prescriber", not more care first', () => {
    const result = assessAnswers({ ...calm, sedatives: 'prescribed' });
    expect(result.outcome).toBe('outpatient-may-be-enough');
    expect(result.safety).toEqual(['prescribed-benzo']);
    expect(safetyTexts['prescribed-benzo'].points.join(' ')).toMatch(/Tell the clinician who prescribes it/);
  });

  it('pregnancy and being under 18 each mean talking with a clinician first, with a plain reason', () => {
    const pregnant = assessAnswers({ ...calm, 'pregnancy-age': 'pregnant', 'daily-life': 'most-days' });
    expect(pregnant.outcome).toBe('clinician-first');
    expect(pregnant.reasons.join(' ')).toMatch(/Withdrawal can harm the pregnancy.*buprenorphine or methadone/);
    const teen = assessAnswers({ ...calm, 'pregnancy-age': 'under-18', 'daily-life': 'most-days' });
    expect(teen.outcome).toBe('clinician-first');
    expect(teen.reasons.join(' ')).toMatch(/parents and consent vary by state/);
  });
});

describe('safety signals on partial answers', () => {
  it('shows help as soon as one danger answer is chosen', () => {
    expect(safetySignals({})).toEqual([]);
    expect(safetySignals({ 'self-harm': 'thoughts' })).toEqual(['suicide-thoughts']);
    expect(safetySignals({ sedatives: 'daily', body: 'emergency' })).toEqual(['medical', 'withdrawal']);
    expect(safetySignals({ withdrawal: 'mild', body: 'managed', 'self-harm': 'no' })).toEqual([]);
  });

  it('escalates as soon as the second answer is chosen, and drops the gentler box', () => {
    expect(safetySignals({ 'lethal-means': 'gun' })).toEqual([]);
    expect(safetySignals({ 'self-harm': 'thoughts', 'lethal-means': 'gun' })).toEqual(['suicide', 'lethal-means']);
    expect(questionSafety('lethal-means', { 'self-harm': 'thoughts', 'lethal-means': 'gun' })).toEqual(['suicide', 'lethal-means']);
    expect(questionSafety('self-harm', { 'self-harm': 'thoughts', 'lethal-means': 'gun' })).toEqual(['suicide-thoughts']);
    expect(questionSafety('lethal-means', { 'self-harm': 'no', 'lethal-means': 'gun' })).toEqual([]);
  });

  it('ignores unknown answers rather than guessing', () => {
    expect(safetySignals({ withdrawal: 'nope' })).toEqual([]);
  });
});

describe('the words that explain each answer', () => {
  it('labels urgent answers "Get help now" and gentler ones "Safety note", and says what can escalate an answer', () => {
    expect(describeAnswer(answer('self-harm', 'plan')).level).toBe(safetyLabel);
    expect(describeAnswer(answer('opioids', 'on-medicine')).level).toBe(safetyNoteLabel);
    expect(describeAnswer(answer('daily-life', 'little')).level).toBeNull();
    expect(describeAnswer(answer('lethal-means', 'gun')).escalation).toMatch(/^With thoughts of suicide or self-harm: Get help now\. Points to getting help now\./);
    expect(answerNote(answer('opioids', 'using'))).toContain(`Shows: ${safetyTexts.naloxone.heading}; ${safetyTexts['opioid-medicine'].heading}.`);
  });

  it('names every answer that shows each box', () => {
    for (const kind of safetyOrder) expect(safetySources(kind).length, kind).toBeGreaterThan(0);
    expect(safetySources('lethal-means').some((line) => line.includes('with thoughts of suicide'))).toBe(true);
  });
});

describe('incomplete or invalid answers', () => {
  it('counts what is still to answer', () => {
    expect(unansweredQuestions({}).length).toBe(13);
    expect(unansweredQuestions({ sedatives: 'no', withdrawal: 'nope' }).map((q) => q.id)).toEqual(selfCheckQuestions.slice(1).map((q) => q.id));
    expect(unansweredQuestions(calm)).toEqual([]);
  });

  it('refuses a missing answer, naming the question by number and topic', () => {
    const { duties: _left, ...rest } = calm;
    expect(() => assessAnswers(rest)).toThrow(SelfCheckInputError);
    expect(() => assessAnswers(rest)).toThrow(/Question 13 \("Work, school and caregiving"\) has no answer/);
  });

  it('treats blank and null answers as missing', () => {
    expect(findAnswerProblems({ ...calm, body: '', home: null }).map((p) => [p.questionId, p.problem])).toEqual([
      ['body', 'missing'],
      ['home', 'missing'],
    ]);
  });

  it('refuses an answer that is not one of the choices, listing the choices', () => {
    expect(() => assessAnswers({ ...calm, withdrawal: 'sometimes' })).toThrow(
      /Question 2 \("Withdrawal from alcohol or sedatives"\) has the answer "sometimes", which is not one of its choices \(seizures, strong, mild, none\)/,
    );
  });

  it('refuses an unknown question', () => {
    expect(() => assessAnswers({ ...calm, mood: 'ok' })).toThrow(/"mood" is not a question in the self-check/);
  });

  it('lists every problem at once', () => {
    try {
      assessAnswers({ sedatives: 'x', extra: 'y' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SelfCheckInputError);
      const problems = (error as SelfCheckInputError).problems;
      expect(problems.map((p) => p.problem)).toEqual(['unknown-answer', ...Array(12).fill('missing'), 'unknown-question']);
    }
  });

  it('refuses something that is not an answers object', () => {
    for (const bad of [null, undefined, 'iop', ['none'], 3]) {
      expect(() => assessAnswers(bad as unknown as Answers)).toThrow(/Answers must be an object/);
    }
  });

  it('does not read answers from the object prototype', () => {
    const sneaky = Object.create({ sedatives: 'no' }) as Answers;
    expect(findAnswerProblems(sneaky)[0]).toMatchObject({ questionId: 'sedatives', problem: 'missing' });
  });
});
