/**
 * Settings a site owner changes. SITE_URL and BASE_PATH come from the environment (see README) and are read
 * once in astro.config.mjs; pages get them through Astro.site and import.meta.env.BASE_URL.
 */
export const site = {
  name: 'IOP Guide',
  tagline: 'A plain guide to intensive outpatient programs',
  language: 'en',
  /**
   * Where readers report a mistake: the About page and every page's footer link to it as a mailto: link, so nothing
   * is sent by the site. Change it here to the team's real address before deploying (README, "Deploying").
   */
  correctionsEmail: 'corrections@iop-guide.example.org',
  /** When the About page was last checked as a whole, and when it is due again (YYYY-MM-DD). */
  aboutReviewed: { last: '2026-12-03', next: '2027-12-03' },
  disclaimer:
    'This site gives general information, not medical advice. A clinician who knows you can help you decide on care.',
} as const;
