import { facts } from './facts.ts';
import { helpLine } from '../data/crisis.ts';

/**
 * The "Is an IOP right for me?" self-check: its questions, answers and result texts. The rules that turn answers
 * into a result live in src/lib/self-check.ts; this file only says what each answer points to.
 *
 * The questions follow the six dimensions of the ASAM Criteria, 4th edition (FACTS.md, "Levels of care"), in plain
 * words, plus pregnancy, age and whether work, school or caregiving must go on. What each answer points to comes from
 * FACTS.md: "Who an IOP suits, and who needs more", "Withdrawal, opioids and overdose" and "Suicide risk and safety".
 * Writing rules: CONTENT.md (grade 6 to 7, "you", person-first words, "Safety on every page": never one withdrawal
 * rule for alcohol, sedatives and opioids; suicide risk never hinges on a plan alone).
 */

/**
 * Where an answer points, most serious first. `urgent`: get help now, before any talk of a program. `clinician`:
 * a clinician should look at this before a level of care is chosen. `none`: it does not change the result, though
 * its guidance (and any safety box) still shows.
 */
export type Points = 'urgent' | 'more' | 'clinician' | 'iop' | 'outpatient' | 'none';

/** A safety box: shown at once under the question, and above any result. Most urgent first in `safetyOrder`. */
export type SafetyKind =
  | 'medical'
  | 'suicide'
  | 'lethal-means'
  | 'suicide-thoughts'
  | 'withdrawal'
  | 'opioid-tolerance'
  | 'naloxone'
  | 'opioid-medicine'
  | 'prescribed-benzo';

export type Outcome = 'urgent-help-first' | 'more-intensive-first' | 'clinician-first' | 'iop-may-fit' | 'outpatient-may-be-enough';

export type QuestionId =
  | 'sedatives'
  | 'withdrawal'
  | 'opioids'
  | 'overdose'
  | 'body'
  | 'self-harm'
  | 'lethal-means'
  | 'daily-life'
  | 'past-care'
  | 'home'
  | 'pregnancy-age'
  | 'readiness'
  | 'duties';

/**
 * When another answer makes this one more serious: for example a gun at home, with thoughts of suicide, means get
 * help now. The escalated points, safety boxes and guidance replace the answer's own.
 */
export interface Escalation {
  question: QuestionId;
  answers: readonly string[];
  /** The condition in words, for "How the self-check decides". */
  when: string;
  points: Points;
  safety: readonly SafetyKind[];
  guidance: string;
}

