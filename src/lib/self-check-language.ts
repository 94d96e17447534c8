import type { Lang } from '../i18n/languages.ts';
import {
  outcomeTexts,
  overdoseInfoPath,
  overdoseInfoText,
  ruleTexts,
  safetyLabel,
  safetyNoteLabel,
  type OutcomeText,
  type Outcome,
  type SafetyKind,
  type SafetyText,
  type SelfCheckAnswer,
} from './self-check-content.ts';
import {
  crisisSpanishOption,
  crisisSpanishSentence,
  describeAnswerEs,
  outcomeTextsEs,
  overdoseInfoPathEs,
  overdoseInfoTextEs,
  ruleTextsEs,
  safetyLabelEs,
  safetyNoteLabelEs,
  safetySourcesEs,
} from './self-check-content-es.ts';
import { otherWords } from './self-check-other.ts';
import { otherWordsEs } from './self-check-other-es.ts';
import { selfCheckPhrases, type SelfCheckPhrases } from './self-check-phrases.ts';
import { selfCheckPhrasesEs } from './self-check-phrases-es.ts';
import { describeAnswer, explanationsPage, safetySources, type AnswerDescription } from './self-check.ts';
import { familyGuide, familyLinks, privacyNote, selfCheckPaths, selfWords, voiceChoice, type SelfCheckWords, type Voice } from './self-check-words.ts';
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
} from './self-check-words-es.ts';

/**
 * Everything the self-check's pages print that depends on the language, picked once by the page's language: the
 * question words (src/lib/self-check-words*.ts and -other*.ts), the explanation words, the addresses of the pages
 * and the short words of the page around them (`ui`). Build time only: the browser gets its words from
 * self-check-element.ts. The rules (src/lib/self-check.ts) are the same for both languages.
 */
export interface SelfCheckLanguage {
  lang: Lang;
  words: Readonly<Record<Voice, SelfCheckWords>>;
  phrases: SelfCheckPhrases;
  /** Relative to the base path, as `selfCheckPaths` and `explanationsPage`. */
  paths: Readonly<Record<Voice, string>>;
  explanationsPage: string;
  voiceChoice: VoiceChoiceWords;
  familyGuide: FamilyGuideWords;
  familyLinks(base: string): { href: string; text: string }[];
  privacyNote: string;
  ruleTexts: readonly string[];
  /** The results as the explanations page lists them (first person). */
  outcomeTexts: Readonly<Record<Outcome, OutcomeText>>;
  describeAnswer(answer: SelfCheckAnswer, texts?: Readonly<Record<SafetyKind, SafetyText>>): AnswerDescription;
  safetySources(kind: SafetyKind): string[];
  safetyLabel: string;
  safetyNoteLabel: string;
  overdoseInfo: { path: string; text: string };
  /** Ids of the explanations page's sections; the question sections keep `questionAnchor` in both languages. */
  ids: { safetyBoxes: string; results: string; addUp: string; howItWorks: string; family: string; safetyBox: string; result: string };
  ui: typeof uiEn;
}

