import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { helpLine } from '../../src/data/crisis.ts';
import { spanishAvoidWordProblems } from '../../src/lib/avoid-words-es.ts';
import { facts } from '../../src/lib/facts.ts';
import { factsEs } from '../../src/lib/facts-es.ts';
import { explanationsPage, assessAnswers, answerNote, safetySources } from '../../src/lib/self-check.ts';
import {
  notADiagnosis,
  outcomeOrder,
  outcomeTexts,
  overdoseInfoPath,
  overdoseInfoText,
  pointsLabels,
  ruleTexts,
  safetyLabel,
  safetyNoteLabel,
  safetyOrder,
  safetyTexts,
  selfCheckQuestions,
  urgentHeading,
  urgentNotes,
  type Outcome,
  type OutcomeText,
  type Points,
  type SafetyKind,
  type SafetyText,
  type SelfCheckQuestion,
} from '../../src/lib/self-check-content.ts';
import {
  answerNoteEs,
  crisisActionEs,
  crisisSpanishOption,
  describeAnswerEs,
  notADiagnosisEs,
  outcomeTextsEs,
  overdoseInfoPathEs,
  overdoseInfoTextEs,
  pointsLabelsEs,
  questionsInSpanish,
  ruleTextsEs,
  safetyLabelEs,
  safetyNoteLabelEs,
  safetySourcesEs,
  safetyTextsEs,
  selfCheckQuestionsEs,
  urgentHeadingEs,
  urgentNotesEs,
} from '../../src/lib/self-check-content-es.ts';
import { otherWords } from '../../src/lib/self-check-other.ts';
import { otherWordsEs, wordsForEs } from '../../src/lib/self-check-other-es.ts';
import { wordsFor } from '../../src/lib/self-check-voices.ts';
import { familyGuide, privacyNote, selfCheckPaths, selfWords, voiceChoice, voices, type SelfCheckWords } from '../../src/lib/self-check-words.ts';
import {
  explanationsPageEs,
  familyGuideEs,
  familyLinksEs,
  privacyNoteEs,
  selfCheckPathsEs,
  selfWordsEs,
  voiceChoiceEs,
  type FamilyGuideWords,
  type VoiceChoiceWords,
} from '../../src/lib/self-check-words-es.ts';
import { spanishFixedPages } from '../../src/lib/spanish-edition.ts';

/** [where, English, Spanish]: every text of the self-check beside its Spanish counterpart. */
type Pair = [string, string, string];

/** Spanish texts allowed to be the same as the English (names or numbers only). There are none today. */
const sameInBothLanguages: readonly string[] = [];

const emergency = helpLine('emergency').display;
const crisis = helpLine('crisis').display;
const helpline = helpLine('helpline').display;
const helplineText = helpLine('helpline').textNumber!.display;

function lines(where: string, english: readonly string[], spanish: readonly string[]): Pair[] {
  expect(spanish.length, `${where}: as many lines as in English`).toBe(english.length);
  return english.map((text, index): Pair => [`${where} ${index + 1}`, text, spanish[index]!]);
}

function questionPairs(where: string, english: readonly SelfCheckQuestion[], spanish: readonly SelfCheckQuestion[]): Pair[] {
  expect(spanish.map((q) => q.id), where).toEqual(english.map((q) => q.id));
  return english.flatMap((question, index) => {
    const theirs = spanish[index]!;
    const at = `${where} ${question.id}`;
    expect(Boolean(theirs.hint), `${at}: a hint in both languages, or in neither`).toBe(Boolean(question.hint));
    expect(theirs.answers.map((a) => a.id), at).toEqual(question.answers.map((a) => a.id));
    const pairs: Pair[] = [
      [`${at} topic`, question.topic, theirs.topic],
      [`${at} dimension`, question.dimension, theirs.dimension],
      [`${at} question`, question.question, theirs.question],
      [`${at} why`, question.why, theirs.why],
    ];
    if (question.hint) pairs.push([`${at} hint`, question.hint, theirs.hint!]);
    question.answers.forEach((answer, position) => {
      const said = theirs.answers[position]!;
      pairs.push([`${at}: ${answer.id} label`, answer.label, said.label], [`${at}: ${answer.id} guidance`, answer.guidance, said.guidance]);
      if (answer.escalation && said.escalation) {
        pairs.push(
          [`${at}: ${answer.id} escalation`, answer.escalation.guidance, said.escalation.guidance],
          [`${at}: ${answer.id} escalation condition`, answer.escalation.when, said.escalation.when],
        );
      }
    });
    return pairs;
  });
}

