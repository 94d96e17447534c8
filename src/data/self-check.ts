import { facts } from './facts.ts';
import { helpLine } from './crisis.ts';

/**
 * The "Is an IOP right for me?" self-check: its questions, answers and result texts. The rules that turn answers
 * into a result live in src/lib/self-check.ts; this file only says what each answer points to.
 *
 * The questions follow the six dimensions of the ASAM Criteria (FACTS.md, "Levels of care"), in plain words, plus
 * whether work, school or caregiving must go on. "Who an IOP suits, and who needs more" (FACTS.md) decides what each
 * answer points to. Writing rules: CONTENT.md (grade 6 to 7, "you", person-first words).
 */

/** Where an answer points. `none` means it does not change the result, though its guidance still helps. */
export type Points = 'more' | 'iop' | 'outpatient' | 'none';

/** A danger that needs help before anything else: crisis help is shown at once, above any result. */
export type SafetyKind = 'medical' | 'suicide' | 'withdrawal';

export type Outcome = 'more-intensive-first' | 'iop-may-fit' | 'outpatient-may-be-enough';

export type QuestionId = 'withdrawal' | 'body' | 'self-harm' | 'daily-life' | 'readiness' | 'past-care' | 'home' | 'duties';

export interface SelfCheckAnswer {
  /** Unique within its question; the radio button's value. */
  id: string;
  /** What the reader chooses, in their own voice. */
  label: string;
  points: Points;
  safety?: SafetyKind;
  /**
   * Results, besides the one this answer points to, for which the answer is still worth naming as a reason
   * (for example: "your job must go on" is a reason an IOP fits, though it does not make an IOP more likely).
   */
  alsoSupports?: readonly Outcome[];
  /** What this answer usually means for care: under the question, on "How the self-check decides", and as a reason. */
  guidance: string;
}

export interface SelfCheckQuestion {
  id: QuestionId;
  /** A short name for the area, used in the progress list and the "still to answer" list. */
  topic: string;
  /** The ASAM dimension this question stands for, or what else it asks about. */
  dimension: string;
  /** The question itself: the fieldset's legend. */
  question: string;
  hint?: string;
  /** Why the self-check asks this, in a sentence or two: under the question and on "How the self-check decides". */
  why: string;
  /** Ordered from most to least serious, so "choose the first answer that fits" gives the safe answer. */
  answers: readonly SelfCheckAnswer[];
}

const emergency = helpLine('emergency').display;
const crisis = helpLine('crisis').display;
const firstFits = 'If more than one is true, choose the first one that fits.';