export interface SelfCheckAnswer {
  /** Unique within its question; the radio button's value. */
  id: string;
  /** What the reader chooses, in their own voice. */
  label: string;
  points: Points;
  /** The safety boxes this answer shows, whatever the result. */
  safety?: readonly SafetyKind[];
  escalation?: Escalation;
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
  /** The ASAM dimension (4th edition) this question stands for, or what else it asks about. */
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
const helpline = helpLine('helpline').display;
const firstFits = 'If more than one is true, choose the first one that fits.';

/** Where the self-check sends readers for overdose signs and naloxone, relative to the base path. */
export const overdoseInfoPath = 'opioids-and-overdose/';
export const overdoseInfoText = 'overdose signs and naloxone';

const dim1 = 'ASAM dimension 1: intoxication, withdrawal and addiction medications';
const dim3 = 'ASAM dimension 3: psychiatric and cognitive conditions';

/** Lethal means at hand turn thoughts of suicide (answered elsewhere) into a sign to get help now. */
function withThoughtsOfSuicide(guidance: string): Escalation {
  return { question: 'self-harm', answers: ['thoughts'], when: 'With thoughts of suicide or self-harm', points: 'urgent', safety: ['suicide', 'lethal-means'], guidance };
}
const dim4 = 'ASAM dimension 4: substance use-related risks';
const dim6 = 'ASAM dimension 6: person-centered considerations';

const getHelpNow = `Call or text ${crisis} now. If you are in danger, call ${emergency}. Get this help before you choose any program.`;

export const selfCheckQuestions: readonly SelfCheckQuestion[] = [
  {
    id: 'sedatives',
    topic: 'Alcohol and sedatives',
    dimension: `${dim1} (alcohol and sedatives)`,
    question: 'How often do you drink alcohol or take sedatives?',
    hint: `Sedatives include benzodiazepines ("benzos"), sleeping pills, barbiturates and GHB. ${firstFits}`,
    why: 'Stopping alcohol or sedatives after daily use can cause seizures or delirium tremens (DTs). These can kill. A doctor should plan how you stop.',
    answers: [
      {
        id: 'daily',
        label: 'I drink a lot every day. Or I take sedatives every day that are not prescribed to me, or more than prescribed.',
        points: 'clinician',
        safety: ['withdrawal'],
        guidance: `After heavy daily use, stopping can be dangerous, even if your withdrawal has been mild. It can get worse over ${facts.withdrawalWorsensOver}. A doctor should plan how you stop: in a clinic, or as an outpatient when it is safe.`,
      },
      {
        id: 'prescribed',
        label: 'I take a benzodiazepine every day, the way my clinician prescribed it.',
        points: 'none',
        safety: ['prescribed-benzo'],
        guidance: 'Do not stop it on your own. Stopping suddenly can cause seizures. Tell the clinician who prescribes it before you change anything.',
      },
      {
        id: 'some-days',
        label: 'I drink or take sedatives, but not every day.',
        points: 'none',
        guidance: 'Tell the clinician how much and how often. If you start to drink or take them every day, talk to a doctor before you stop.',
      },
      {
        id: 'no',
        label: 'I do not drink alcohol or take sedatives.',
        points: 'none',
        guidance: 'Then withdrawal from alcohol or sedatives is not a risk for you.',
      },
    ],
  },
  {
    id: 'withdrawal',
    topic: 'Withdrawal from alcohol or sedatives',
    dimension: `${dim1} (withdrawal)`,
    question: 'What happens when you stop or cut down alcohol or sedatives?',
    why: 'Withdrawal from alcohol or sedatives can turn dangerous. If it has been bad before, more care usually comes first, and a doctor plans how you stop.',
    hint: `Withdrawal is how your body reacts when you stop or cut down. ${firstFits}`,
    answers: [
      {
        id: 'seizures',
        label: 'I have had a seizure (a fit) or delirium tremens (DTs) when I stopped. DTs means bad shaking, confusion or seeing things.',
        points: 'more',
        safety: ['withdrawal'],
        guidance: 'Seizures or DTs in the past mean withdrawal could be dangerous again. More care usually comes first, and a doctor plans how you stop. Do not stop on your own.',
      },
      {
        id: 'strong',
        label: 'I get strong withdrawal, like bad shaking, sweating, throwing up or a racing heart.',
        points: 'more',
        safety: ['withdrawal'],
        guidance: 'Strong withdrawal from alcohol or sedatives usually needs medical care first. A doctor can give medicine to make stopping safer.',
      },
      {
        id: 'mild',
        label: 'I only get mild withdrawal, like poor sleep or feeling on edge.',
        points: 'none',
        guidance: `Mild withdrawal can still get worse over ${facts.withdrawalWorsensOver}. Tell the clinician about it. If you drink a lot or take sedatives every day, a doctor should plan how you stop.`,
      },
      {
        id: 'none',
        label: 'I do not get withdrawal, or I do not drink or take sedatives.',
        points: 'none',
        guidance: 'With no withdrawal from alcohol or sedatives, this part does not change the result.',
      },
    ],
  },
  {
    id: 'opioids',
    topic: 'Opioids',
    dimension: `${dim1} (opioids and medicine for opioid use disorder)`,
    question: 'Which is true for you about opioids?',
    hint: `Opioids include fentanyl, heroin and strong pain pills. ${firstFits}`,
    why: `Opioids can cause an overdose that kills. Medicine for opioid use disorder (buprenorphine or methadone) lowers the risk of dying. Many IOPs start it or arrange it.`,
    answers: [
      {
        id: 'using',
        label: 'I use fentanyl, heroin, or pain pills that are not prescribed to me or not taken as prescribed.',
        points: 'clinician',
        safety: ['naloxone', 'opioid-medicine'],
        guidance:
          'Ask about starting buprenorphine or methadone now. Many IOPs start it or arrange it. Withdrawal care alone is not treatment, and it raises the risk of overdose. Carry naloxone.',
      },
      {
        id: 'stopped',
        label: 'I stopped using opioids in the past year, and I do not take buprenorphine or methadone. For example, I stopped after withdrawal care, jail, a hospital stay or treatment.',
        points: 'clinician',
        safety: ['opioid-tolerance', 'naloxone'],
        guidance:
          'After a break, your body cannot handle the amount you used before. The risk of an overdose that kills is high. Ask about buprenorphine or methadone, and carry naloxone.',
      },
      {
        id: 'on-medicine',
        label: 'I take buprenorphine or methadone for opioid use disorder, and I do not use other opioids.',
        points: 'none',
        safety: ['naloxone'],
        alsoSupports: ['iop-may-fit'],
        guidance:
          'Keep taking your medicine. Many IOPs work with it, so you do not have to stop. Ask each program. If you stop, your risk of overdose goes up. Carry naloxone.',
      },
      {
        id: 'no',
        label: 'I do not use opioids.',
        points: 'none',
        guidance: 'Fentanyl is in much of the street drug supply, even in fake pills. If you use any drugs, carry naloxone.',
      },
    ],
  },
  {
    id: 'overdose',
    topic: 'Overdose',
    dimension: `${dim4} (overdose)`,
    question: 'Have you ever had an overdose?',
    hint: `For example, you passed out and could not be woken, your breathing slowed or stopped, or someone gave you naloxone. ${firstFits}`,
    why: 'An overdose in the past raises the risk of another one. Naloxone can reverse an opioid overdose and save a life.',
    answers: [
      {
        id: 'past-year',
        label: 'Yes, in the past year.',
        points: 'clinician',
        safety: ['naloxone'],
        guidance: 'A recent overdose means the risk of another one is high. Tell a clinician before you choose care. Carry naloxone.',
      },
      {
        id: 'before',
        label: 'Yes, but more than a year ago.',
        points: 'none',
        safety: ['naloxone'],
        guidance: 'Tell the clinician about it. Carry naloxone, and show the people close to you where it is.',
      },
      {
        id: 'no',
        label: 'No.',
        points: 'none',
        guidance: 'If you use drugs, learn the signs of an overdose. It can save a life.',
      },
    ],
  },
  {
    id: 'body',
    topic: 'Your physical health',
    dimension: 'ASAM dimension 2: biomedical conditions (your physical health)',
    question: 'How is your physical health right now?',
    why: 'An IOP does not watch over you day and night. If your health needs doctors or nurses close by, more care may be safer first.',
    hint: firstFits,
    answers: [
      {
        id: 'emergency',
        label: 'I feel very unwell right now. For example: chest pain, trouble breathing, fainting, or I may have taken too much of a drug.',
        points: 'urgent',
        safety: ['medical'],
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
    dimension: `${dim3} (safety)`,
    question: 'In the past month, have you had thoughts of ending your life or hurting yourself?',
    why: `Your safety comes first. Thoughts with intent, a plan, or a recent attempt or self-harm need help now, before any talk of an IOP. Thoughts alone still need a call to ${crisis} and a talk with a clinician.`,
    hint: `It is OK to answer honestly. Nothing you choose here is saved or sent. ${firstFits}`,
    answers: [
      {
        id: 'attempt',
        label: 'Yes, and in the past 3 months I tried to end my life or hurt myself on purpose.',
        points: 'urgent',
        safety: ['suicide', 'lethal-means'],
        guidance: getHelpNow,
      },
      {
        id: 'intent',
        label: 'Yes, and I think I might act on these thoughts.',
        points: 'urgent',
        safety: ['suicide', 'lethal-means'],
        guidance: getHelpNow,
      },
      {
        id: 'plan',
        label: 'Yes, and I have thought about how I would do it.',
        points: 'urgent',
        safety: ['suicide', 'lethal-means'],
        guidance: getHelpNow,
      },
      {
        id: 'thoughts',
        label: 'Yes, but I do not mean to act on them, I have no plan, and I have not hurt myself.',
        points: 'clinician',
        safety: ['suicide-thoughts'],
        guidance: `Please call or text ${crisis} today to talk with someone. Tell the clinician about these thoughts before you choose care. If they get stronger, call or text ${crisis} now.`,
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
    id: 'lethal-means',
    topic: 'Guns and medicines at home',
    dimension: `${dim3} (safety at home)`,
    question: 'Is there a gun, or a large supply of medicines, where you live?',
    hint: firstFits,
    why: 'A gun or stored medicines close by make a crisis more dangerous. Locking them up or removing them saves lives. With thoughts of suicide, they are a sign to get help now.',
    answers: [
      {
        id: 'gun',
        label: 'Yes, there is a gun where I live, or I could easily get one.',
        points: 'none',
        escalation: withThoughtsOfSuicide(`Thoughts of suicide with a gun close by need help now. Call or text ${crisis}. Lock up or remove the gun, or ask someone you trust to hold it.`),
        guidance: 'If you ever have thoughts of suicide, lock up or remove the gun, or ask someone you trust to hold it for now.',
      },
      {
        id: 'medicines',
        label: 'Yes, there are a lot of stored medicines, or other things I could use to hurt myself.',
        points: 'none',
        escalation: withThoughtsOfSuicide(`Thoughts of suicide with a way to act close by need help now. Call or text ${crisis}. Lock up or remove these things, or ask someone to hold them.`),
        guidance: 'If you ever have thoughts of suicide, lock up the medicines or get rid of ones you do not need.',
      },
      {
        id: 'no',
        label: 'No.',
        points: 'none',
        guidance: 'This part does not change the result.',
      },
    ],
  },
  {
    id: 'daily-life',
    topic: 'How much it affects your day',
    dimension: `${dim3} (daily life)`,
    question: 'How much do alcohol, drugs or your mental health get in the way of daily life?',
    why: 'How much your day is affected shows how much care may help. It can be weekly therapy, an IOP, or more.',
    hint: firstFits,
    answers: [
      {
        id: 'very-much',
        label: 'Very much. I can hardly sleep, eat or look after myself, or I see or hear things others do not.',
        points: 'more',
        guidance:
          'When daily life is this hard, more support may be safer first. This could be a high-intensity outpatient or partial hospitalization program (PHP), a day program, or a hospital stay.',
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
    id: 'past-care',
    topic: 'What happened before',
    dimension: `${dim4} (return to use or getting worse)`,
    question: 'What has happened when you tried to stop, cut down or get better before?',
    why: 'What happened before shows what may work now. If a level of care was not enough, the next step is often more care.',
    hint: firstFits,
    answers: [
      {
        id: 'after-intensive',
        label: 'I went back to using, or got much worse, during or soon after an IOP, a day program or a live-in program.',
        points: 'more',
        guidance:
          'If an IOP was not enough before, more structure may help first. This could be a high-intensity outpatient or partial hospitalization program (PHP), or residential (live-in) care.',
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
    dimension: 'ASAM dimension 5: recovery environment interactions (your home and the people around you)',
    question: 'Which is true about your home and the people around you?',
    why: 'In an IOP you live at home. A safe home with people who support you helps. Violence, drug use at home or no safe place to stay can make it hard to get better.',
    hint: firstFits,
    answers: [
      {
        id: 'unsafe',
        label: 'Home is not safe. There is violence, or someone there could hurt me.',
        points: 'more',
        guidance: `If you are in danger, call ${emergency}. When home is not safe, a live-in program may be safer for now.`,
      },
      {
        id: 'no-safe-place',
        label: 'I have no safe place to stay. I have no home, or I cannot stay where I live.',
        points: 'more',
        guidance: `An IOP needs a safe place to sleep. A residential (live-in) program or recovery housing may fit better. The free SAMHSA helpline, ${helpline}, can help you find them.`,
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
    id: 'pregnancy-age',
    topic: 'Pregnancy and age',
    dimension: 'ASAM dimension 2: biomedical conditions (pregnancy), and age (teens have their own criteria)',
    question: 'Is either of these true for you?',
    hint: firstFits,
    why: 'Pregnancy and being under 18 each change what care is safe and how it works. A clinician should look at your needs before you choose a program.',
    answers: [
      {
        id: 'pregnant',
        label: 'I am pregnant, or I might be.',
        points: 'clinician',
        guidance:
          'Talk with a clinician before you stop or start anything. Withdrawal can harm the pregnancy. If you use opioids, medicine (buprenorphine or methadone) is advised over withdrawal.',
      },
      {
        id: 'under-18',
        label: 'I am under 18.',
        points: 'clinician',
        guidance: `Programs for teens are not the same as adult ones. A teen IOP is often ${facts.iopHoursAdolescent}. Rules about parents and consent vary by state. Talk with a clinician first.`,
      },
      {
        id: 'neither',
        label: 'Neither is true for me.',
        points: 'none',
        guidance: 'This part does not change the result.',
      },
    ],
  },
  {
    id: 'readiness',
    topic: 'How you feel about change',
    dimension: `${dim6} (readiness to change)`,
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
    id: 'duties',
    topic: 'Work, school and caregiving',
    dimension: `${dim6} (what must go on in your life)`,
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
  urgent: 'Points to getting help now',
  more: 'Points to more care first',
  clinician: 'Points to talking with a clinician first',
  iop: 'Points to an IOP',
  outpatient: 'Points to regular outpatient care',
  none: 'Does not change the result',
};

/** The result each kind of answer points to; `none` points nowhere. Order of precedence: `outcomeOrder`. */
export const outcomeOf: Record<Exclude<Points, 'none'>, Outcome> = {
  urgent: 'urgent-help-first',
  more: 'more-intensive-first',
  clinician: 'clinician-first',
  iop: 'iop-may-fit',
  outpatient: 'outpatient-may-be-enough',
};

/** Most serious first: the first result any answer points to is the result. */
export const outcomeOrder: readonly Outcome[] = ['urgent-help-first', 'more-intensive-first', 'clinician-first', 'iop-may-fit', 'outpatient-may-be-enough'];

/** Said before an urgent box, and beside each answer that shows one. Words carry the meaning, never colour alone. */
export const safetyLabel = 'Get help now';
/** Said before a box that is important but not an emergency (naloxone, a prescribed benzodiazepine). */
export const safetyNoteLabel = 'Safety note';

/** Shown when a danger answer is chosen, most urgent first. */
export const safetyOrder: readonly SafetyKind[] = [
  'medical',
  'suicide',
  'lethal-means',
  'suicide-thoughts',
  'withdrawal',
  'opioid-tolerance',
  'naloxone',
  'opioid-medicine',
  'prescribed-benzo',
];

/** A box that means "get help now" (the others are safety notes). */
export const urgentSafety: ReadonlySet<SafetyKind> = new Set(['medical', 'suicide', 'lethal-means', 'suicide-thoughts', 'withdrawal', 'opioid-tolerance']);

/** When the urgent box is shown, the gentler one for the same danger is not. */
export const supersededSafety: Partial<Record<SafetyKind, SafetyKind>> = { 'suicide-thoughts': 'suicide' };

export interface SafetyText {
  /** The one action, as a heading. */
  heading: string;
  /** At most 5 short bullets (CONTENT.md: urgent boxes have at most 5 bullets). */
  points: readonly string[];
  /** A page to read more, relative to the base path, with its link text. */
  more?: { path: string; text: string };
}

const overdoseMore = { path: overdoseInfoPath, text: overdoseInfoText };

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
      'Your answers show signs of a high risk of suicide right now.',
      `Call or text ${crisis} to talk with someone now. It is free and open day and night.`,
      `If you are in danger right now, call ${emergency}.`,
      'Get this help before you choose any program.',
    ],
  },
  'lethal-means': {
    heading: 'Put guns and medicines out of reach',
    points: [
      'Lock up any gun, or take it out of your home for now.',
      'Ask someone you trust to hold your gun, or the keys, for a while.',
      'Lock up stored medicines, or get rid of ones you do not need.',
      'This is one of the best ways to stay safe in a crisis. It saves lives.',
    ],
  },
  'suicide-thoughts': {
    heading: `Call or text ${crisis} today`,
    points: [
      'You said you have had thoughts of ending your life or hurting yourself.',
      `Call or text ${crisis} today to talk with someone. It is free and open day and night.`,
      'Tell the clinician about these thoughts before you choose care.',
      `If you start to plan or mean to act, call or text ${crisis} now. In danger, call ${emergency}.`,
    ],
  },
  withdrawal: {
    heading: 'Talk to a doctor before you stop',
    points: [
      'Stopping alcohol or sedatives all at once can cause seizures or delirium tremens (DTs). These can kill.',
      `Withdrawal can start within hours. It can get worse over ${facts.withdrawalWorsensOver}, even if it starts mild.`,
      'A doctor should plan how you stop: in a clinic, or as an outpatient when it is safe.',
      `If you have a seizure, get confused or see things, call ${emergency}.`,
    ],
    more: { path: 'who-is-it-for/#why-withdrawal-needs-medical-care', text: 'why withdrawal needs medical care' },
  },
  'opioid-tolerance': {
    heading: 'Protect yourself from an overdose',
    points: [
      'After a break from opioids, your body loses its tolerance. This happens after withdrawal care, jail, a hospital stay or treatment.',
      'The amount you used before can now kill you.',
      'Fentanyl is in much of the street supply, even in pills that look real.',
      'Ask about buprenorphine or methadone now. They lower the risk of dying. Many IOPs start it or arrange it.',
    ],
    more: overdoseMore,
  },
  naloxone: {
    heading: 'Carry naloxone',
    points: [
      'Naloxone is a medicine that can reverse an opioid overdose.',
      `You can buy the nasal spray without a prescription. It has been sold this way since ${facts.naloxoneOverTheCounterSince}.`,
      'Keep it with you. Show the people close to you where it is.',
      'Signs of an overdose: will not wake up, slow or no breathing, blue or gray lips, very small pupils.',
      `Call ${emergency}, give naloxone, and keep the person breathing.`,
    ],
    more: overdoseMore,
  },
  'opioid-medicine': {
    heading: 'Ask about medicine for opioid use disorder',
    points: [
      'Buprenorphine and methadone lower the risk of dying from an overdose.',
      'Many IOPs start this medicine or arrange it. Ask each program.',
      'Withdrawal care alone is not treatment for opioid use disorder.',
      'After withdrawal or any break, your tolerance falls. Then the risk of an overdose that kills goes up sharply.',
      'Fentanyl is in much of the street supply, even in pills that look real.',
    ],
    more: overdoseMore,
  },
  'prescribed-benzo': {
    heading: 'Do not stop your benzodiazepine on your own',
    points: [
      'Stopping a daily benzodiazepine suddenly can cause seizures.',
      'Tell the clinician who prescribes it before you change anything.',
      'They can plan a safe change if you need one.',
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
  'urgent-help-first': {
    heading: 'Get help now, before you choose a program',
    summary: [
      'Some of your answers show you may be in danger now.',
      `Get help first. Call or text ${crisis}, or call ${emergency} if you are in immediate danger.`,
      'Care plans can wait until you are safe. Then a clinician can help you choose care.',
    ],
    next: [
      `Call or text ${crisis} now, or call ${emergency} in danger.`,
      'Put guns and stored medicines out of reach, or ask someone to hold them.',
      'When you are safe, ask a clinician for an assessment. Show them your answers.',
    ],
  },
  'more-intensive-first': {
    heading: 'More care may be safer first',
    summary: [
      'Some of your answers point to more care before an IOP.',
      'This could be a hospital, a live-in (residential) program, or a high-intensity outpatient or partial hospitalization program (PHP), a day program.',
      'Needing more care is not a failure. Many people step down into an IOP later.',
    ],
    next: [
      'Do not stop alcohol or sedatives all at once on your own. A doctor should plan how you stop.',
      'If you use opioids, ask about starting buprenorphine or methadone.',
      'Ask a doctor or clinician for an assessment soon. Show them your answers.',
      'The free SAMHSA helpline can find care near you, day and night.',
    ],
  },
  'clinician-first': {
    heading: 'Talk with a clinician before you choose',
    summary: [
      'Some of your answers need a clinician to look at them before you choose a program.',
      'The reasons below say why. Please do not skip this step.',
      'An IOP may still fit after that talk, or you may need more care first.',
    ],
    next: [
      'Talk with a doctor or clinician soon. Show them your answers.',
      'Do not stop alcohol, sedatives or a prescribed medicine on your own.',
      `With thoughts of suicide, call or text ${crisis} today.`,
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
    next: ['Talk to a doctor, therapist or counselor about how you feel.', 'If things get worse, ask about an IOP.'],
  },
};

/** Said with every result. */
export const notADiagnosis = [
  'This is not a diagnosis. It cannot tell you what care you need.',
  'A clinician decides, after an assessment: a talk about your health and your life.',
];

/** The rules of src/lib/self-check.ts, in plain words, for readers (and for the page without JavaScript). */
export const ruleTexts: readonly string[] = [
  `Some answers show a safety box. Read those first, whatever your result. Boxes marked "${safetyLabel}" come first.`,
  `If any answer points to getting help now, get help first: call or text ${crisis}, or call ${emergency} in danger.`,
  'Thoughts of suicide with a gun or stored medicines close by also point to getting help now.',
  'If not, and any answer points to more care first, more care may be safer before an IOP.',
  'If not, and any answer points to talking with a clinician first, talk with a clinician before you choose.',
  'If not, and any answer points to an IOP, or no answer points anywhere, an IOP may be a good fit to talk about.',
  'If not, regular outpatient care may be enough.',
];

/** The crisis help that stands in the HTML of both self-check pages, before any question (at most 5 bullets). */
export const urgentHeading = 'If you are in danger, get help now';

/** The lines of that crisis help besides the two phone lines (which the component writes with their links). */
export const urgentNotes = {
  lethalMeans: 'With thoughts of suicide, lock up or remove guns and stored medicines, or ask someone to hold them.',
  sedatives: 'Do not stop alcohol, benzodiazepines or other sedatives all at once on your own. Talk to a doctor first.',
  opioids: 'If you use opioids, carry naloxone and ask about medicine (buprenorphine or methadone). Read about',
} as const;
