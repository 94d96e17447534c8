import { defineCollection } from 'astro:content';
import { topicsLoader } from './content/topics-loader.ts';
import { topicSchema } from './content/topic-schema.ts';

/**
 * Topic pages: content/topics/<slug>.mdx. The field-by-field rules live in ./content/topic-schema.ts, the checks
 * across files in ./content/topics-loader.ts. TOPICS_DIR exists only so tests can build deliberately broken fixtures.
 */
const topics = defineCollection({
  loader: topicsLoader(process.env.TOPICS_DIR ?? './content/topics'),
  schema: topicSchema,
});

export const collections = { topics };
