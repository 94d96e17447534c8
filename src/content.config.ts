import { defineCollection } from 'astro:content';
import { topicsDir } from './content/topics-dir.ts';
import { topicsLoader } from './content/topics-loader.ts';
import { topicSchema } from './content/topic-schema.ts';

/**
 * Topic pages: content/topics/<slug>.mdx. The field-by-field rules live in ./content/topic-schema.ts, the checks
 * across files in ./content/topics-loader.ts.
 */
const topics = defineCollection({
  loader: topicsLoader(topicsDir),
  schema: topicSchema,
});

export const collections = { topics };