export const selfCheckQuestions: readonly SelfCheckQuestion[] = [
  {
    id: 'withdrawal',
    topic: 'Alcohol, drugs and withdrawal',
    dimension: 'ASAM dimension 1: being drunk or high, and withdrawal',
    question: 'Which is true for you about alcohol, drugs and withdrawal?',
    why: 'Withdrawal from alcohol, benzodiazepines or opioids can be dangerous. If it could be dangerous for you, medically supervised withdrawal comes before an IOP.',
    hint: `Withdrawal is how your body reacts when you stop or cut down. ${firstFits}`,
    answers: [
      {
        id: 'seizures',
        label: 'I have had a seizure (a fit) or delirium tremens (DTs) when I stopped. DTs means bad shaking, confusion or seeing things.',
        points: 'more',
        safety: 'withdrawal',
        guidance:
          'Seizures or DTs in the past mean withdrawal could be dangerous again. Medically supervised withdrawal usually comes first. Do not stop on your own. Talk to a doctor first.',
      },
      {
        id: 'heavy-daily',
        label: 'I drink a lot of alcohol every day, or I take benzodiazepines ("benzos") every day. Benzos are some anxiety and sleep medicines.',
        points: 'more',
        safety: 'withdrawal',
        guidance:
          'Stopping a lot of alcohol or daily benzos all at once can be dangerous. A doctor should plan how you stop. Medically supervised withdrawal often comes first.',
      },
      {
        id: 'strong',
        label: 'I get strong withdrawal, like bad shaking, sweating, throwing up or a racing heart.',
        points: 'more',
        guidance: 'Strong withdrawal usually needs medical care first. Medically supervised withdrawal makes stopping safer.',
      },
      {
        id: 'mild',
        label: 'I only get mild withdrawal, like poor sleep or feeling on edge.',
        points: 'none',
        guidance: 'Mild withdrawal does not usually rule out an IOP. Tell the clinician about it.',
      },
      {
        id: 'none',
        label: 'I do not get withdrawal, or my worry is about my mental health.',
        points: 'none',
        guidance: 'With no withdrawal, an IOP or regular outpatient care can both be safe places to start.',
      },
    ],
  },
  {
    id: 'body',
    topic: 'Your physical health',
    dimension: 'ASAM dimension 2: physical health',
    question: 'How is your physical health right now?',
    why: 'An IOP does not watch over you day and night. If your health needs doctors or nurses close by, more care may be safer first.',
    hint: firstFits,
    answers: [
      {
        id: 'emergency',
        label: 'I feel very unwell right now. For example: chest pain, trouble breathing, fainting, or I may have taken too much of a drug.',
        points: 'more',
        safety: 'medical',
        guidance: `This may be a medical emergency. Call ${emergency} now. Treatment plans can wait until you are safe.`,
      },
      {
        id: 'unstable',
        label: 'I have a health problem that is not under control. It needs a doctor or nurse often.',
        points: 'more',
        guidance: 'A health problem that is not under control may need doctors and nurses close by, as in a hospital or a live-in program.',
      },
      {
        id: 'managed',
        label: 'I have a health problem, but it is under control.',
        points: 'none',
        guidance: 'A health problem that is under control does not usually rule out an IOP. Bring a list of your medicines to the assessment.',
      },
      {
        id: 'well',
        label: 'I am mostly healthy.',
        points: 'none',
        guidance: 'Good physical health fits an IOP or regular outpatient care.',
      },
    ],
  },
  {
    id: 'self-harm',
    topic: 'Thoughts of suicide or self-harm',
    dimension: 'ASAM dimension 3: mood, thoughts and behavior (safety)',
    question: 'In the past month, have you had thoughts of ending your life or hurting yourself?',
    why: 'Your safety comes first. If you have a plan, or hurt yourself lately, you may need care that keeps you safe day and night. Thoughts without a plan can still fit an IOP, with a plan for crisis help.',
    hint: 'It is OK to answer honestly. Nothing you choose here is saved or sent.',
    answers: [
      {
        id: 'plan',
        label: 'Yes, and I have a plan, or I have hurt myself on purpose lately.',
        points: 'more',
        safety: 'suicide',
        guidance: `Call or text ${crisis} now. If you are in danger, call ${emergency}. Care that keeps you safe day and night may need to come first.`,
      },
      {
        id: 'thoughts',
        label: 'Yes, I have had these thoughts, but I have no plan.',
        points: 'none',
        safety: 'suicide',
        alsoSupports: ['iop-may-fit'],
        guidance: `Please call or text ${crisis} to talk with someone today. Tell the clinician about these thoughts. An IOP can still be an option, with a plan for crisis help.`,
      },
      {
        id: 'no',
        label: 'No.',
        points: 'none',
        guidance: `If this changes, you can call or text ${crisis} at any time, day or night.`,
      },
    ],
  },
  {
    id: 'daily-life',
    topic: 'How much it affects your day',
    dimension: 'ASAM dimension 3: mood, thoughts and behavior (daily life)',
    question: 'How much do alcohol, drugs or your mental health get in the way of daily life?',
    why: 'How much your day is affected shows how much care may help. It can be weekly therapy, an IOP, or more.',
    hint: firstFits,
    answers: [
      {
        id: 'very-much',
        label: 'Very much. I can hardly sleep, eat or look after myself, or I see or hear things others do not.',
        points: 'more',
        guidance: 'When daily life is this hard, more support may be safer first. This could be a partial hospitalization program (PHP) or a hospital stay.',
      },
      {
        id: 'most-days',
        label: 'A lot. They cause problems most days, at work, at home or with people.',
        points: 'iop',
        guidance: 'Problems most days often need more than one therapy visit a week. That is what an IOP is for.',
      },
      {
        id: 'sometimes',
        label: 'Some. They cause problems now and then, but I cope most days.',
        points: 'outpatient',
        guidance: 'If you cope most days, regular outpatient care, like weekly therapy, may be enough.',
      },
      {
        id: 'little',
        label: 'A little, or not at all.',
        points: 'outpatient',
        guidance: 'If daily life is mostly fine, regular outpatient care or a talk with your doctor may be enough.',
      },
    ],
  },
  {
    id: 'readiness',
    topic: 'How you feel about change',
    dimension: 'ASAM dimension 4: readiness to change',
    question: 'How do you feel about getting help right now?',
    why: 'Your answer here does not change the result. It helps the clinician know how to start, and mixed feelings are normal.',
    answers: [
      {
        id: 'ready',
        label: 'I want to make changes, and I can go to sessions a few times a week.',
        points: 'none',
        alsoSupports: ['iop-may-fit'],
        guidance: 'Being ready to take part helps in any level of care. An IOP asks for several sessions each week.',
      },
      {
        id: 'unsure',
        label: 'I am not sure, but I am willing to talk to someone.',
        points: 'none',
        guidance:
          'Mixed feelings are normal. Many programs use motivational interviewing. It is a way of talking that helps you find your own reasons to change.',
      },
      {
        id: 'pushed',
        label: 'Someone else wants me to get help more than I do.',
        points: 'none',
        guidance: 'This is common, and treatment can still help. Tell the clinician how you feel.',
      },
    ],
  },
  {
    id: 'past-care',
    topic: 'What happened before',
    dimension: 'ASAM dimension 5: risk of return to use or of getting worse',
    question: 'What has happened when you tried to stop, cut down or get better before?',
    why: 'What happened before shows what may work now. If a level of care was not enough, the next step is often more care.',
    hint: firstFits,
    answers: [
      {
        id: 'after-intensive',
        label: 'I went back to using, or got much worse, during or soon after an IOP, a day program or a live-in program.',
        points: 'more',
        guidance: 'If an IOP was not enough before, more structure may help first. This could be a PHP or residential (live-in) care.',
      },
      {
        id: 'stepping-down',
        label: 'I am finishing a hospital stay, a live-in program or a day program, and I need a next step.',
        points: 'iop',
        guidance: 'Moving from more care into an IOP is called a step down. It is a common way to start an IOP.',
      },
      {
        id: 'outpatient-not-enough',
        label: 'I tried weekly therapy or other outpatient care, but it was not enough.',
        points: 'iop',
        guidance: 'When weekly care is not enough, an IOP is a common next step. This is called a step up.',
      },
      {
        id: 'first-time',
        label: 'I have not had treatment before, and it is hard to stop or stay stopped on my own.',
        points: 'none',
        guidance: 'Some people start treatment in an IOP. Others start with regular outpatient care. An assessment helps decide.',
      },
      {
        id: 'managing',
        label: 'I can stay stopped, or manage my symptoms, most of the time.',
        points: 'outpatient',
        guidance: 'If you manage most of the time, regular outpatient care may be enough to keep you on track.',
      },
    ],
  },
  {
    id: 'home',
    topic: 'Your home and support',
    dimension: 'ASAM dimension 6: your home and the people around you',
    question: 'Which is true about your home and the people around you?',
    why: 'In an IOP you live at home. A safe home with people who support you helps. Violence or drug use at home can make it hard to get better.',
    hint: firstFits,
    answers: [
      {
        id: 'unsafe',
        label: 'Home is not safe. There is violence, or someone there could hurt me.',
        points: 'more',
        guidance: `If you are in danger, call ${emergency}. When home is not safe, a live-in program may be safer for now.`,
      },
      {
        id: 'use-at-home',
        label: 'People at home drink or use drugs, and that makes it hard for me to stop.',
        points: 'more',
        guidance: 'An IOP works best with a home that supports recovery. A live-in program or recovery housing may help first.',
      },
      {
        id: 'few-supports',
        label: 'Home is safe, but I have few people to support me.',
        points: 'none',
        guidance: 'An IOP can help you build support, through group therapy and mutual-support groups.',
      },
      {
        id: 'supported',
        label: 'Home is safe, and I have people who support me.',
        points: 'none',
        alsoSupports: ['iop-may-fit', 'outpatient-may-be-enough'],
        guidance: 'A safe home and people who support you are a strong base for care while you live at home.',
      },
    ],
  },
  {
    id: 'duties',
    topic: 'Work, school and caregiving',
    dimension: 'Not an ASAM dimension: what must go on in your life',
    question: 'Do you have work, school or caregiving that must go on during treatment?',
    why: 'An IOP is built so you can keep your work, school or caregiving. Your answer does not change the result, but it helps you find a program that fits your life.',
    hint: 'Caregiving means looking after children or other people.',
    answers: [
      {
        id: 'must-continue',
        label: 'Yes, and I cannot stop it.',
        points: 'none',
        alsoSupports: ['iop-may-fit'],
        guidance: 'An IOP is built for this. Many programs have morning, evening or online sessions, so you can keep your duties.',
      },
      {
        id: 'could-pause',
        label: 'Yes, but I could take time off if I needed to.',
        points: 'none',
        guidance: 'Time off gives you more choices, such as daytime programs or more care if you need it.',
      },
      {
        id: 'no',
        label: 'No.',
        points: 'none',
        guidance: 'With fewer duties, it may be easier to fit in daytime programs or more care if you need it.',
      },
    ],
  },
];