const uiEn = {
  /** SelfCheckPage */
  privateLabel: 'Private:',
  whyBefore: 'Want to know why we ask each question? Read',
  whyLink: 'how the self-check decides',
  howItWorks: 'How the self-check works',
  decidesLink: 'How the self-check decides',
  decidesShows: 'shows the area behind each question, why we ask it and what each answer points to. Read more about',
  whoFor: 'who an IOP is for',
  and: 'and',
  levels: 'the levels of care',
  /** SelfCheck */
  formLabel: 'Self-check questions',
  notFinished: 'Not finished:',
  answerEvery: 'please answer every question to see your result.',
  stillToAnswer: 'Still to answer:',
  seeResult: 'See my result',
  clear: 'Clear my answers',
  noJs: 'JavaScript is off, so this page cannot work out a result for you.',
  nothingLost: 'Nothing is lost:',
  noJsShows: 'shows every question and what each answer points to. The rules below show how the answers add up.',
  /** SelfCheckQuestion */
  questionOf: (number: number, total: number) => `Question ${number} of ${total}`,
  whyLinkText: 'Why we ask, and what each answer means',
  /** SelfCheckResult */
  resultPages: {
    explanations: 'How the self-check decides: what each answer points to',
    levels: 'The levels of care, from most to least intensive',
    whoFor: 'Who an IOP is for, and who needs more care first',
    whatIs: 'What an IOP is',
    costs: 'What care costs, and what insurance covers',
    family: 'How to help your child, teen or partner get care',
  },
  resultTopics: { levels: 'levels-of-care/', whoFor: 'who-is-it-for/', whatIs: 'what-is-an-iop/', costs: 'costs/' },
  nextSteps: 'What you can do next',
  why: 'Why: what your answers point to',
  about: 'About this result',
  printHelp: (emergency: string, crisis: string, helpline: string, helplineName: string) =>
    `Help: in danger, call ${emergency}. In a crisis, call or text ${crisis}. For treatment referrals, call ${helpline} (${helplineName}).`,
  learnMore: 'Learn more before you talk to a clinician:',
  findCare: 'Find care:',
  findTreatmentWhat: ': a free and private search of licensed programs near you.',
  call: 'call',
  print: 'Print or save as PDF',
  printNote: 'Prints one page with your answers and this result. To save it, choose "Save as PDF" in the print window. Nothing is sent.',
  change: 'Change my answers',
  changeNote: ': every answer above can be changed, and the result updates.',
  /** SelfCheckSafety */
  readFirst: 'Read this first:',
  footerCall: 'Call',
  footerText: 'Text',
  shownWhen: 'Shown when you choose:',
  /** SelfCheckUrgent: the two phone lines, around their links. */
  inDanger: 'In immediate danger, call',
  inCrisis: 'With thoughts of suicide, or in a mental-health crisis, call or text',
  /** After the 988 link; English needs nothing more. */
  crisisAfter: '.',
  /** SafetyBoxContent */
  readMore: 'Read more:',
  /** SelfCheckRules */
  rulesIntro: 'Each answer points one way, or does not change the result. Some answers also show a safety box. The result follows these rules, in order:',
  asam: 'The questions follow the six areas (dimensions) of the American Society of Addiction Medicine (ASAM) Criteria, 4th edition (2023). Many clinicians use them to suggest a level of care.',
  /** The explanations page */
  explain: {
    title: 'How the self-check decides',
    description:
      'Why the IOP self-check asks each of its questions, and what each answer points to. You can also use it as a checklist on paper.',
    asks: (count: number) => `asks ${count} questions. This page shows why we ask each one, and what each answer points to.`,
    privateLink: 'private self-check',
    theBefore: 'The',
    checklist: 'You can also use it as a checklist, on paper or when JavaScript is off. Find your answer under each question, read any',
    safetyBox: 'safety box',
    itShows: 'it shows, then follow',
    theRules: 'the rules at the end',
    toFind: 'to find',
    yourResult: 'your result',
    notATest: 'This is not a test or a diagnosis. A clinician who talks with you decides what care fits.',
    question: (number: number, topic: string) => `Question ${number}: ${topic}`,
    weAsk: 'We ask:',
    whyWeAsk: 'Why we ask:',
    area: 'Area:',
    pointsTo: 'What each answer points to',
    shows: 'Shows:',
    safetyBoxes: 'The safety boxes',
    safetyIntro:
      'Some answers show one of these boxes at once, under the question and above your result. Read them first, whatever your result is.',
    results: 'The results',
    resultCount: (count: number) => `There are ${count} results, from most to least urgent.`,
    nextColon: 'What you can do next:',
    addUp: 'How your answers add up',
    goTo: 'Go to the self-check',
  },
};

/** "para español, oprima 2": 988's Spanish option without the text-message part, for the short printed help line. */
const spanishKey = crisisSpanishOption.replace(/\s*\(.*\)$/, '');

