import { describe, expect, it } from 'vitest';
import { helpLine } from '../../src/data/crisis.ts';
import { safetyOrder, selfCheckQuestions, urgentSafety } from '../../src/lib/self-check-content.ts';
import { otherWords } from '../../src/lib/self-check-other.ts';
import { answerNote, assessAnswers, describeAnswer } from '../../src/lib/self-check.ts';
import { familyGuide, familyLinks, questionsInVoice, selfWords, voiceChoice, type QuestionWords } from '../../src/lib/self-check-words.ts';
import { wordsFor } from '../../src/lib/self-check-voices.ts';
import { readFileSync } from 'node:fs';

const emergency = helpLine('emergency').display;
const crisis = helpLine('crisis').display;

/** Words that speak to the person the answers are about ("I", "my"), or to the reader as if they were that person. */
const firstPerson = /\b(I|I'm|my|me|myself)\b/;
const youAsThePerson =
  /\b(you (use|used|drink|stop|stopped|take|have had|had|feel|are pregnant|are under|live|tried|went|get|cope|manage|can stay|want to)|your (body|life|tolerance|medicine|benzodiazepine|withdrawal|physical health|daily life|home|mental health))\b/i;

/** Every string the third-person self-check says, named by where it is. */
function otherStrings(): Array<[string, string]> {
  const strings: Array<[string, string]> = [];
  for (const question of otherWords.questions) {
    strings.push([`${question.id} question`, question.question], [`${question.id} why`, question.why], [`${question.id} topic`, question.topic]);
    if (question.hint) strings.push([`${question.id} hint`, question.hint]);
    for (const answer of question.answers) {
      strings.push([`${question.id}: ${answer.id} label`, answer.label], [`${question.id}: ${answer.id} guidance`, answer.guidance]);
      if (answer.escalation) strings.push([`${question.id}: ${answer.id} escalation`, answer.escalation.guidance]);
    }
  }
  for (const kind of safetyOrder) {
    const box = otherWords.safetyTexts[kind];
    strings.push([`${kind} heading`, box.heading], ...box.points.map((point, index): [string, string] => [`${kind} point ${index + 1}`, point]));
  }
  for (const [outcome, text] of Object.entries(otherWords.outcomeTexts)) {
    strings.push([`${outcome} heading`, text.heading], ...[...text.summary, ...text.next].map((line): [string, string] => [outcome, line]));
  }
  strings.push(...otherWords.notADiagnosis.map((line): [string, string] => ['notADiagnosis', line]));
  strings.push(['urgent heading', otherWords.urgent.heading], ...Object.values(otherWords.urgent.notes).map((note): [string, string] => ['urgent note', note]));
  return strings;
}

describe('the self-check for someone else (third person)', () => {
  it('has the same questions, answers, points, safety boxes and escalations as the first person, in the same order', () => {
    expect(otherWords.questions.map((q) => q.id)).toEqual(selfCheckQuestions.map((q) => q.id));
    otherWords.questions.forEach((question, index) => {
      const mine = selfCheckQuestions[index]!;
      expect(question.dimension).toBe(mine.dimension);
      expect(question.answers.map(({ id, points, safety, alsoSupports }) => ({ id, points, safety, alsoSupports })), question.id).toEqual(
        mine.answers.map(({ id, points, safety, alsoSupports }) => ({ id, points, safety, alsoSupports })),
      );
      question.answers.forEach((answer, position) => {
        const own = mine.answers[position]!;
        if (!own.escalation) return expect(answer.escalation, answer.id).toBeUndefined();
        const { guidance: _theirs, ...rule } = answer.escalation!;
        const { guidance: _mine, ...myRule } = own.escalation;
        expect(rule, answer.id).toEqual(myRule);
      });
    });
  });

  for (const question of selfCheckQuestions) {
    it(`question "${question.id}": every line is in the third person in one mode and the first person in the other`, () => {
      const mine = selfWords.questions.find((q) => q.id === question.id)!;
      const theirs = otherWords.questions.find((q) => q.id === question.id)!;
      // First person: the reader answers for themselves.
      expect(mine.question).toMatch(/\byou(r)?\b/i);
      // Third person: asks about them, and never says "I" or "my".
      expect(theirs.question).toMatch(/\b(they|their|them)\b/);
      expect(theirs.question).not.toBe(mine.question);
      for (const text of [theirs.question, theirs.hint ?? '', ...theirs.answers.map((answer) => answer.label)]) expect(text).not.toMatch(firstPerson);
      theirs.answers.forEach((answer, position) => {
        // Where the first person says "I" or "my", the third person says it another way.
        if (firstPerson.test(mine.answers[position]!.label)) expect(answer.label, answer.id).not.toBe(mine.answers[position]!.label);
        expect(answer.guidance, answer.id).not.toMatch(youAsThePerson);
      });
    });
  }

  it('never speaks to the reader as if they were the person, anywhere', () => {
    const found = otherStrings().filter(([, text]) => youAsThePerson.test(text) || firstPerson.test(text));
    expect(found).toEqual([]);
    expect(otherStrings().length).toBeGreaterThan(150);
  });

  it('keeps every safety box pointing to 988 and 911 first, like the first-person box, and says the reader may call', () => {
    for (const kind of safetyOrder) {
      const mine = selfWords.safetyTexts[kind];
      const theirs = otherWords.safetyTexts[kind];
      const numbers = (box: typeof mine) => [box.heading, ...box.points].join(' ').match(new RegExp(`\\b(${emergency}|${crisis})\\b`, 'g')) ?? [];
      expect(numbers(theirs), kind).toEqual(numbers(mine));
      expect(theirs.points.length, kind).toBe(mine.points.length);
      expect(theirs.points.length, kind).toBeLessThanOrEqual(5);
      expect(theirs.more, kind).toEqual(mine.more);
    }
    expect(otherWords.safetyTexts.suicide.heading).toBe(`Call or text ${crisis} now`);
    expect(otherWords.safetyTexts.suicide.points.join(' ')).toMatch(/with them or for them/);
    expect(otherWords.safetyTexts.suicide.points.join(' ')).toContain(`If they are in danger right now, call ${emergency}.`);
    expect(otherWords.safetyTexts['suicide-thoughts'].points[0]).toBe('You said they have had thoughts of ending their life or hurting themselves.');
    expect(otherWords.safetyTexts.medical.heading).toBe(`Call ${emergency} now`);
    expect(otherWords.safetyTexts.withdrawal.points.join(' ')).toMatch(/A doctor should plan how they stop/);
    expect(otherWords.safetyTexts['opioid-tolerance'].points.join(' ')).toMatch(/can now kill them/);
    // Urgent boxes stay urgent: the label comes from the kind, not the words.
    expect([...urgentSafety].sort()).toEqual(['lethal-means', 'medical', 'opioid-tolerance', 'suicide', 'suicide-thoughts', 'withdrawal']);
  });

  it('names the third-person safety boxes in the in-place notes', () => {
    const opioids = otherWords.questions.find((q) => q.id === 'opioids')!;
    const using = opioids.answers.find((a) => a.id === 'using')!;
    expect(describeAnswer(using, otherWords.safetyTexts).boxes).toEqual(['Keep naloxone close', 'Ask about medicine for opioid use disorder']);
    expect(answerNote(using, otherWords.safetyTexts)).toContain(using.guidance);
    expect(describeAnswer(using).boxes).toEqual(['Carry naloxone', 'Ask about medicine for opioid use disorder']);
  });

  it('gives the same result and safety boxes for the same answers, with reasons in the third person', () => {
    const { scenarios } = JSON.parse(readFileSync('tests/fixtures/self-check-scenarios.json', 'utf8')) as { scenarios: Array<{ name: string; answers: Record<string, string> }> };
    for (const scenario of scenarios) {
      const mine = assessAnswers(scenario.answers, selfWords.questions);
      const theirs = assessAnswers(scenario.answers, otherWords.questions);
      expect(theirs.outcome, scenario.name).toBe(mine.outcome);
      expect(theirs.safety, scenario.name).toEqual(mine.safety);
      expect(theirs.reasons.length, scenario.name).toBe(mine.reasons.length);
      for (const reason of theirs.reasons) expect(reason, scenario.name).not.toMatch(youAsThePerson);
    }
  });

  it('points a family member to the right parts of the families page', () => {
    expect(familyLinks('/').map((link) => link.href)).toEqual([
      '/families-and-teens/#how-do-i-keep-my-family-member-safe',
      '/families-and-teens/#how-can-i-help-someone-who-is-not-ready',
      '/families-and-teens/#what-is-an-iop-for-teens-like',
      '/families-and-teens/#what-will-the-program-tell-parents',
      '/families-and-teens/#how-do-i-take-care-of-myself',
    ]);
    expect(familyLinks('/iop/')[0]!.href).toBe('/iop/families-and-teens/#how-do-i-keep-my-family-member-safe');
    // Every id is a heading on the page (the built-site link check also follows them).
    const source = readFileSync('content/topics/families-and-teens.mdx', 'utf8');
    const ids = [...source.matchAll(/^## (.+)$/gm)].map(([, heading]) => heading!.toLowerCase().replace(/[^a-z0-9 -]/g, '').trim().replace(/ +/g, '-'));
    for (const section of familyGuide.sections) expect(ids, section.id).toContain(section.id);
    expect(voiceChoice.options.other).toMatch(/teen.*partner.*care for/);
  });

  it('picks the words by voice', () => {
    expect(wordsFor('self')).toBe(selfWords);
    expect(wordsFor('other')).toBe(otherWords);
  });
});

describe('questionsInVoice', () => {
  const sample = selfCheckQuestions.slice(0, 1);
  const sedatives = (answers: QuestionWords['answers']): Record<string, QuestionWords> => ({
    sedatives: { topic: 't', question: 'q', hint: 'h', why: 'w', answers },
  });
  const all = Object.fromEntries(sample[0]!.answers.map((answer) => [answer.id, { label: 'l', guidance: 'g' }]));

  it('replaces only the words', () => {
    const [question] = questionsInVoice(sample, sedatives(all) as never);
    expect(question!.question).toBe('q');
    expect(question!.answers.map((a) => a.points)).toEqual(sample[0]!.answers.map((a) => a.points));
  });

  it('refuses missing words, words for answers that do not exist, and a hint in one voice only', () => {
    const { daily: _daily, ...missing } = all;
    expect(() => questionsInVoice(sample, sedatives(missing) as never)).toThrow(/"sedatives: daily" has no words/);
    expect(() => questionsInVoice(sample, sedatives({ ...all, weekly: { label: 'l', guidance: 'g' } }) as never)).toThrow(/unknown answers.*weekly/);
    expect(() => questionsInVoice(sample, { sedatives: { topic: 't', question: 'q', why: 'w', answers: all } } as never)).toThrow(/hint/);
    expect(() => questionsInVoice(sample, {} as never)).toThrow(/"sedatives" has no words/);
  });

  it('needs escalation words exactly where an answer can be escalated', () => {
    const means = selfCheckQuestions.filter((q) => q.id === 'lethal-means');
    const words = Object.fromEntries(means[0]!.answers.map((answer) => [answer.id, { label: 'l', guidance: 'g' }]));
    expect(() => questionsInVoice(means, { 'lethal-means': { topic: 't', question: 'q', hint: 'h', why: 'w', answers: words } } as never)).toThrow(/escalation/);
  });
});
