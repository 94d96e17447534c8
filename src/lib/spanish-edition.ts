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

/**
 * Each English topic's Spanish slug: English id -> Spanish file name (content/es/topics/<slug>.mdx, whose
 * `translationOf` names the English id; a content test holds the two together). Kept here, not read from the files,
 * so every link in the frame can name a Spanish address without waiting for the collection.
 */
export const spanishTopicSlugs: Readonly<Record<string, string>> = {
  'what-is-an-iop': 'que-es-un-iop',
  'levels-of-care': 'niveles-de-atencion',
  'iop-vs-php': 'iop-php-o-residencial',
  'who-is-it-for': 'para-quien-es',
  components: 'que-pasa-en-un-iop',
  schedules: 'horarios',
  costs: 'costos',
  benefits: 'beneficios',
  'conditions-treated': 'condiciones-que-trata',
  'choosing-a-program': 'como-elegir-un-programa',
  'starting-an-iop': 'como-empezar-un-iop',
  'virtual-iop': 'iop-virtual',
  'families-and-teens': 'familias-y-adolescentes',
  'opioids-and-overdose': 'opioides-y-sobredosis',
  'after-an-iop': 'despues-de-un-iop',
  'work-school-and-privacy': 'trabajo-estudios-y-privacidad',
  faq: 'preguntas-frecuentes',
  glossary: 'glosario',
};

/** The Spanish folder of one-page handouts: /es/hojas/<Spanish slug>/. */
export const SPANISH_HANDOUTS_FOLDER = 'hojas';

const englishHandout = /^\/handouts\/([a-z0-9-]+)\/$/;
const englishGlossaryRange = /^\/glossary\/([a-z0-9-]+)\/$/;
const englishTopic = /^\/([a-z0-9-]+)\/$/;

/**
 * The Spanish twin of an English page's path (no base path, no #anchor): "/costs/" -> "/es/costos/",
 * "/handouts/costs/" -> "/es/hojas/costos/", "/glossary/a-f/" -> "/es/glosario/a-f/". Undefined when the page has no
 * Spanish twin.
 */
export function spanishPathOf(englishPath: string): string | undefined {
  const fixed = spanishFixedPages[englishPath];
  if (fixed) return fixed;
  const handout = englishHandout.exec(englishPath)?.[1];
  if (handout) return spanishTopicSlugs[handout] && `${SPANISH_PREFIX}${SPANISH_HANDOUTS_FOLDER}/${spanishTopicSlugs[handout]}/`;
  const range = englishGlossaryRange.exec(englishPath)?.[1];
  if (range) return `${spanishFixedPages['/glossary/']}${range}/`;
  const topic = englishTopic.exec(englishPath)?.[1];
  return topic && spanishTopicSlugs[topic] ? spanishTopicRoute(spanishTopicSlugs[topic]) : undefined;
}

const englishPathBySpanish: ReadonlyMap<string, string> = new Map(
  [
    ...Object.keys(spanishFixedPages),
    ...Object.keys(spanishTopicSlugs).flatMap((id) => [`/${id}/`, `/handouts/${id}/`]),
  ].map((english) => [spanishPathOf(english)!, english]),
);

/** The English twin of a Spanish page's path: "/es/costos/" -> "/costs/". Undefined when there is none. */
export function englishPathOf(spanishPath: string): string | undefined {
  const known = englishPathBySpanish.get(spanishPath);
  if (known) return known;
  const glossary = spanishFixedPages['/glossary/']!;
  if (spanishPath.startsWith(glossary) && /^[a-z0-9-]+\/$/.test(spanishPath.slice(glossary.length))) {
    return `/glossary/${spanishPath.slice(glossary.length)}`;
  }
  return undefined;
}

/**
 * An English page's path in the reader's language. A Spanish page must never send its reader to an English page
 * unannounced, so a path with no Spanish twin stops the build.
 */
export function pathIn(lang: 'en' | 'es', englishPath: string): string {
  if (lang === 'en') return englishPath;
  const spanish = spanishPathOf(englishPath);
  if (!spanish) throw new Error(`${englishPath} has no Spanish twin: add it to src/lib/spanish-edition.ts`);
  return spanish;
}

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

/** A topic's path from its id in its own language's collection: ("en", "costs") -> "/costs/"; ("es", "costos") -> "/es/costos/". */
export function topicPathIn(lang: 'en' | 'es', id: string): string {
  return lang === 'es' ? spanishTopicRoute(id) : `/${id}/`;
}

/** A topic's one-page handout from its id in its own language's collection: "/handouts/costs/", "/es/hojas/costos/". */
export function handoutPathIn(lang: 'en' | 'es', id: string): string {
  if (lang === 'en') return `/handouts/${id}/`;
  spanishTopicRoute(id);
  return `${SPANISH_PREFIX}${SPANISH_HANDOUTS_FOLDER}/${id}/`;
}