const uiEs: typeof uiEn = {
  privateLabel: 'Privado:',
  whyBefore: '¿Quiere saber por qué hacemos cada pregunta? Lea',
  whyLink: 'cómo decide la autoevaluación',
  howItWorks: 'Cómo funciona la autoevaluación',
  decidesLink: 'Cómo decide la autoevaluación',
  decidesShows: 'muestra el área de cada pregunta, por qué la hacemos y qué indica cada respuesta. Lea más sobre',
  whoFor: 'para quién es un IOP',
  and: 'y',
  levels: 'los niveles de atención',
  formLabel: 'Preguntas de la autoevaluación',
  notFinished: 'Falta terminar:',
  answerEvery: 'responda todas las preguntas para ver su resultado.',
  stillToAnswer: 'Falta responder:',
  seeResult: 'Ver mi resultado',
  clear: 'Borrar mis respuestas',
  noJs: 'JavaScript está desactivado, así que esta página no puede darle un resultado.',
  nothingLost: 'No pierde nada:',
  noJsShows: 'muestra cada pregunta y qué indica cada respuesta. Las reglas de abajo dicen cómo se suman las respuestas.',
  questionOf: (number, total) => `Pregunta ${number} de ${total}`,
  whyLinkText: 'Por qué preguntamos y qué significa cada respuesta',
  resultPages: {
    explanations: 'Cómo decide la autoevaluación: qué indica cada respuesta',
    levels: 'Los niveles de atención, del más intenso al menos intenso',
    whoFor: 'Para quién es un IOP, y quién necesita más atención primero',
    whatIs: 'Qué es un IOP',
    costs: 'Cuánto cuesta la atención y qué cubre el seguro médico',
    family: 'Cómo ayudar a su hijo/a, adolescente o pareja a recibir atención',
  },
  resultTopics: { levels: 'es/niveles-de-atencion/', whoFor: 'es/para-quien-es/', whatIs: 'es/que-es-un-iop/', costs: 'es/costos/' },
  nextSteps: 'Qué puede hacer ahora',
  why: 'Por qué: lo que indican sus respuestas',
  about: 'Sobre este resultado',
  printHelp: (emergency, crisis, helpline, helplineName) =>
    `Ayuda: en peligro, llame al ${emergency}. En una crisis, llame o envíe un mensaje de texto al ${crisis}; ${spanishKey}. Para buscar tratamiento, llame al ${helpline} (${helplineName}).`,
  learnMore: 'Lea más antes de hablar con un profesional de salud:',
  findCare: 'Encuentre atención:',
  findTreatmentWhat: ': un buscador gratis y privado de programas con licencia cerca de usted (en inglés).',
  call: 'llame al',
  print: 'Imprimir o guardar como PDF',
  printNote:
    'Imprime una página con sus respuestas y este resultado. Para guardarla, elija "Guardar como PDF" en la ventana de impresión. Nada se envía.',
  change: 'Cambiar mis respuestas',
  changeNote: ': puede cambiar cualquier respuesta de arriba, y el resultado cambia también.',
  readFirst: 'Lea esto primero:',
  footerCall: 'Llame al',
  footerText: 'Envíe un mensaje de texto al',
  shownWhen: 'Aparece cuando elige:',
  inDanger: 'En peligro inmediato, llame al',
  inCrisis: 'Si tiene pensamientos de suicidio o una crisis de salud mental, llame o envíe un mensaje de texto al',
  crisisAfter: `. ${crisisSpanishSentence}`,
  readMore: 'Lea más:',
  rulesIntro:
    'Cada respuesta indica algo, o no cambia el resultado. Algunas respuestas también muestran un recuadro de seguridad. El resultado sigue estas reglas, en orden:',
  asam: 'Las preguntas siguen las seis áreas (dimensiones) de los criterios de la Sociedad Americana de Medicina de la Adicción (ASAM, por sus siglas en inglés), 4.ª edición (2023). Muchos profesionales de salud las usan para sugerir un nivel de atención.',
  explain: {
    title: 'Cómo decide la autoevaluación',
    description:
      'Por qué la autoevaluación sobre los IOP hace cada pregunta, y qué indica cada respuesta. También puede usarla como lista en papel.',
    asks: (count) => `tiene ${count} preguntas. Esta página muestra por qué hacemos cada una, y qué indica cada respuesta.`,
    privateLink: 'autoevaluación privada',
    theBefore: 'La',
    checklist: 'También puede usarla como lista, en papel o sin JavaScript. Busque su respuesta en cada pregunta. Lea el',
    safetyBox: 'recuadro de seguridad',
    itShows: 'que muestre, si hay uno. Luego siga',
    theRules: 'las reglas del final',
    toFind: 'para encontrar',
    yourResult: 'su resultado',
    notATest: 'Esto no es un examen ni un diagnóstico. Un profesional de salud que hable con usted decide qué atención es adecuada.',
    question: (number, topic) => `Pregunta ${number}: ${topic}`,
    weAsk: 'Preguntamos:',
    whyWeAsk: 'Por qué preguntamos:',
    area: 'Área:',
    pointsTo: 'Qué indica cada respuesta',
    shows: 'Muestra:',
    safetyBoxes: 'Los recuadros de seguridad',
    safetyIntro:
      'Algunas respuestas muestran uno de estos recuadros enseguida, debajo de la pregunta y encima de su resultado. Léalos primero, sea cual sea su resultado.',
    results: 'Los resultados',
    resultCount: (count) => `Hay ${count} resultados, del más urgente al menos urgente.`,
    nextColon: 'Qué puede hacer ahora:',
    addUp: 'Cómo se suman sus respuestas',
    goTo: 'Ir a la autoevaluación',
  },
};

