import { coverageChoices, type CoverageChoice } from '../data/coverage.ts';
import type { LevelOfCare } from '../data/levels.ts';
import { levels } from '../data/levels.ts';
import { providerEstimates } from '../data/sources.ts';
import type { Widen } from '../i18n/dictionary.ts';
import type { WorkedExampleId } from './cost-examples.ts';
import { facts } from './facts.ts';
import { formatDate, formatMoneyRange, lowerFirst } from './format.ts';

/**
 * The English words of the cost estimator's page, built into the HTML (the browser's words are in
 * cost-estimator-words.ts). Kept apart from those so the page script never carries them. The Spanish page has the same
 * keys (cost-estimator-words-page-es.ts, typed as EstimatorPageText). A value that takes numbers or names is a
 * function, so each language puts them where its grammar wants them.
 */
export const estimatorPage = {
  page: {
    title: 'IOP cost estimator',
    description: "Estimate what an intensive outpatient program (IOP) may cost, before and after insurance, from providers' published price ranges.",
    intro: `Estimate what an intensive outpatient program (IOP) may cost, and what you might pay with insurance. Providers publish prices of about ${facts.costIopSession} for an IOP.`,
    notPrices: 'These are estimates, not prices.',
    notPricesRest: 'Real charges vary by region, program and plan. Ask the program and your health plan for real numbers.',
    privacy: 'Private:',
    privacyRest: 'what you type stays on this page. Nothing is saved or sent.',
    /** The closing line: "Not sure…? Try the <self-check>, or read about <the levels of care>." */
    nextBefore: 'Not sure an IOP is right for you? Try the',
    nextSelfCheck: 'self-check',
    nextMiddle: ', or read about',
    nextLevels: 'the levels of care',
    nextAfter: '.',
  },
  form: {
    label: 'Cost estimator',
    program: 'Your program',
    level: 'Level of care',
    levelHint: 'Choosing a level fills in its published price range.',
    /** A level in the select box, short enough for a 320 px phone ("IOP: $200 to $300"). */
    levelOption: (short: string, low: number, high: number) => `${short}: ${formatMoneyRange(low, high)}`,
    perWeek: 'Sessions or days a week',
    perWeekHint: `IOPs often meet ${facts.iopDaysPerWeek}. Care that goes on day and night counts all 7 days.`,
    hoursEach: 'Hours each session or day',
    hoursEachHint: `IOP sessions often last ${facts.iopSessionLength}.`,
    weeks: 'Number of weeks',
    weeksHint: `IOPs often last ${facts.iopProgramLength}.`,
    priceLow: 'Lowest price for one session or day, in dollars',
    priceLowHint: "From providers' published range. Change it if a program gave you a price.",
    priceHigh: 'Highest price for one session or day, in dollars',
    insurance: 'Your insurance (you can skip this)',
    insuranceHint:
      "Leave these blank if you have no insurance or do not know. Your plan papers, your plan's website or the phone number on your card can tell you.",
    deductible: 'Deductible left this year, in dollars',
    deductibleHint: 'What you still pay yourself before your plan starts to share the cost. Leave blank if you have paid it all.',
    coinsurance: 'Coinsurance, as a percentage',
    coinsuranceHint: 'Your share of each bill after the deductible. Fill in this or a copay, not both.',
    copay: 'Copay for each session or day, in dollars',
    copayHint: 'A set amount you pay each time, after the deductible.',
    outOfPocketMax: 'Out-of-pocket maximum left this year, in dollars',
    outOfPocketMaxHint: 'The most you still pay this plan year. After that, your plan pays for covered care.',
    show: 'Show my estimate',
    reset: 'Start again',
    noScript: 'JavaScript is off, so this form cannot work out an estimate for you.',
    noScriptRest:
      'Nothing is lost: the worked examples below use the same arithmetic, and "How the estimate works" shows each step, so you can use your own numbers.',
  },
  coverage: {
    label: 'What coverage do you have?',
    choices: Object.fromEntries(coverageChoices.map((choice) => [choice.id, { label: choice.label, meaning: choice.meaning }])) as Record<
      CoverageChoice['id'],
      { label: string; meaning: string }
    >,
    sourcesBefore: 'Where this comes from:',
    /** After the source links: when they were checked. */
    sourcesAfter: (accessed: Date) => ` (checked ${formatDate(accessed)}).`,
  },
  result: {
    heading: 'Your estimate',
    stale: 'Out of date:',
    staleRest: 'this estimate is for your earlier numbers. Choose "Show my estimate" to check what you typed.',
    total: 'Program total, before insurance',
    youPay: 'What you might pay with insurance',
    noInsurance: 'Fill in your insurance above to see this.',
    working: 'The working',
    compared: 'Compared with other levels of care',
    /** Ends with the scale's top, which the script updates: "…on one scale from $0 to <$10,800>." */
    comparedText:
      'Each level uses your weeks and your sessions or days a week, at its published range. Care that goes on day and night is charged for all 7 days a week. Bars run from the low to the high total, on one scale from $0 to',
  },
  examples: {
    heading: 'Worked examples',
    headingId: 'worked-examples',
    intro: "Typical programs, priced with providers' published ranges, before insurance. The last column shows the working.",
    tableLabel: 'Table: worked examples of program costs',
    caption: 'Estimated program totals before insurance',
    example: 'Example',
    schedule: 'Schedule',
    total: 'Estimated total',
    working: 'Working',
    labels: {
      shorterIop: 'A shorter IOP',
      longerIop: 'A longer IOP',
      longerIopMoreDays: 'A longer IOP, more days',
      shortResidential: 'A short residential stay',
    } satisfies Record<WorkedExampleId, string>,
    scheduleText: (perWeek: number, unit: 'day' | 'session', weeks: number) => `${perWeek} ${unit}s a week for ${weeks} weeks (${perWeek * weeks} ${unit}s)`,
  },
  howItWorks: {
    heading: 'How the estimate works',
    headingId: 'how-the-estimate-works',
    /** Each step: its name in bold, then what it means. The last step has no name. */
    steps: [
      [
        'Program total:',
        'weeks × sessions or days a week × the price of one session or day. We work it out twice, with the low and the high price, to give a range.',
      ],
      ['Deductible:', 'with insurance, you pay the bills yourself until your deductible is used up.'],
      ['Coinsurance or copay:', 'after that, you pay your coinsurance (a percentage of the rest of the bill), or a copay for each session or day.'],
      [
        'Out-of-pocket maximum:',
        'you never pay more than what is left of your out-of-pocket maximum for the year. After that, your plan pays for covered care.',
      ],
      ['', 'Totals and what you pay are rounded to whole dollars. A price with cents keeps its cents in the working.'],
    ],
    leavesOut: 'The estimate leaves out things that can change what you pay:',
    leftOut: [
      "whether the program is in your plan's network, and whether your plan needs prior authorization (approval first);",
      'charges for medicine, tests or doctor visits outside the program;',
      'sliding-scale fees, which lower the price if your income is low.',
    ],
    readMoreBefore: 'Read more about',
    costsLink: 'what care costs and what insurance covers',
    readMoreMiddle: ', and the',
    questionsLink: 'questions to ask your health plan',
    /** The id of that section on the costs page. */
    questionsId: 'questions-to-ask-your-health-plan',
    readMoreAfter: '.',
  },
  /** The warning under the examples; the English page uses the site's shared note (EstimateNote.astro). */
  note: {
    strong: 'These are estimates, not prices.',
    rest: `They come from ${lowerFirst(providerEstimates.publisher)} (published ${providerEstimates.published}). Real charges vary by region, program and insurance plan.`,
    ask: 'Ask the program and your plan for real numbers.',
  },
  /** Level names as the comparison and examples print them, by the data's id. */
  levels: Object.fromEntries(levels.map((level) => [level.id, { name: level.name, short: level.short }])) as Record<LevelOfCare['id'], { name: string; short: string }>,
} as const;

/** The page's words in any language: the English keys, each a string or a function giving one. */
export type EstimatorPageText = Widen<typeof estimatorPage>;
