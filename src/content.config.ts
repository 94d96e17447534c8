import { defineCollection } from 'astro:content';
import { spanishTopicsDir, topicsDir } from './content/topics-dir.ts';
import { spanishTopicsLoader } from './content/spanish-topics-loader.ts';
import { topicSchema } from './content/topic-schema.ts';
import { spanishTopicSchema } from './content/topic-schema-es.ts';
import { topicsLoader } from './content/topics-loader.ts';

/**
 * Topic pages: content/topics/<slug>.mdx. The field-by-field rules live in ./content/topic-schema.ts, the checks
 * across files in ./content/topics-loader.ts.
 */
const topics = defineCollection({
  loader: topicsLoader(topicsDir),
  schema: topicSchema,
});

/** The Spanish edition's topic pages: content/es/topics/<slug>.mdx, each naming its English twin. */
const topicsEs = defineCollection({
  loader: spanishTopicsLoader(spanishTopicsDir),
  schema: spanishTopicSchema,
});

export const collections = { topics, topicsEs };