const english: SelfCheckLanguage = {
  lang: 'en',
  words: { self: selfWords, other: otherWords },
  phrases: selfCheckPhrases,
  paths: selfCheckPaths,
  explanationsPage,
  voiceChoice,
  familyGuide,
  familyLinks,
  privacyNote,
  ruleTexts,
  outcomeTexts,
  describeAnswer,
  safetySources: (kind) => safetySources(kind),
  safetyLabel,
  safetyNoteLabel,
  overdoseInfo: { path: overdoseInfoPath, text: overdoseInfoText },
  ids: {
    safetyBoxes: 'safety-boxes',
    results: 'results',
    addUp: 'how-your-answers-add-up',
    howItWorks: 'how-the-self-check-works',
    family: 'self-check-family',
    safetyBox: 'safety-',
    result: 'result-',
  },
  ui: uiEn,
};

const spanish: SelfCheckLanguage = {
  lang: 'es',
  words: { self: selfWordsEs, other: otherWordsEs },
  phrases: selfCheckPhrasesEs,
  paths: selfCheckPathsEs,
  explanationsPage: explanationsPageEs,
  voiceChoice: voiceChoiceEs,
  familyGuide: familyGuideEs,
  familyLinks: familyLinksEs,
  privacyNote: privacyNoteEs,
  ruleTexts: ruleTextsEs,
  outcomeTexts: outcomeTextsEs,
  describeAnswer: describeAnswerEs,
  safetySources: (kind) => safetySourcesEs(kind),
  safetyLabel: safetyLabelEs,
  safetyNoteLabel: safetyNoteLabelEs,
  overdoseInfo: { path: overdoseInfoPathEs, text: overdoseInfoTextEs },
  ids: {
    safetyBoxes: 'recuadros-de-seguridad',
    results: 'resultados',
    addUp: 'como-se-suman-sus-respuestas',
    howItWorks: 'como-funciona-la-autoevaluacion',
    family: 'autoevaluacion-familias',
    safetyBox: 'seguridad-',
    result: 'resultado-',
  },
  ui: uiEs,
};

/** The self-check's words and addresses in one language. */
export function selfCheckLanguage(lang: Lang): SelfCheckLanguage {
  return lang === 'es' ? spanish : english;
}
