import { helpLine } from '../data/crisis.ts';
import { facts } from './facts.ts';
import { selfCheckQuestions, type Outcome, type OutcomeText, type QuestionId, type SafetyKind, type SafetyText } from './self-check-content.ts';
import { questionsInVoice, type QuestionWords, type SelfCheckWords } from './self-check-words.ts';

/**
 * The self-check for a reader answering for someone else: their teen, partner or a person they care for. "They" is
 * the person the answers are about; "you" is the reader. Same questions, answers and rules as src/lib/self-check-content.ts,
 * in the third person. The safety words still put 988 and 911 first, and say the reader may call for them.
 * Loaded only on /self-check/for-someone-else/, so the first-person page carries none of it.
 */

const emergency = helpLine('emergency').display;
const crisis = helpLine('crisis').display;
const helpline = helpLine('helpline').display;
const firstFits = 'If more than one is true, choose the first one that fits.';
/** A reader may not know; the first answer that may be true is the safer one (answers go from most to least serious). */
const notSure = 'If more than one may be true, or you are not sure, choose the first one that may be true.';

const getHelpNow = `Call or text ${crisis} now, with them or for them. If they are in danger, call ${emergency}. Get this help before you choose any program.`;

const words: Record<QuestionId, QuestionWords> = {
  sedatives: {
    topic: 'Alcohol and sedatives',
    question: 'How often do they drink alcohol or take sedatives?',
    hint: `Sedatives include benzodiazepines ("benzos"), sleeping pills, barbiturates and GHB. ${notSure}`,
    why: 'Stopping alcohol or sedatives after daily use can cause seizures or delirium tremens (DTs). These can kill. A doctor should plan how they stop.',
    answers: {
      daily: {
        label: 'They drink a lot every day. Or they take sedatives every day that are not prescribed to them, or more than prescribed.',
        guidance: `After heavy daily use, stopping can be dangerous, even if their withdrawal has been mild. It can get worse over ${facts.withdrawalWorsensOver}. A doctor should plan how they stop: in a clinic, or as an outpatient when it is safe.`,
      },
      prescribed: {
        label: 'They take a benzodiazepine every day, the way their clinician prescribed it.',
        guidance: 'They should not stop it on their own. Stopping suddenly can cause seizures. They should tell the clinician who prescribes it before they change anything.',
      },
      'some-days': {
        label: 'They drink or take sedatives, but not every day.',
        guidance: 'Tell the clinician how much and how often. If they start to drink or take them every day, they should talk to a doctor before they stop.',
      },
      no: {
        label: 'They do not drink alcohol or take sedatives.',
        guidance: 'Then withdrawal from alcohol or sedatives is not a risk for them.',
      },
    },
  },
  withdrawal: {
    topic: 'Withdrawal from alcohol or sedatives',
    question: 'What happens when they stop or cut down alcohol or sedatives?',
    hint: `Withdrawal is how the body reacts when someone stops or cuts down. ${notSure}`,
    why: 'Withdrawal from alcohol or sedatives can turn dangerous. If it has been bad before, more care usually comes first, and a doctor plans how they stop.',
    answers: {
      seizures: {
        label: 'They have had a seizure (a fit) or delirium tremens (DTs) when they stopped. DTs means bad shaking, confusion or seeing things.',
        guidance: 'Seizures or DTs in the past mean withdrawal could be dangerous again. More care usually comes first, and a doctor plans how they stop. They should not stop on their own.',
      },
      strong: {
        label: 'They get strong withdrawal, like bad shaking, sweating, throwing up or a racing heart.',
        guidance: 'Strong withdrawal from alcohol or sedatives usually needs medical care first. A doctor can give medicine to make stopping safer.',
      },
      mild: {
        label: 'They only get mild withdrawal, like poor sleep or feeling on edge.',
        guidance: `Mild withdrawal can still get worse over ${facts.withdrawalWorsensOver}. Tell the clinician about it. If they drink a lot or take sedatives every day, a doctor should plan how they stop.`,
      },
      none: {
        label: 'They do not get withdrawal, or they do not drink or take sedatives.',
        guidance: 'With no withdrawal from alcohol or sedatives, this part does not change the result.',
      },
    },
  },
  opioids: {
    topic: 'Opioids',
    question: 'Which is true for them about opioids?',
    hint: `Opioids include fentanyl, heroin and strong pain pills. ${notSure}`,
    why: 'Opioids can cause an overdose that kills. Medicine for opioid use disorder (buprenorphine or methadone) lowers the risk of dying. Many IOPs start it or arrange it.',
    answers: {
      using: {
        label: 'They use fentanyl, heroin, or pain pills that are not prescribed to them or not taken as prescribed.',
        guidance:
          'Ask about starting buprenorphine or methadone for them now. Many IOPs start it or arrange it. Withdrawal care alone is not treatment, and it raises the risk of overdose. Keep naloxone with you, and make sure they have it too.',
      },
      stopped: {
        label: 'They stopped using opioids in the past year, and they do not take buprenorphine or methadone. For example, they stopped after withdrawal care, jail, a hospital stay or treatment.',
        guidance:
          'After a break, their body cannot handle the amount they used before. The risk of an overdose that kills is high. Ask about buprenorphine or methadone, and keep naloxone close.',
      },
      'on-medicine': {
        label: 'They take buprenorphine or methadone for opioid use disorder, and they do not use other opioids.',
        guidance:
          'They should keep taking their medicine. Many IOPs work with it, so they do not have to stop. Ask each program. If they stop, their risk of overdose goes up. Keep naloxone close.',
      },
      no: {
        label: 'They do not use opioids.',
        guidance: 'Fentanyl is in much of the street drug supply, even in fake pills. If they use any drugs, keep naloxone close.',
      },
    },
  },
  overdose: {
    topic: 'Overdose',
    question: 'Have they ever had an overdose?',
    hint: `For example, they passed out and could not be woken, their breathing slowed or stopped, or someone gave them naloxone. ${notSure}`,
    why: 'An overdose in the past raises the risk of another one. Naloxone can reverse an opioid overdose and save a life.',
    answers: {
      'past-year': {
        label: 'Yes, in the past year.',
        guidance: 'A recent overdose means the risk of another one is high. Tell a clinician before they choose care. Keep naloxone close.',
      },
      before: {
        label: 'Yes, but more than a year ago.',
        guidance: 'Tell the clinician about it. Keep naloxone close, and make sure the people around them know where it is.',
      },
      no: {
        label: 'No.',
        guidance: 'If they use drugs, learn the signs of an overdose. It can save a life.',
      },
    },
  },
  body: {
    topic: 'Their physical health',
    question: 'How is their physical health right now?',
    hint: firstFits,
    why: 'An IOP does not watch over someone day and night. If their health needs doctors or nurses close by, more care may be safer first.',
    answers: {
      emergency: {
        label: 'They are very unwell right now. For example: chest pain, trouble breathing, fainting, or they may have taken too much of a drug.',
        guidance: `This may be a medical emergency. Call ${emergency} now. Treatment plans can wait until they are safe.`,
      },
      unstable: {
        label: 'They have a health problem that is not under control. It needs a doctor or nurse often.',
        guidance: 'A health problem that is not under control may need doctors and nurses close by, as in a hospital or a live-in program.',
      },
      managed: {
        label: 'They have a health problem, but it is under control.',
        guidance: 'A health problem that is under control does not usually rule out an IOP. Bring a list of their medicines to the assessment.',
      },
      well: {
        label: 'They are mostly healthy.',
        guidance: 'Good physical health fits an IOP or regular outpatient care.',
      },
    },
  },
  'self-harm': {
    topic: 'Thoughts of suicide or self-harm',
    question: 'In the past month, have they had thoughts of ending their life or hurting themselves?',
    hint: `You may not know. If they have talked about it, or you are worried, choose the answer that may be true. You can call ${crisis} about someone else, too. ${firstFits}`,
    why: `Their safety comes first. Thoughts with intent, a plan, or a recent attempt or self-harm need help now, before any talk of an IOP. Thoughts alone still need a call to ${crisis} and a talk with a clinician.`,
    answers: {
      attempt: {
        label: 'Yes, and in the past 3 months they tried to end their life or hurt themselves on purpose.',
        guidance: getHelpNow,
      },
      intent: {
        label: 'Yes, and they might act on these thoughts.',
        guidance: getHelpNow,
      },
      plan: {
        label: 'Yes, and they have thought about how they would do it.',
        guidance: getHelpNow,
      },
      thoughts: {
        label: 'Yes, but they do not mean to act on them, they have no plan, and they have not hurt themselves.',
        guidance: `Please call or text ${crisis} today, with them or for yourself, to talk with someone. Tell the clinician about these thoughts before they choose care. If the thoughts get stronger, call or text ${crisis} now.`,
      },
      no: {
        label: 'No.',
        guidance: `If this changes, you or they can call or text ${crisis} at any time, day or night.`,
      },
    },
  },
  'lethal-means': {
    topic: 'Guns and medicines at home',
    question: 'Is there a gun, or a large supply of medicines, where they live?',
    hint: firstFits,
    why: 'A gun or stored medicines close by make a crisis more dangerous. Locking them up or removing them saves lives. With thoughts of suicide, they are a sign to get help now.',
    answers: {
      gun: {
        label: 'Yes, there is a gun where they live, or they could easily get one.',
        escalation: `Thoughts of suicide with a gun close by need help now. Call or text ${crisis}. Lock up or remove the gun, or ask someone you trust to hold it.`,
        guidance: 'If they ever have thoughts of suicide, lock up or remove the gun, or ask someone you trust to hold it for now.',
      },
      medicines: {
        label: 'Yes, there are a lot of stored medicines, or other things they could use to hurt themselves.',
        escalation: `Thoughts of suicide with a way to act close by need help now. Call or text ${crisis}. Lock up or remove these things, or ask someone to hold them.`,
        guidance: 'If they ever have thoughts of suicide, lock up the medicines or get rid of ones that are not needed.',
      },
      no: {
        label: 'No.',
        guidance: 'This part does not change the result.',
      },
    },
  },
  'daily-life': {
    topic: 'How much it affects their day',
    question: 'How much do alcohol, drugs or their mental health get in the way of their daily life?',
    hint: firstFits,
    why: 'How much their day is affected shows how much care may help. It can be weekly therapy, an IOP, or more.',
    answers: {
      'very-much': {
        label: 'Very much. They can hardly sleep, eat or look after themselves, or they see or hear things others do not.',
        guidance:
          'When daily life is this hard, more support may be safer first. This could be a high-intensity outpatient or partial hospitalization program (PHP), a day program, or a hospital stay.',
      },
      'most-days': {
        label: 'A lot. These cause problems most days, at work, at home or with people.',
        guidance: 'Problems most days often need more than one therapy visit a week. That is what an IOP is for.',
      },
      sometimes: {
        label: 'Some. These cause problems now and then, but they cope most days.',
        guidance: 'If they cope most days, regular outpatient care, like weekly therapy, may be enough.',
      },
      little: {
        label: 'A little, or not at all.',
        guidance: 'If daily life is mostly fine, regular outpatient care or a talk with their doctor may be enough.',
      },
    },
  },
  'past-care': {
    topic: 'What happened before',
    question: 'What has happened when they tried to stop, cut down or get better before?',
    hint: firstFits,
    why: 'What happened before shows what may work now. If a level of care was not enough, the next step is often more care.',
    answers: {
      'after-intensive': {
        label: 'They went back to using, or got much worse, during or soon after an IOP, a day program or a live-in program.',
        guidance:
          'If an IOP was not enough before, more structure may help first. This could be a high-intensity outpatient or partial hospitalization program (PHP), or residential (live-in) care.',
      },
      'stepping-down': {
        label: 'They are finishing a hospital stay, a live-in program or a day program, and they need a next step.',
        guidance: 'Moving from more care into an IOP is called a step down. It is a common way to start an IOP.',
      },
      'outpatient-not-enough': {
        label: 'They tried weekly therapy or other outpatient care, but it was not enough.',
        guidance: 'When weekly care is not enough, an IOP is a common next step. This is called a step up.',
      },
      'first-time': {
        label: 'They have not had treatment before, and it is hard for them to stop or stay stopped on their own.',
        guidance: 'Some people start treatment in an IOP. Others start with regular outpatient care. An assessment helps decide.',
      },
      managing: {
        label: 'They can stay stopped, or manage their symptoms, most of the time.',
        guidance: 'If they manage most of the time, regular outpatient care may be enough to keep them on track.',
      },
    },
  },
  home: {
    topic: 'Their home and support',
    question: 'Which is true about their home and the people around them?',
    hint: firstFits,
    why: 'In an IOP they live at home. A safe home with people who support them helps. Violence, drug use at home or no safe place to stay can make it hard to get better.',
    answers: {
      unsafe: {
        label: 'Home is not safe for them. There is violence, or someone there could hurt them.',
        guidance: `If they are in danger, call ${emergency}. When home is not safe, a live-in program may be safer for now.`,
      },
      'no-safe-place': {
        label: 'They have no safe place to stay. They have no home, or they cannot stay where they live.',
        guidance: `An IOP needs a safe place to sleep. A residential (live-in) program or recovery housing may fit better. The free SAMHSA helpline, ${helpline}, can help you find them.`,
      },
      'use-at-home': {
        label: 'People at home drink or use drugs, and that makes it hard for them to stop.',
        guidance: 'An IOP works best with a home that supports recovery. A live-in program or recovery housing may help first.',
      },
      'few-supports': {
        label: 'Home is safe, but they have few people to support them.',
        guidance: 'An IOP can help them build support, through group therapy and mutual-support groups.',
      },
      supported: {
        label: 'Home is safe, and they have people who support them.',
        guidance: 'A safe home and people who support them are a strong base for care while they live at home.',
      },
    },
  },
  'pregnancy-age': {
    topic: 'Pregnancy and age',
    question: 'Is either of these true for them?',
    hint: firstFits,
    why: 'Pregnancy and being under 18 each change what care is safe and how it works. A clinician should look at their needs before they choose a program.',
    answers: {
      pregnant: {
        label: 'They are pregnant, or they might be.',
        guidance:
          'Talk with a clinician before they stop or start anything. Withdrawal can harm the pregnancy. If they use opioids, medicine (buprenorphine or methadone) is advised over withdrawal.',
      },
      'under-18': {
        label: 'They are under 18.',
        guidance: `Programs for teens are not the same as adult ones. A teen IOP is often ${facts.iopHoursAdolescent}. Rules about parents and consent vary by state. Talk with a clinician first.`,
      },
      neither: {
        label: 'Neither is true for them.',
        guidance: 'This part does not change the result.',
      },
    },
  },
  readiness: {
    topic: 'How they feel about change',
    question: 'How do they feel about getting help right now?',
    why: 'This answer does not change the result. It helps the clinician know how to start, and mixed feelings are normal.',
    answers: {
      ready: {
        label: 'They want to make changes, and they can go to sessions a few times a week.',
        guidance: 'Being ready to take part helps in any level of care. An IOP asks for several sessions each week.',
      },
      unsure: {
        label: 'They are not sure, but they are willing to talk to someone.',
        guidance: 'Mixed feelings are normal. Many programs use motivational interviewing. It is a way of talking that helps people find their own reasons to change.',
      },
      pushed: {
        label: 'Others want them to get help more than they do.',
        guidance: 'This is common, and treatment can still help. Listen, stay calm and avoid blame. Let them tell the clinician how they feel.',
      },
    },
  },
  duties: {
    topic: 'Work, school and caregiving',
    question: 'Do they have work, school or caregiving that must go on during treatment?',
    hint: 'Caregiving means looking after children or other people.',
    why: 'An IOP is built so people can keep their work, school or caregiving. This answer does not change the result, but it helps find a program that fits their life.',
    answers: {
      'must-continue': {
        label: 'Yes, and they cannot stop it.',
        guidance: 'An IOP is built for this. Many programs have morning, evening or online sessions, so they can keep their duties.',
      },
      'could-pause': {
        label: 'Yes, but they could take time off if they needed to.',
        guidance: 'Time off gives them more choices, such as daytime programs or more care if they need it.',
      },
      no: {
        label: 'No.',
        guidance: 'With fewer duties, it may be easier to fit in daytime programs or more care if they need it.',
      },
    },
  },
};