function boxPairs(where: string, english: Record<SafetyKind, SafetyText>, spanish: Record<SafetyKind, SafetyText>): Pair[] {
  expect(Object.keys(spanish).sort(), where).toEqual(Object.keys(english).sort());
  return safetyOrder.flatMap((kind) => {
    const mine = english[kind];
    const theirs = spanish[kind];
    expect(Boolean(theirs.more), `${where} ${kind}: a "read more" link in both languages, or in neither`).toBe(Boolean(mine.more));
    return [
      [`${where} ${kind} heading`, mine.heading, theirs.heading] as Pair,
      ...lines(`${where} ${kind} point`, mine.points, theirs.points),
      ...(mine.more && theirs.more ? [[`${where} ${kind} more`, mine.more.text, theirs.more.text] as Pair] : []),
    ];
  });
}

function outcomePairs(where: string, english: Record<Outcome, OutcomeText>, spanish: Record<Outcome, OutcomeText>): Pair[] {
  expect(Object.keys(spanish).sort(), where).toEqual(Object.keys(english).sort());
  return outcomeOrder.flatMap((outcome) => [
    [`${where} ${outcome} heading`, english[outcome].heading, spanish[outcome].heading] as Pair,
    ...lines(`${where} ${outcome} summary`, english[outcome].summary, spanish[outcome].summary),
    ...lines(`${where} ${outcome} next`, english[outcome].next, spanish[outcome].next),
  ]);
}

function wordsPairs(english: SelfCheckWords, spanish: SelfCheckWords): Pair[] {
  const where = english.voice;
  expect(Object.keys(spanish.urgent.notes).sort(), where).toEqual(Object.keys(english.urgent.notes).sort());
  return [
    [`${where} title`, english.title, spanish.title],
    [`${where} description`, english.description, spanish.description],
    ...lines(`${where} intro`, english.intro, spanish.intro),
    [`${where} resultLabel`, english.resultLabel, spanish.resultLabel],
    [`${where} safetyFor`, english.safetyFor, spanish.safetyFor],
    [`${where} keepAnswering`, english.keepAnswering, spanish.keepAnswering],
    [`${where} answersHeading`, english.answersHeading, spanish.answersHeading],
    ...lines(`${where} notADiagnosis`, english.notADiagnosis, spanish.notADiagnosis),
    [`${where} urgent heading`, english.urgent.heading, spanish.urgent.heading],
    ...(Object.keys(english.urgent.notes) as Array<keyof SelfCheckWords['urgent']['notes']>).map(
      (key): Pair => [`${where} urgent note ${key}`, english.urgent.notes[key], spanish.urgent.notes[key]],
    ),
    ...questionPairs(`${where} question`, english.questions, spanish.questions),
    ...boxPairs(`${where} box`, english.safetyTexts, spanish.safetyTexts),
    ...outcomePairs(`${where} outcome`, english.outcomeTexts, spanish.outcomeTexts),
  ];
}

/** The texts said the same in both voices. */
function sharedPairs(): Pair[] {
  return [
    ...(Object.keys(pointsLabels) as Points[]).map((points): Pair => [`points ${points}`, pointsLabels[points], pointsLabelsEs[points]]),
    ['safetyLabel', safetyLabel, safetyLabelEs],
    ['safetyNoteLabel', safetyNoteLabel, safetyNoteLabelEs],
    ...lines('rule', ruleTexts, ruleTextsEs),
    ['overdoseInfoText', overdoseInfoText, overdoseInfoTextEs],
    ['privacyNote', privacyNote, privacyNoteEs],
    ['voiceChoice label', voiceChoice.label, voiceChoiceEs.label],
    ...voices.map((voice): Pair => [`voiceChoice ${voice}`, voiceChoice.options[voice], voiceChoiceEs.options[voice]]),
    ['voiceChoice carried', voiceChoice.carried, voiceChoiceEs.carried],
    ['familyGuide heading', familyGuide.heading, familyGuideEs.heading],
    ['familyGuide intro', familyGuide.intro, familyGuideEs.intro],
    ...lines(
      'familyGuide section',
      familyGuide.sections.map((s) => s.text),
      familyGuideEs.sections.map((s) => s.text),
    ),
  ];
}

function allPairs(): Pair[] {
  return [...wordsPairs(selfWords, selfWordsEs), ...wordsPairs(otherWords, otherWordsEs), ...sharedPairs()];
}

