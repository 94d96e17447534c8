/**
 * The site's tools: pages that work in the browser and send nothing. Navigation and the footer link to them, and
 * search indexes them by their title, description and these keywords (scripts/index-search.ts).
 */
export interface ToolPage {
  path: '/self-check/' | '/cost-estimator/' | '/for-referrers/';
  /** The link text in menus and the footer. */
  name: string;
  /** Words readers search with when they look for the tool. */
  keywords: readonly string[];
}

export const toolPages: readonly ToolPage[] = [
  {
    path: '/self-check/',
    name: 'Self-check: is an IOP right for me?',
    keywords: ['quiz', 'self-check', 'self check', 'self test', 'self-assessment', 'questionnaire', 'am I ready for an IOP', 'am I ready for treatment', 'treatment quiz', 'rehab quiz', 'do I need an IOP', 'should I go to an IOP'],
  },
  {
    path: '/cost-estimator/',
    name: 'Cost estimator',
    keywords: ['calculator', 'cost calculator', 'cost estimator', 'estimate my cost', 'how much will I pay', 'price calculator', 'what will I pay with insurance'],
  },
  {
    path: '/for-referrers/',
    name: 'For people who refer',
    keywords: ['referral email', 'refer a patient', 'referring', 'for clinicians', 'for counselors', 'case manager', 'send a patient links', 'email builder', 'share with patients'],
  },
];