/** The safety boxes about someone else: the same one action first, 988 and 911 where the first-person boxes have them. */
const safety: Record<SafetyKind, SafetyText> = {
  medical: {
    heading: `Call ${emergency} now`,
    points: [
      'They may be having a medical emergency.',
      `Call ${emergency} now, or ask someone near them to call.`,
      'If they may have taken too much of a drug, say so. Responders are there to help, not to judge.',
    ],
  },
  suicide: {
    heading: `Call or text ${crisis} now`,
    points: [
      'Your answers show signs that they may be at high risk of suicide right now.',
      `Call or text ${crisis} now, with them or for them. It is free and open day and night.`,
      `If they are in danger right now, call ${emergency}.`,
      'Get this help before you choose any program.',
    ],
  },
  'lethal-means': {
    heading: 'Put guns and medicines out of reach',
    points: [
      'Lock up any gun, or take it out of the home for now.',
      'Ask someone you trust to hold the gun, or the keys, for a while.',
      'Lock up stored medicines, and keep only small amounts in the house.',
      'This is one of the best ways to keep someone safe in a crisis. It saves lives.',
    ],
  },
  'suicide-thoughts': {
    heading: `Call or text ${crisis} today`,
    points: [
      'You said they have had thoughts of ending their life or hurting themselves.',
      `Call or text ${crisis} today, with them or for yourself. It is free and open day and night.`,
      'Tell the clinician about these thoughts before they choose care.',
      `If they start to plan or mean to act, call or text ${crisis} now. In danger, call ${emergency}.`,
    ],
  },
  withdrawal: {
    heading: 'They should talk to a doctor before they stop',
    points: [
      'Stopping alcohol or sedatives all at once can cause seizures or delirium tremens (DTs). These can kill.',
      `Withdrawal can start within hours. It can get worse over ${facts.withdrawalWorsensOver}, even if it starts mild.`,
      'Do not push them to stop all at once. A doctor should plan how they stop: in a clinic, or as an outpatient when it is safe.',
      `If they have a seizure, get confused or see things, call ${emergency}.`,
    ],
    more: { path: 'who-is-it-for/#why-withdrawal-needs-medical-care', text: 'why withdrawal needs medical care' },
  },
  'opioid-tolerance': {
    heading: 'Protect them from an overdose',
    points: [
      'After a break from opioids, the body loses its tolerance. This happens after withdrawal care, jail, a hospital stay or treatment.',
      'The amount they used before can now kill them.',
      'Fentanyl is in much of the street supply, even in pills that look real.',
      'Ask about buprenorphine or methadone for them now. They lower the risk of dying. Many IOPs start it or arrange it.',
    ],
    more: { path: 'opioids-and-overdose/', text: 'overdose signs and naloxone' },
  },
  naloxone: {
    heading: 'Keep naloxone close',
    points: [
      'Naloxone is a medicine that can reverse an opioid overdose.',
      `You can buy the nasal spray without a prescription. It has been sold this way since ${facts.naloxoneOverTheCounterSince}.`,
      'Keep it at home and with you. Make sure they and the people close to them know where it is.',
      'Signs of an overdose: will not wake up, slow or no breathing, blue or gray lips, very small pupils.',
      `Call ${emergency}, give naloxone, and keep the person breathing.`,
    ],
    more: { path: 'opioids-and-overdose/', text: 'overdose signs and naloxone' },
  },
  'opioid-medicine': {
    heading: 'Ask about medicine for opioid use disorder',
    points: [
      'Buprenorphine and methadone lower the risk of dying from an overdose.',
      'Many IOPs start this medicine or arrange it. Ask each program.',
      'Withdrawal care alone is not treatment for opioid use disorder.',
      'After withdrawal or any break, tolerance falls. Then the risk of an overdose that kills goes up sharply.',
      'Fentanyl is in much of the street supply, even in pills that look real.',
    ],
    more: { path: 'opioids-and-overdose/', text: 'overdose signs and naloxone' },
  },
  'prescribed-benzo': {
    heading: 'They should not stop their benzodiazepine on their own',
    points: [
      'Stopping a daily benzodiazepine suddenly can cause seizures.',
      'They should tell the clinician who prescribes it before they change anything.',
      'The clinician can plan a safe change if one is needed.',
    ],
  },
};

