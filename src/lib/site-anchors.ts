import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENTS_ID, CRISIS_LINES_HEADING_ID, KEY_POINTS_ID, MAIN_ID, RELATED_ID, SOURCES_ID } from '../constants.ts';

/** Every route of the site (root-relative, trailing slash) and the ids a link may point at on each. */
export type SiteAnchors = Map<string, Set<string>>;

/** Ids every topic page has from its layout, besides its own headings. */
const TOPIC_LAYOUT_IDS = [MAIN_ID, KEY_POINTS_ID, CONTENTS_ID, SOURCES_ID, RELATED_ID, CRISIS_LINES_HEADING_ID];

/**
 * Routes of the fixed `.astro` pages, in subfolders too (`self-check/how-it-works.astro` is /self-check/how-it-works/,
 * `self-check/index.astro` is /self-check/). Dynamic routes (`[slug].astro`) and the 404 page are not link targets.
 */
export function fixedPageRoutes(pagesDir: string, prefix = '/'): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(pagesDir, { withFileTypes: true })) {
    if (entry.isDirectory() && /^[a-z0-9-]+$/.test(entry.name)) {
      routes.push(...fixedPageRoutes(join(pagesDir, entry.name), `${prefix}${entry.name}/`));
    } else if (entry.isFile() && /^[a-z0-9-]+\.astro$/.test(entry.name) && !(prefix === '/' && entry.name === '404.astro')) {
      routes.push(entry.name === 'index.astro' ? prefix : `${prefix}${entry.name.replace(/\.astro$/, '')}/`);
    }
  }
  return routes.sort();
}

/** Routes and ids from the topics and the fixed pages, so MDX links can be checked before anything is rendered. */
export function collectSiteAnchors(options: {
  /** Each topic's route id and the ids Astro gives its headings (from scanMdx, ./mdx-scan.ts). */
  topics: readonly { id: string; headingIds: readonly string[] }[];
  pagesDir: string;
  extraIds: Record<string, readonly string[]>;
  /**
   * Pages a dynamic route builds with the topic layout (the glossary's letter pages, /glossary/a-c/ and so on), which
   * the pages folder does not show by name: route -> the ids on the page besides the layout's own.
   */
  topicLayoutPages?: Record<string, readonly string[]>;
}): SiteAnchors {
  const anchors: SiteAnchors = new Map();
  for (const topic of options.topics) {
    anchors.set(`/${topic.id}/`, new Set([...TOPIC_LAYOUT_IDS, ...topic.headingIds]));
  }
  for (const route of fixedPageRoutes(options.pagesDir)) anchors.set(route, new Set([MAIN_ID]));
  for (const [route, ids] of Object.entries(options.topicLayoutPages ?? {})) {
    anchors.set(route, new Set([...TOPIC_LAYOUT_IDS, ...ids]));
  }
  for (const [route, ids] of Object.entries(options.extraIds)) {
    const known = anchors.get(route);
    if (known) for (const id of ids) known.add(id);
  }
  return anchors;
}
