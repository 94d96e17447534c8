/**
 * The Spanish edition's fixed decisions: where its pages live and how its section ids are made. Addresses go into
 * referral emails, so each is chosen once and never changed.
 */

/** The folder every Spanish page lives under. */
export const SPANISH_PREFIX = '/es/';

/** The fixed (non-topic) pages: English route -> Spanish route. Topic twins are named by their files' translationOf. */
export const spanishFixedPages: Readonly<Record<string, string>> = {
  '/': '/es/',
  '/about/': '/es/acerca-de/',
  '/search/': '/es/buscar/',
  '/glossary/': '/es/glosario/',
  '/self-check/': '/es/autoevaluacion/',
  '/self-check/for-someone-else/': '/es/autoevaluacion/para-otra-persona/',
  '/self-check/how-it-works/': '/es/autoevaluacion/como-funciona/',
  '/cost-estimator/': '/es/calculadora-de-costos/',
  '/for-referrers/': '/es/para-profesionales/',
};

/** A Spanish topic's route: "costos" -> "/es/costos/". */
export function spanishTopicRoute(slug: string): string {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new Error(`A Spanish topic slug is lower-case words joined by hyphens, with no accents, got "${slug}"`);
  return `${SPANISH_PREFIX}${slug}/`;
}

/**
 * A Spanish heading's id: the id Astro gives it, with accents and tildes taken off ("¿Cuánto cuesta?" ->
 * "cuanto-cuesta", not "cuánto-cuesta"), so a section address pasted into an email stays plain ASCII and is not
 * turned into %C3%A1 on the way.
 */
export function spanishHeadingId(astroId: string): string {
  return astroId.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Whether a translation still matches its English page: the English page was not reviewed after it was translated. */
export function translationIsCurrent(page: { englishLastReviewed: Date; translatedFrom: Date }): boolean {
  return page.englishLastReviewed.getTime() <= page.translatedFrom.getTime();
}
