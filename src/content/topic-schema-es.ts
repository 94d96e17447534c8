import { z } from 'astro/zod';
import { expected } from './schema-messages.ts';
import { topicSchema } from './topic-schema.ts';

/**
 * Front matter of a Spanish page (content/es/topics/<slug>.mdx): the English schema, plus the page it translates and
 * the English review it was translated from, so a later English review shows as a change the Spanish page lacks.
 */
export const spanishTopicSchema = topicSchema.extend({
  /** The English twin's slug (its file name in content/topics/). */
  translationOf: z
    .string(expected('the English page’s slug, e.g. "costs"'))
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be the English page’s slug, e.g. "costs"'),
  /** The English page's reviewed.last when this translation was made (YYYY-MM-DD). */
  translatedFrom: z.coerce.date(expected('the English page’s reviewed.last date at translation, written YYYY-MM-DD')),
});

export type SpanishTopicData = z.infer<typeof spanishTopicSchema>;
