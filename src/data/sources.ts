/**
 * Where a fact on the site comes from. `estimate` marks figures with no authoritative source yet
 * (FACTS.md calls them "weak"): the site shows them as ranges with their origin, never as prices or rules.
 * `published` is the year the source shows (absent when it shows none); `accessed` the day it was last checked.
 */
export interface FactSource {
  publisher: string;
  title: string;
  published?: number;
  /** YYYY-MM-DD. */
  accessed: string;
  /** Absent only for figures gathered from many provider pages, which we deliberately do not name. */
  url?: string;
  strength: 'checked' | 'estimate';
}

export const asamCriteria: FactSource = {
  publisher: 'American Society of Addiction Medicine (ASAM)',
  title: 'The ASAM Criteria, 4th edition',
  published: 2023,
  accessed: '2026-12-03',
  url: 'https://www.asam.org/asam-criteria',
  strength: 'checked',
};

export const samhsaIopAdvisory: FactSource = {
  publisher: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
  title: 'Advisory: Clinical Issues in Intensive Outpatient Treatment for Substance Use Disorders',
  published: 2021,
  accessed: '2026-12-03',
  url: 'https://store.samhsa.gov/product/advisory-clinical-issues-intensive-outpatient-treatment-substance-use-disorders/pep20-02-01-021',
  strength: 'checked',
};

export const tip47: FactSource = {
  publisher: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
  title: 'TIP 47: Substance Abuse: Clinical Issues in Intensive Outpatient Treatment',
  published: 2006,
  accessed: '2026-11-25',
  url: 'https://www.ncbi.nlm.nih.gov/books/NBK64093/',
  strength: 'checked',
};

export const tricarePolicyManual: FactSource = {
  publisher: 'Defense Health Agency',
  title: 'TRICARE Policy Manual 6010.60-M, chapter 7, section 3.16: Intensive Outpatient Program (IOP)',
  published: 2018,
  accessed: '2026-11-25',
  url: 'https://manuals.health.mil/pages/DisplayManualHtmlFile/2023-04-27/AsOf/TP15/C7S3_16.html',
  strength: 'checked',
};

export const providerEstimates: FactSource = {
  publisher: 'Published price comparisons from US treatment providers (not named, to stay neutral)',
  title: 'Typical daily and per-session charges by level of care',
  published: 2023,
  accessed: '2026-11-25',
  strength: 'estimate',
};

export const providerSchedules: FactSource = {
  publisher: 'Published schedules from US treatment providers (not named, to stay neutral)',
  title: 'Typical IOP days, session lengths and program lengths',
  accessed: '2026-11-25',
  strength: 'estimate',
};

export const medicareIop: FactSource = {
  publisher: 'US Congress',
  title: 'Consolidated Appropriations Act, 2023 (H.R. 2617), section 4124: Medicare coverage of intensive outpatient services',
  published: 2022,
  accessed: '2026-11-25',
  url: 'https://www.congress.gov/bill/117th-congress/house-bill/2617',
  strength: 'checked',
};

export const medicareIopCosts: FactSource = {
  publisher: 'Centers for Medicare & Medicaid Services (Medicare.gov)',
  title: 'Mental health care (intensive outpatient program services)',
  accessed: '2026-12-03',
  url: 'https://www.medicare.gov/coverage/mental-health-care-intensive-outpatient-program-services',
  strength: 'checked',
};

export const medicaidCostSharing: FactSource = {
  publisher: 'Centers for Medicare & Medicaid Services (Medicaid.gov)',
  title: 'Cost Sharing Out of Pocket Costs',
  accessed: '2026-12-03',
  url: 'https://www.medicaid.gov/medicaid/cost-sharing/cost-sharing-out-pocket-costs/index.html',
  strength: 'checked',
};

export const fmlaOverview: FactSource = {
  publisher: 'U.S. Department of Labor, Wage and Hour Division',
  title: 'Family and Medical Leave Act',
  accessed: '2026-12-03',
  url: 'https://www.dol.gov/agencies/whd/fmla',
  strength: 'checked',
};

export const part2Rule: FactSource = {
  publisher: 'U.S. Department of Health and Human Services (HHS)',
  title: 'Fact Sheet: 42 CFR Part 2 Final Rule',
  published: 2024,
  accessed: '2026-12-03',
  url: 'https://www.hhs.gov/hipaa/for-professionals/regulatory-initiatives/fact-sheet-42-cfr-part-2-final-rule/index.html',
  strength: 'checked',
};

export const adaOudGuidance: FactSource = {
  publisher: 'U.S. Department of Justice, Civil Rights Division',
  title: 'The ADA and Opioid Use Disorder: Combating Discrimination Against People in Treatment or Recovery',
  published: 2022,
  accessed: '2026-12-03',
  url: 'https://www.ada.gov/resources/opioid-use-disorder/',
  strength: 'checked',
};

export const parityRule2024: FactSource = {
  publisher: 'U.S. Department of Labor, Employee Benefits Security Administration',
  title: 'Mental Health Parity and Addiction Equity Act (MHPAEA)',
  accessed: '2026-12-03',
  url: 'https://www.dol.gov/agencies/ebsa/laws-and-regulations/laws/mental-health-and-substance-use-disorder-parity',
  strength: 'checked',
};

export const fdaOtcNaloxone: FactSource = {
  publisher: 'U.S. Food and Drug Administration (FDA)',
  title: 'FDA Approves First Over-the-Counter Naloxone Nasal Spray',
  published: 2023,
  accessed: '2026-12-03',
  url: 'https://www.fda.gov/news-events/press-announcements/fda-approves-first-over-counter-naloxone-nasal-spray',
  strength: 'checked',
};

export const asamAlcoholWithdrawal: FactSource = {
  publisher: 'American Society of Addiction Medicine (ASAM), Journal of Addiction Medicine',
  title: 'The ASAM Clinical Practice Guideline on Alcohol Withdrawal Management',
  published: 2020,
  accessed: '2026-12-03',
  url: 'https://journals.lww.com/journaladdictionmedicine/Fulltext/2020/06001/The_ASAM_Clinical_Practice_Guideline_on_Alcohol.1.aspx',
  strength: 'checked',
};