/** The ids of a Spanish page's headings, made as the brief says: lower case, no accents or punctuation, hyphens. */
function headingIds(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^#{2,3} (.+)$/gm)].map(([, heading]) =>
    heading!
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[¿?¡!,.:;()"'/]/g, '')
      .trim()
      .replace(/\s+/g, '-'),
  );
}

const figures = (text: string): string[] => (text.match(/\d[\d,]*/g) ?? []).map((figure) => figure.replace(/,$/, ''));

describe('the Spanish self-check mirrors the English one', () => {
  it('has every export of the same type as its English twin', () => {
    expectTypeOf(selfCheckQuestionsEs).toEqualTypeOf<readonly SelfCheckQuestion[]>();
    expectTypeOf(safetyTextsEs).toEqualTypeOf(safetyTexts);
    expectTypeOf(outcomeTextsEs).toEqualTypeOf(outcomeTexts);
    expectTypeOf(pointsLabelsEs).toEqualTypeOf(pointsLabels);
    expectTypeOf(notADiagnosisEs).toEqualTypeOf(notADiagnosis);
    expectTypeOf(ruleTextsEs).toEqualTypeOf(ruleTexts);
    expectTypeOf(urgentHeadingEs).toExtend<string>();
    expectTypeOf(safetyLabelEs).toExtend<string>();
    expectTypeOf(urgentNotesEs).toEqualTypeOf<SelfCheckWords['urgent']['notes']>();
    expectTypeOf(selfWordsEs).toEqualTypeOf(selfWords);
    expectTypeOf(otherWordsEs).toEqualTypeOf(otherWords);
    expectTypeOf(selfCheckPathsEs).toEqualTypeOf(selfCheckPaths);
    expectTypeOf(wordsForEs).toEqualTypeOf(wordsFor);
    expectTypeOf(answerNoteEs).toEqualTypeOf(answerNote);
    expectTypeOf(safetySourcesEs).toEqualTypeOf(safetySources);
    // The English literal objects fit the shapes the Spanish ones are checked against.
    expectTypeOf(voiceChoice).toExtend<VoiceChoiceWords>();
    expectTypeOf(familyGuide).toExtend<FamilyGuideWords>();
    // At run time: the same keys, in both voices and in the words around them.
    for (const [english, spanish] of [
      [selfWords, selfWordsEs],
      [otherWords, otherWordsEs],
    ] as const) {
      expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
      expect(spanish.voice).toBe(english.voice);
    }
    expect(Object.keys(voiceChoiceEs).sort()).toEqual(Object.keys(voiceChoice).sort());
    expect(Object.keys(voiceChoiceEs.options).sort()).toEqual(Object.keys(voiceChoice.options).sort());
    expect(Object.keys(familyGuideEs).sort()).toEqual(Object.keys(familyGuide).sort());
    expect(Object.keys(selfCheckPathsEs).sort()).toEqual(Object.keys(selfCheckPaths).sort());
    expect(Object.keys(pointsLabelsEs).sort()).toEqual(Object.keys(pointsLabels).sort());
    expect(Object.keys(urgentNotesEs).sort()).toEqual(Object.keys(urgentNotes).sort());
    expect(Object.keys(outcomeTextsEs).sort()).toEqual([...outcomeOrder].sort());
    expect(Object.keys(safetyTextsEs).sort()).toEqual([...safetyOrder].sort());
  });

  for (const [voice, english, spanish] of [
    ['self', selfWords, selfWordsEs],
    ['other', otherWords, otherWordsEs],
  ] as const) {
    it(`${voice} voice: the same questions, answers, points, safety boxes and escalations, in the same order`, () => {
      expect(spanish.questions.map((q) => q.id)).toEqual(english.questions.map((q) => q.id));
      spanish.questions.forEach((question, index) => {
        const mine = english.questions[index]!;
        expect(question.answers.map(({ id, points, safety, alsoSupports }) => ({ id, points, safety, alsoSupports })), question.id).toEqual(
          mine.answers.map(({ id, points, safety, alsoSupports }) => ({ id, points, safety, alsoSupports })),
        );
        question.answers.forEach((answer, position) => {
          const own = mine.answers[position]!;
          if (!own.escalation) return expect(answer.escalation, `${question.id}: ${answer.id}`).toBeUndefined();
          const { guidance: _theirs, when: _theirWhen, ...rule } = answer.escalation!;
          const { guidance: _mine, when: _myWhen, ...myRule } = own.escalation;
          expect(rule, `${question.id}: ${answer.id}`).toEqual(myRule);
        });
      });
      // Every box and result has its Spanish words, with as many lines as the English, and urgent boxes at most 5.
      for (const kind of safetyOrder) {
        expect(spanish.safetyTexts[kind].points.length, kind).toBe(english.safetyTexts[kind].points.length);
        expect(spanish.safetyTexts[kind].points.length, kind).toBeLessThanOrEqual(5);
      }
      for (const outcome of outcomeOrder) {
        expect(spanish.outcomeTexts[outcome].summary.length, outcome).toBe(english.outcomeTexts[outcome].summary.length);
        expect(spanish.outcomeTexts[outcome].next.length, outcome).toBe(english.outcomeTexts[outcome].next.length);
      }
      expect(spanish.notADiagnosis.length).toBe(english.notADiagnosis.length);
      expect(spanish.intro.length).toBe(english.intro.length);
    });

    it(`${voice} voice: the same results, safety boxes and number of reasons for the same answers, with Spanish reasons`, () => {
      const { scenarios } = JSON.parse(readFileSync('tests/fixtures/self-check-scenarios.json', 'utf8')) as {
        scenarios: Array<{ name: string; answers: Record<string, string> }>;
      };
      expect(scenarios.length).toBeGreaterThan(0);
      for (const scenario of scenarios) {
        const mine = assessAnswers(scenario.answers, english.questions);
        const theirs = assessAnswers(scenario.answers, spanish.questions);
        expect(theirs.outcome, scenario.name).toBe(mine.outcome);
        expect(theirs.safety, scenario.name).toEqual(mine.safety);
        expect(theirs.reasons.length, scenario.name).toBe(mine.reasons.length);
        for (const reason of theirs.reasons) expect(mine.reasons, scenario.name).not.toContain(reason);
      }
    });
  }

  it('has the same rules, labels and result names for every kind of answer', () => {
    expect(ruleTextsEs.length).toBe(ruleTexts.length);
    expect(Object.keys(pointsLabelsEs).sort()).toEqual(Object.keys(pointsLabels).sort());
    expect(familyGuideEs.sections.length).toBe(familyGuide.sections.length);
  });

  it('builds the Spanish questions only from the English ones, and refuses missing words', () => {
    const words = Object.fromEntries(selfCheckQuestions.map((q) => [q.id, { topic: 't', dimension: 'd', question: 'q', why: 'w', ...(q.hint ? { hint: 'h' } : {}), answers: Object.fromEntries(q.answers.map((a) => [a.id, { label: 'l', guidance: 'g', ...(a.escalation ? { escalation: 'e' } : {}) }])) }]));
    expect(() => questionsInSpanish(selfCheckQuestions, words as never, {})).toThrow(/escalation "self-harm:thoughts".*no words in Spanish/);
    const built = questionsInSpanish(selfCheckQuestions, words as never, { 'self-harm:thoughts': 'cuando' });
    expect(built.every((q) => q.dimension === 'd')).toBe(true);
    const { sedatives: _gone, ...missing } = words;
    expect(() => questionsInSpanish(selfCheckQuestions, missing as never, { 'self-harm:thoughts': 'cuando' })).toThrow(/"sedatives" has no words/);
  });
});