/** What each kind of answer is called where the answers are explained. */
export const pointsLabels: Record<Points, string> = {
  more: 'Points to more care first',
  iop: 'Points to an IOP',
  outpatient: 'Points to regular outpatient care',
  none: 'Does not change the result',
};

export const safetyLabel = 'Get help now';

/** Shown when a danger answer is chosen, most urgent first. */
export const safetyOrder: readonly SafetyKind[] = ['medical', 'suicide', 'withdrawal'];

export interface SafetyText {
  /** The one action, as a heading. */
  heading: string;
  /** At most a few short sentences (CONTENT.md: urgent boxes have at most 5 bullets). */
  points: readonly string[];
}

export const safetyTexts: Record<SafetyKind, SafetyText> = {
  medical: {
    heading: `Call ${emergency} now`,
    points: [
      'You may be having a medical emergency.',
      `Call ${emergency}, or ask someone near you to call.`,
      'If you think you took too much of a drug, say so. They are there to help you, not to judge you.',
    ],
  },
  suicide: {
    heading: `Call or text ${crisis} now`,
    points: [
      'You said you have thoughts of ending your life or hurting yourself.',
      `Call or text ${crisis} to talk with someone now. It is free and open day and night.`,
      `If you are in danger right now, call ${emergency}.`,
    ],
  },
  withdrawal: {
    heading: 'Talk to a doctor before you stop',
    points: [
      'Your answers show a risk of dangerous withdrawal.',
      'Do not stop alcohol, benzodiazepines or opioids all at once on your own.',
      'Withdrawal from these can be dangerous. It can turn into a medical emergency.',
      'In medically supervised withdrawal, a medical team watches you and can give medicine to ease it.',
      `If withdrawal feels severe or you feel very unwell, call ${emergency}.`,
    ],
  },
};

