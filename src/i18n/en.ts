import { helpLine } from '../data/crisis.ts';
import { site } from '../data/site.ts';
import { handoutWords } from '../lib/handout.ts';
import { toolPages } from '../data/tools.ts';
import { searchWords } from '../lib/search-words.ts';

/*
 * The English words of the site's frame, one group per component. Every other language's dictionary (es.ts) must have
 * exactly these keys (Dictionary, in dictionary.ts). A value that takes numbers or names is a function, so each
 * language can put them where its grammar wants them.
 *
 * A few English words still live where browser code and the tools read them (the help lines in src/data/crisis.ts,
 * the disclaimer in src/data/site.ts, the handout link in src/lib/handout.ts): English reads them from there, so
 * there is still one English source, and those scripts' bundles do not change.
 */
const emergency = helpLine('emergency');
const crisis = helpLine('crisis');
const helpline = helpLine('helpline');

export const en = {
  layout: {
    skipLink: 'Skip to main content',
    /** The sidebar's two navigation landmarks. */
    allTopics: 'All topics',
    allTools: 'All tools',
  },
  header: {
    topics: 'Topics',
    search: 'Search',
  },
  crisisStrip: {
    label: 'Urgent help',
    needHelp: 'Need help now?',
    inDanger: 'In danger, call',
    crisis: 'Crisis: call or text',
    treatment: 'Treatment help:',
  },
  crisisLines: {
    heading: 'Get help now',
    /** Keyed by the help line's id in src/data/crisis.ts; the numbers stay there. */
    lines: {
      emergency: { name: emergency.name, action: emergency.action, details: emergency.details },
      crisis: { name: crisis.name, action: crisis.action, details: crisis.details, text: crisis.textNumber!.what },
      helpline: {
        name: helpline.name,
        action: helpline.action,
        details: helpline.details,
        text: helpline.textNumber!.what,
        textNote: helpline.textNumber!.note!,
      },
    },
    findTreatment: 'Find treatment near you:',
    findTreatmentWhat: 'a free and private search of licensed programs.',
  },
  footer: {
    disclaimer: site.disclaimer,
    home: 'Home',
    glossary: 'Glossary',
    questions: 'Questions',
    about: 'About this guide',
    reportMistake: 'Report a mistake',
    reportSubject: (siteName: string) => `Mistake on ${siteName}`,
    tools: 'Tools:',
  },
  topicNav: {
    tools: 'Tools',
  },
  lastReviewed: {
    label: 'Last reviewed',
  },
  keyFacts: {
    heading: 'Key facts at a glance',
    hoursLabel: 'Hours a week',
    hoursValue: (adult: string, teen: string) => `${adult} for adults; ${teen} for teens`,
    weekLabel: 'A typical week',
    weekValue: (days: string, length: string) => `${days}, ${length} at a time`,
    lengthLabel: 'How long',
    lengthValue: (length: string) => `Often ${length}`,
    fitsLabel: 'Where it fits',
    fitsValue: (step: number, count: number) => `Step ${step} of ${count} levels of care, from most to least intensive`,
    stopLabel: 'Before you stop drinking or using',
    stopValue: 'Alcohol or sedatives: a doctor plans the stop. Opioids: medicine comes first, and carry naloxone.',
    costLabel: 'Estimated cost',
    costValue: (cost: string) => `${cost} (providers' estimates, before insurance)`,
  },
  keyPoints: {
    heading: 'In short',
  },
  contents: {
    heading: 'On this page',
    back: 'Back to contents',
    sectionLink: (heading: string) => `Link to the section “${heading}”`,
  },
  reviewDates: {
    last: 'Page last reviewed:',
    next: 'Next review due:',
  },
  sources: {
    heading: 'Sources',
    published: (year: number) => `Published ${year}.`,
    accessed: (date: string) => `Accessed ${date}.`,
  },
  related: {
    heading: 'Related topics',
  },
  prevNext: {
    label: 'Previous and next topic',
    previous: 'Previous',
    next: 'Next',
  },
  print: {
    readOnline: 'Read this page online:',
    scan: 'Scan the code with a phone camera to open it.',
    printedFrom: (address: string, date: string) => `Printed from ${address}. Page last reviewed: ${date}.`,
  },
  share: {
    label: 'Share this page:',
    copyLink: 'Copy link',
    email: 'Email',
    print: 'Print',
    handout: handoutWords.linkText,
    /** Said by the share bar's script (copy-links.ts) after a copy. */
    copied: 'Link copied',
    copyFailed: 'Could not copy. The link is in the address bar.',
  },
  /** Search's box, status line and no-results help; English words stay in src/lib/search-words.ts, which search's browser code reads. */
  searchBox: searchWords,
  /** The topic groups' names as the menus print them; English names are the data's own (src/data/topic-groups.ts). */
  groups: {
    'About IOPs': 'About IOPs',
    'Is it right for me?': 'Is it right for me?',
    'Costs and choosing': 'Costs and choosing',
    'Help and answers': 'Help and answers',
  },
  /** The tools' link names, by their English path (src/data/tools.ts). */
  tools: {
    '/self-check/': toolPages[0]!.name,
    '/cost-estimator/': toolPages[1]!.name,
    '/for-referrers/': toolPages[2]!.name,
  },
  languageSwitch: {
    /** The link to the same page in the other language, written in that language so its readers recognise it. */
    other: 'Español',
    /** Shown instead of the name where the header has no room (phones). */
    short: 'ES',
    otherLang: 'es',
  },
  /** The one-page handouts (/handouts/<topic>/); English words stay in src/lib/handout.ts, which the tests also read. */
  handout: {
    ...handoutWords,
    /** Before the topic's title in <title>: "Handout: Costs" (handoutTitle in src/lib/handout.ts cuts it to fit). */
    titlePrefix: 'Handout: ',
    tagline: site.tagline,
  },
  /** On a translated page whose English page was reviewed after the translation (src/components/topic/TranslationNotice.astro). */
  translationNotice: {
    text: 'The English page changed after this translation. This page may not have the latest changes yet.',
    link: 'Read the English page',
  },
  callout: {
    info: 'Good to know',
    warning: 'Important',
    urgent: 'Urgent',
  },
  /**
   * The glossary's A to Z index and letter pages (src/components/glossary/, src/lib/glossary-pages.ts). A range is
   * given as its letters, upper case; `first` and `last` are the words a letter page runs from and to.
   */
  glossary: {
    pagesLabel: 'Glossary pages',
    allWords: 'All words, A to Z',
    chooseWord: 'Choose a word to read what it means.',
    seeAlso: 'See also:',
    range: (from: string, to: string) => (from === to ? from : `${from} to ${to}`),
    title: (first: string, last: string) => (first === last ? `Glossary: ${first}` : `Glossary: ${first} to ${last}`),
    description: (first: string, last: string) =>
      first === last
        ? `The plain meaning of ${first}, a word you will meet on this site, with links to related words.`
        : `Plain meanings of the words from ${first} to ${last} that you will meet on this site, with links to related words.`,
    emptyTitle: (from: string, to: string) => `Glossary: ${from === to ? from : `${from} to ${to}`}`,
    emptyDescription: (from: string, to: string) =>
      `This page is for words from ${from === to ? from : `${from} to ${to}`}. It has none yet, so see the list of all words instead.`,
  },
} as const;