describe('every Spanish text is written in Spanish', () => {
  it('has no empty text and no text left in English', () => {
    const pairs = allPairs();
    expect(pairs.length).toBeGreaterThan(500);
    const empty = pairs.filter(([, , spanish]) => typeof spanish !== 'string' || spanish.trim() === '').map(([where]) => where);
    expect(empty).toEqual([]);
    const same = pairs.filter(([, english, spanish]) => english === spanish && !sameInBothLanguages.includes(spanish)).map(([where, english]) => `${where}: "${english}"`);
    expect(same).toEqual([]);
    // The allowed ones are names or numbers only.
    for (const text of sameInBothLanguages) expect(text).toMatch(/^[\d\s().,+-]*(?:[A-Z]{2,}[\d\s().,+-]*)*$/);
  });

  it('uses no avoided word anywhere', () => {
    const problems = allPairs().flatMap(([where, , spanish]) => spanishAvoidWordProblems(spanish).map((problem) => `${where}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it('takes every fact from factsEs where the English takes it from facts, with the same figures', () => {
    for (const [where, english, spanish] of allPairs()) {
      for (const name of Object.keys(facts) as Array<keyof typeof facts>) {
        // Years and phone numbers read the same; the other facts have Spanish words.
        if (facts[name] !== factsEs[name] && english.includes(facts[name])) expect(spanish, `${where}: ${name}`).toContain(factsEs[name]);
      }
      // The same figures, once 988's Spanish option (a menu key and a text number) is set aside.
      const own = spanish.split(crisisSpanishOption).join('').split(crisisSpanishOption.charAt(0).toUpperCase() + crisisSpanishOption.slice(1)).join('');
      expect(figures(own).sort(), where).toEqual(figures(english).sort());
    }
  });
});

describe('the Spanish safety words keep every action and help line', () => {
  const englishHelpline = new RegExp(`SAMHSA helpline|${helpline}`, 'i');
  const spanishHelpline = new RegExp(`Línea Nacional de Ayuda de SAMHSA|${helpline}`);

  it('names 988, 911 and the SAMHSA helpline wherever the English names them', () => {
    const missing: string[] = [];
    for (const [where, english, spanish] of allPairs()) {
      if (new RegExp(`\\b${crisis}\\b`).test(english) && !new RegExp(`\\b${crisis}\\b`).test(spanish)) missing.push(`${where}: ${crisis}`);
      if (new RegExp(`\\b${emergency}\\b`).test(english) && !new RegExp(`\\b${emergency}\\b`).test(spanish)) missing.push(`${where}: ${emergency}`);
      if (englishHelpline.test(english) && !spanishHelpline.test(spanish)) missing.push(`${where}: SAMHSA helpline`);
    }
    expect(missing).toEqual([]);
  });

  it('says how to reach 988 in Spanish wherever it tells the reader to call or text 988', () => {
    expect(crisisSpanishOption).toBe(`para español, oprima 2 (o envíe AYUDA al ${crisis})`);
    expect(crisisActionEs).toBe(`llame o envíe un mensaje de texto al ${crisis}; para español, oprima 2 (o envíe AYUDA al ${crisis})`);
    const action = new RegExp(`envíe un mensaje de texto al ${crisis}|enviar un mensaje de texto al ${crisis}`, 'i');
    const option = crisisSpanishOption.toLowerCase();
    // A box, a result or a guidance line is read as a whole: the option must be somewhere in it.
    const units: Array<[string, string]> = [];
    for (const words of [selfWordsEs, otherWordsEs]) {
      for (const kind of safetyOrder) units.push([`${words.voice} box ${kind}`, words.safetyTexts[kind].points.join(' ')]);
      for (const outcome of outcomeOrder) units.push([`${words.voice} ${outcome}`, [...words.outcomeTexts[outcome].summary, ...words.outcomeTexts[outcome].next].join(' ')]);
      for (const question of words.questions) {
        for (const answer of question.answers) {
          units.push([`${words.voice} ${question.id}: ${answer.id}`, answer.guidance]);
          if (answer.escalation) units.push([`${words.voice} ${question.id}: ${answer.id} escalation`, answer.escalation.guidance]);
        }
      }
    }
    ruleTextsEs.forEach((rule, index) => units.push([`rule ${index + 1}`, rule]));
    const withAction = units.filter(([, text]) => action.test(text));
    expect(withAction.length).toBeGreaterThan(10);
    expect(withAction.filter(([, text]) => !text.toLowerCase().includes(option)).map(([where]) => where)).toEqual([]);
    // The urgent boxes themselves.
    for (const words of [selfWordsEs, otherWordsEs]) {
      expect(words.safetyTexts.suicide.heading).toMatch(new RegExp(`^Llame o envíe un mensaje de texto al ${crisis} ahora$`));
      expect(words.safetyTexts['suicide-thoughts'].heading).toMatch(new RegExp(`^Llame o envíe un mensaje de texto al ${crisis} hoy$`));
      expect(words.safetyTexts.medical.heading).toBe(`Llame al ${emergency} ahora`);
      expect(words.safetyTexts.suicide.points.join(' ')).toContain(`llame al ${emergency}`);
    }
  });

  it('says the text-your-ZIP line is in English only, wherever it is named', () => {
    const spanish = allPairs().map(([where, , text]) => [where, text] as const);
    for (const [where, text] of spanish) if (text.includes(helplineText)) expect(text, where).toMatch(/solo en inglés/);
    expect(factsEs.helplineText).toContain(helplineText);
    expect(factsEs.helplineText).toMatch(/solo en inglés/);
  });

  it('keeps each safety action in the Spanish box', () => {
    for (const words of [selfWordsEs, otherWordsEs]) {
      const box = (kind: SafetyKind) => [words.safetyTexts[kind].heading, ...words.safetyTexts[kind].points].join(' ');
      expect(box('lethal-means')).toMatch(/bajo llave/);
      expect(box('lethal-means')).toMatch(/alguien de confianza/);
      expect(box('withdrawal')).toMatch(/Un médico debe planear/);
      expect(box('withdrawal')).toMatch(/convulsiones o delirium tremens/);
      expect(box('withdrawal')).toContain(factsEs.withdrawalWorsensOver);
      expect(box('opioid-tolerance')).toMatch(/buprenorfina o la metadona/);
      expect(box('opioid-medicine')).toMatch(/desintoxicación sola no es un tratamiento/);
      expect(box('naloxone')).toContain(`desde ${factsEs.naloxoneOverTheCounterSince}`);
      expect(box('prescribed-benzo')).toMatch(/convulsiones/);
    }
  });
});

describe('Spanish addresses and explanations', () => {
  it('links to the Spanish pages, never the English ones', () => {
    expect(selfCheckPathsEs).toEqual({ self: 'es/autoevaluacion/', other: 'es/autoevaluacion/para-otra-persona/' });
    expect(`/${explanationsPageEs}`).toBe(spanishFixedPages[`/${explanationsPage}`]);
    expect(overdoseInfoPathEs).not.toBe(overdoseInfoPath);
    const twins: Record<string, string> = { 'who-is-it-for': 'para-quien-es', 'opioids-and-overdose': 'opioides-y-sobredosis' };
    for (const words of [selfWordsEs, otherWordsEs]) {
      for (const kind of safetyOrder) {
        const mine = safetyTexts[kind].more;
        const theirs = words.safetyTexts[kind].more;
        if (!mine || !theirs) continue;
        const english = mine.path.split('/')[0]!;
        expect(theirs.path.startsWith(`es/${twins[english]}/`), `${words.voice} ${kind}: ${theirs.path}`).toBe(true);
        // A section link in English is a section link in Spanish, to a heading that is on the Spanish page.
        expect(theirs.path.includes('#'), `${words.voice} ${kind}: ${theirs.path}`).toBe(mine.path.includes('#'));
        const id = theirs.path.split('#')[1];
        if (id) expect(headingIds(`content/es/topics/${twins[english]}.mdx`), `${words.voice} ${kind}`).toContain(id);
      }
    }
  });

  it('points a family member to real sections of the Spanish families page', () => {
    expect(familyLinksEs('/')[0]!.href).toBe('/es/familias-y-adolescentes/#como-puedo-proteger-a-mi-familiar');
    expect(familyLinksEs('/iop/')[0]!.href).toBe('/iop/es/familias-y-adolescentes/#como-puedo-proteger-a-mi-familiar');
    const ids = headingIds('content/es/topics/familias-y-adolescentes.mdx');
    for (const section of familyGuideEs.sections) expect(ids, section.id).toContain(section.id);
  });

  it('explains each answer in Spanish words', () => {
    const gun = selfWordsEs.questions.find((q) => q.id === 'lethal-means')!.answers.find((a) => a.id === 'gun')!;
    const note = answerNoteEs(gun);
    expect(note).toContain(pointsLabelsEs.none);
    expect(note).toContain(`Con pensamientos de suicidio o de autolesión: ${safetyLabelEs}. ${pointsLabelsEs.urgent}.`);
    const using = otherWordsEs.questions.find((q) => q.id === 'opioids')!.answers.find((a) => a.id === 'using')!;
    expect(describeAnswerEs(using, otherWordsEs.safetyTexts)).toEqual({
      level: safetyNoteLabelEs,
      points: pointsLabelsEs.clinician,
      guidance: using.guidance,
      boxes: [otherWordsEs.safetyTexts.naloxone.heading, otherWordsEs.safetyTexts['opioid-medicine'].heading],
      escalation: null,
    });
    expect(safetySourcesEs('lethal-means').length).toBe(safetySources('lethal-means').length);
    expect(safetySourcesEs('lethal-means').at(-1)).toMatch(/^Pregunta 7 \(Armas de fuego y medicamentos en casa\): ".+", con pensamientos de suicidio/);
  });

  it('picks the Spanish words by voice', () => {
    expect(wordsForEs('self')).toBe(selfWordsEs);
    expect(wordsForEs('other')).toBe(otherWordsEs);
    expect(urgentHeadingEs).not.toBe(urgentHeading);
  });
});
