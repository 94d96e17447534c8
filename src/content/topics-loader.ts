import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { glossary } from '../data/glossary.ts';
import { glossaryTopicId } from '../data/glossary-pages.ts';
import { aliasProblems } from '../lib/anchor-aliases.ts';
import { findCollectionProblems } from '../lib/collection-checks.ts';
import { glossaryForwards, glossaryPageAnchors } from '../lib/glossary-pages.ts';
import { findMdxProblems } from '../lib/mdx-checks.ts';
import { collectSiteAnchors, headingIds } from '../lib/site-anchors.ts';

/**
 * Loads content/topics/<slug>.mdx with Astro's glob loader, then checks what a schema cannot see one file at a
 * time: unique orders, related slugs that exist, links and anchors across pages, images with alt text, and heading
 * aliases. Every problem names its file; all of them stop the build together.
 */
export function topicsLoader(topicsDir: string): Loader {
  const globTopics = glob({ pattern: '*.mdx', base: topicsDir });
  return {
    name: 'topics',
    async load(context) {
      await globTopics.load(context);
      const entries = [...context.store.values()];
      const problems = findCollectionProblems(
        entries.map((entry) => {
          const data = entry.data as { order: number; related: string[] };
          return { id: entry.id, filePath: entry.filePath ?? entry.id, order: data.order, related: data.related };
        }),
      );
      // Links and images are checked here, before rendering, so the message can name the file.
      const anchors = collectSiteAnchors({
        topics: entries.map((entry) => ({ id: entry.id, body: entry.body ?? '' })),
        pagesDir: './src/pages',
        // /glossary/ keeps every word's old id in its A to Z index; the meanings are on the letter pages, which are
        // built only when the glossary topic is (test fixtures have none).
        extraIds: { '/glossary/': glossary.map((entry) => entry.id) },
        topicLayoutPages: entries.some((entry) => entry.id === glossaryTopicId) ? glossaryPageAnchors() : {},
      });
      const forwards = glossaryForwards();
      for (const entry of entries) {
        const filePath = entry.filePath ?? entry.id;
        for (const problem of findMdxProblems(entry.body ?? '', `/${entry.id}/`, anchors, forwards)) problems.push(`${filePath}: ${problem}`);
        const aliases = (entry.data as { anchorAliases: Record<string, string> }).anchorAliases;
        for (const problem of aliasProblems(aliases, headingIds(entry.body ?? ''))) problems.push(`${filePath}: field ${problem}`);
      }
      if (problems.length) throw new Error(`Content problems in topics:\n- ${problems.join('\n- ')}`);
    },
  };
}
