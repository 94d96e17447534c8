/**
 * Words readers type for things this site calls by another name. Search also looks for the site's words when a
 * reader's query holds one of these phrases (see `queryPlan` in src/lib/search.ts).
 *
 * Why at query time and not in the index: the index already carries each page's own phrasings (front matter
 * `keywords`). These are the site's vocabulary, not one page's: "narcan" means naloxone wherever the site says
 * naloxone, on today's pages and on pages not yet written, so the mapping lives once here and costs the index
 * nothing. It ships only with the search code, which loads when a reader searches.
 *
 * Each entry is checked by tests/e2e/search.spec.ts: every phrase must find `expect.page` (and, when given, open
 * `expect.section`) in the first three results of the real search.
 */
export interface SearchSynonym {
  /** What readers type, in lower case. A phrase matches whole words; accents and hyphens do not matter. */
  phrases: readonly string[];
  /** The words this site uses for the same thing. */
  meaning: string;
  /** Where these words should lead. */
  expect: { page: string; section?: string };
}

export const searchSynonyms: readonly SearchSynonym[] = [
  {
    phrases: ['dual diagnosis', 'dual diagnoses', 'duel diagnosis'],
    meaning: 'co-occurring conditions',
    expect: { page: '/conditions-treated/', section: 'what-is-dual-diagnosis' },
  },
  { phrases: ['narcan', 'narcan spray'], meaning: 'naloxone', expect: { page: '/opioids-and-overdose/' } },
  {
    phrases: ['mat', 'medication assisted treatment'],
    meaning: 'medicine for opioid use disorder',
    expect: { page: '/opioids-and-overdose/', section: 'why-does-medicine-come-first-for-opioid-use-disorder' },
  },
  { phrases: ['rehab', 'drug rehab', 'alcohol rehab'], meaning: 'addiction treatment', expect: { page: '/what-is-an-iop/' } },
  {
    phrases: ['detox', 'detoxing', 'detox center'],
    meaning: 'withdrawal care',
    expect: { page: '/who-is-it-for/', section: 'why-withdrawal-needs-medical-care' },
  },
  {
    phrases: ['day program', 'day treatment', 'php', 'partial hospital'],
    meaning: 'partial hospitalization',
    expect: { page: '/iop-vs-php/' },
  },
  { phrases: ['outpatient rehab', 'outpatient treatment'], meaning: 'intensive outpatient program', expect: { page: '/what-is-an-iop/' } },
  {
    phrases: ['hiop', 'high intensity iop'],
    meaning: 'high-intensity outpatient',
    expect: { page: '/iop-vs-php/', section: 'what-is-high-intensity-outpatient-care' },
  },
  {
    phrases: ['12 step', '12 steps', 'twelve step', 'aa', 'na', 'alcoholics anonymous', 'narcotics anonymous'],
    meaning: 'support groups',
    expect: { page: '/after-an-iop/', section: 'which-support-groups-can-i-join' },
  },
  {
    phrases: ['suboxone', 'subutex', 'sublocade'],
    meaning: 'buprenorphine',
    expect: { page: '/components/', section: 'medicine-for-addiction-treatment' },
  },
  {
    phrases: ['vivitrol', 'revia'],
    meaning: 'naltrexone',
    expect: { page: '/components/', section: 'medicine-for-addiction-treatment' },
  },
  {
    phrases: ['cbt'],
    meaning: 'cognitive behavioral therapy',
    expect: { page: '/components/', section: 'common-types-of-therapy' },
  },
  {
    phrases: ['dbt'],
    meaning: 'dialectical behavior therapy',
    expect: { page: '/components/', section: 'common-types-of-therapy' },
  },
  {
    phrases: ['red flags', 'scam', 'scams', 'patient brokering', 'body brokering'],
    meaning: 'warning signs',
    expect: { page: '/choosing-a-program/', section: 'warning-signs' },
  },
  {
    phrases: ['relapse', 'relapsed', 'relapsing', 'slip'],
    meaning: 'use again',
    expect: { page: '/after-an-iop/', section: 'what-if-i-use-again' },
  },
  {
    // Stopping alcohol or sedatives suddenly can kill: these questions must reach the page that says a doctor plans it.
    phrases: ['stop drinking', 'quit drinking', 'stopping drinking', 'quit cold turkey', 'stop cold turkey', 'dts', 'shakes'],
    meaning: 'withdrawal',
    expect: { page: '/who-is-it-for/', section: 'why-withdrawal-needs-medical-care' },
  },
  {
    phrases: ['inpatient', 'inpatient rehab', 'live in rehab'],
    meaning: 'residential',
    expect: { page: '/iop-vs-php/' },
  },
  {
    // A reader who writes in Spanish is shown who answers in Spanish: the 988 Lifeline (press 2) and SAMHSA's
    // National Helpline, on the About page's "En español" section.
    phrases: [
      'español',
      'spanish',
      'in spanish',
      'helpline in spanish',
      'spanish speaking',
      'ayuda',
      'cuánto cuesta',
      'línea de ayuda',
      'tratamiento',
      'necesito ayuda',
      'habla español',
      'adicción',
      'drogas',
      'alcohol y drogas',
      'salud mental',
    ],
    meaning: 'español',
    expect: { page: '/about/', section: 'en-espanol' },
  },
];