const outcomes: Record<Outcome, OutcomeText> = {
  'urgent-help-first': {
    heading: 'Get help now, before choosing a program',
    summary: [
      'Some of your answers show they may be in danger now.',
      `Get help first. Call or text ${crisis}, or call ${emergency} if they are in immediate danger.`,
      'Care plans can wait until they are safe. Then a clinician can help choose care.',
    ],
    next: [
      `Call or text ${crisis} now, or call ${emergency} in danger.`,
      'Put guns and stored medicines out of reach, or ask someone to hold them.',
      'When they are safe, ask a clinician for an assessment. Bring these answers.',
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
      'They should not stop alcohol or sedatives all at once on their own. A doctor should plan how they stop.',
      'If they use opioids, ask about starting buprenorphine or methadone.',
      'Ask a doctor or clinician for an assessment soon. Bring these answers.',
      'The free SAMHSA helpline can find care near you, day and night.',
    ],
  },
  'clinician-first': {
    heading: 'Talk with a clinician before choosing',
    summary: [
      'Some of your answers need a clinician to look at them before a program is chosen.',
      'The reasons below say why. Please do not skip this step.',
      'An IOP may still fit after that talk, or they may need more care first.',
    ],
    next: [
      'Help them talk with a doctor or clinician soon. Bring these answers.',
      'They should not stop alcohol, sedatives or a prescribed medicine on their own.',
      `With thoughts of suicide, call or text ${crisis} today.`,
      'The free SAMHSA helpline can find care near you, day and night.',
    ],
  },
  'iop-may-fit': {
    heading: 'An IOP may be a good fit to talk about',
    summary: [
      `Your answers match what often fits an intensive outpatient program (IOP). An IOP gives ${facts.iopHoursAdult} of care while they live at home.`,
      'After talking with them, a clinician may still suggest more or less care.',
    ],
    next: [
      'Help them ask a doctor or clinician for an assessment. Bring these answers.',
      'Ask programs about their days and times, and about online sessions.',
      'Ask their health plan what it covers.',
    ],
  },
  'outpatient-may-be-enough': {
    heading: 'Regular outpatient care may be enough',
    summary: [`Your answers point to less intensive care, like weekly therapy (${facts.outpatientHoursAdult}).`, 'If that is not enough, an IOP is a common next step.'],
    next: ['Encourage them to talk to a doctor, therapist or counselor about how they feel.', 'If things get worse, ask about an IOP.'],
  },
};

