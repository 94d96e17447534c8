/**
 * Where a fact on the site comes from. `estimate` marks figures with no authoritative source yet
 * (FACTS.md calls them "weak"): the site shows them as ranges with their origin, never as prices or rules.
 */
export interface FactSource {
  publisher: string;
  title: string;
  year: number;
  /** Absent only for figures gathered from many provider pages, which we deliberately do not name. */
  url?: string;
  strength: 'checked' | 'estimate';
}

export const asamCriteria: FactSource = {
  publisher: 'American Society of Addiction Medicine (ASAM)',
  title: 'The ASAM Criteria, 3rd edition',
  year: 2013,
  url: 'https://www.asam.org/asam-criteria',
  strength: 'checked',
};

export const samhsaIopAdvisory: FactSource = {
  publisher: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
  title: 'Advisory: Clinical Issues in Intensive Outpatient Treatment for Substance Use Disorders',
  year: 2021,
  strength: 'checked',
};

export const tip47: FactSource = {
  publisher: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
  title: 'TIP 47: Substance Abuse: Clinical Issues in Intensive Outpatient Treatment',
  year: 2006,
  url: 'https://www.ncbi.nlm.nih.gov/books/NBK64093/',
  strength: 'checked',
};

export const tricarePolicyManual: FactSource = {
  publisher: 'Defense Health Agency',
  title: 'TRICARE Policy Manual, chapter 7, section 3.16: Intensive outpatient programs',
  year: 2024,
  url: 'https://manuals.health.mil/',
  strength: 'checked',
};

export const providerEstimates: FactSource = {
  publisher: 'Published price comparisons from US treatment providers (not named, to stay neutral)',
  title: 'Typical daily and per-session charges by level of care',
  year: 2025,
  strength: 'estimate',
};

export const providerSchedules: FactSource = {
  publisher: 'Published schedules from US treatment providers (not named, to stay neutral)',
  title: 'Typical IOP days, session lengths and program lengths',
  year: 2025,
  strength: 'estimate',
};

export const medicareIop: FactSource = {
  publisher: 'US Congress',
  title: 'Consolidated Appropriations Act, 2023 (H.R. 2617), section 4124: Medicare coverage of intensive outpatient services',
  year: 2022,
  url: 'https://www.congress.gov/bill/117th-congress/house-bill/2617',
  strength: 'checked',
};
