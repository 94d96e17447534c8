import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { topicSchema } from './content/topic-schema.ts';
import { findCollectionProblems } from './lib/collection-checks.ts';

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
      const problems = findCollectionProblems(
        [...context.store.values()].map((entry) => {
          const data = entry.data as { order: number; related: string[] };
          return { id: entry.id, filePath: entry.filePath ?? entry.id, order: data.order, related: data.related };
        }),
      );
      if (problems.length) throw new Error(`Content problems in topics:\n- ${problems.join('\n- ')}`);
    },
  },
  schema: topicSchema,
});

export const collections = { topics };
