import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { topicSchema } from './content/topic-schema.ts';
import { glossary } from './data/glossary.ts';
import { glossaryTopicId } from './data/glossary-pages.ts';
import { findCollectionProblems } from './lib/collection-checks.ts';
import { glossaryForwards, glossaryPageAnchors } from './lib/glossary-pages.ts';
import { findMdxProblems } from './lib/mdx-checks.ts';
import { aliasProblems } from './lib/anchor-aliases.ts';
import { collectSiteAnchors, headingIds } from './lib/site-anchors.ts';

/**
 * Topic pages: content/topics/<slug>.mdx. The field-by-field rules live in ./content/topic-schema.ts.
 * TOPICS_DIR exists only so tests can build deliberately broken fixture collections.
 */
const topicsDir = process.env.TOPICS_DIR ?? './content/topics';
const globTopics = glob({ pattern: '*.mdx', base: topicsDir });

const topics = defineCollection({
  loader: {
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
  },
  schema: topicSchema,
});

export const collections = { topics };