export interface OutcomeText {
  heading: string;
  summary: readonly string[];
  /** What to do next, as short steps. */
  next: readonly string[];
}

export const outcomeTexts: Record<Outcome, OutcomeText> = {
  'more-intensive-first': {
    heading: 'More care may be safer first',
    summary: [
      'Some of your answers point to more care before an IOP.',
      'This could be medically supervised withdrawal, a hospital or live-in (residential) program, or a partial hospitalization program (PHP).',
      'Needing more care is not a failure. Many people step down into an IOP later.',
    ],
    next: [
      'Do not stop alcohol or drugs all at once on your own. Talk to a doctor first.',
      'Ask a doctor or clinician for an assessment soon. Show them your answers.',
      'The free SAMHSA helpline can find care near you, day and night.',
    ],
  },
  'iop-may-fit': {
    heading: 'An IOP may be a good fit to talk about',
    summary: [
      `Your answers match what often fits an intensive outpatient program (IOP). An IOP gives you ${facts.iopHoursAdult} of care while you live at home.`,
      'A clinician may still suggest more or less care after they talk with you.',
    ],
    next: [
      'Ask a doctor or clinician for an assessment. Show them your answers.',
      'Ask programs about their days and times, and about online sessions.',
      'Ask your health plan what it covers.',
    ],
  },
  'outpatient-may-be-enough': {
    heading: 'Regular outpatient care may be enough',
    summary: [
      `Your answers point to less intensive care, like weekly therapy (${facts.outpatientHoursAdult}).`,
      'If that is not enough, an IOP is a common next step.',
    ],
    next: [
      'Talk to a doctor, therapist or counselor about how you feel.',
      'If things get worse, ask about an IOP.',
    ],
  },
};

/** Said with every result. */
export const notADiagnosis = [
  'This is not a diagnosis. It cannot tell you what care you need.',
  'A clinician decides, after an assessment: a talk about your health and your life.',
];

/** The rules of src/lib/self-check.ts, in plain words, for readers (and for the page without JavaScript). */
export const ruleTexts: readonly string[] = [
  `If any answer says "${safetyLabel}", get help first. Call ${emergency} in danger, or call or text ${crisis}.`,
  'If any answer points to more care first, more care may be safer before an IOP.',
  'If not, and any answer points to an IOP, or you have had thoughts of suicide or self-harm, an IOP may be a good fit to talk about.',
  'If not, regular outpatient care may be enough.',
];
