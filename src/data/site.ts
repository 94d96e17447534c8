/**
 * Settings a site owner changes. SITE_URL and BASE_PATH come from the environment (see README) and are read
 * once in astro.config.mjs; pages get them through Astro.site and import.meta.env.BASE_URL.
 */
export const site = {
  name: 'IOP Guide',
  tagline: 'A plain guide to intensive outpatient programs',
  language: 'en',
  disclaimer:
    'This site gives general information, not medical advice. A clinician who knows you can help you decide on care.',
} as const;