export const otherWords: SelfCheckWords = {
  voice: 'other',
  questions: questionsInVoice(selfCheckQuestions, words),
  safetyTexts: safety,
  outcomeTexts: outcomes,
  notADiagnosis: [
    'This is not a diagnosis. It cannot tell you what care they need.',
    'A clinician decides, after an assessment: a talk with them about their health and their life.',
  ],
  urgent: {
    heading: 'If they are in danger, get help now',
    notes: {
      lethalMeans: 'With thoughts of suicide, lock up or remove guns and stored medicines, or ask someone to hold them.',
      sedatives: 'Do not push them to stop alcohol, benzodiazepines or other sedatives all at once. A doctor should plan it first.',
      opioids: 'If they use opioids, keep naloxone close and ask about medicine (buprenorphine or methadone). Read about',
    },
  },
  resultLabel: 'The result',
  safetyFor: 'their safety',
  keepAnswering: 'You can keep answering. The result will show this help first.',
  answersHeading: 'Your answers about them',
  title: 'Is an IOP right for them? A self-check for families',
  description:
    'Questions for a parent, partner or carer, to get ready to talk with a clinician about an intensive outpatient program (IOP). Nothing is sent.',
  intro: [
    `These ${selfCheckQuestions.length} questions help you think about whether an intensive outpatient program (IOP) may fit someone you care for, like your teen or your partner. They follow the areas a clinician asks about in an assessment.`,
    'This is not a test or a diagnosis. A clinician who talks with them decides what care fits.',
    'You may not know every answer. Choose what may be true, and tell the clinician what you were not sure about.',
  ],
};
