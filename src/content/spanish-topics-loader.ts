import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkTopicFiles } from './topic-checks.ts';

/**
 * Loads content/es/topics/<slug>.mdx after the same file checks as the English pages (names, encoding, dates). Links,
 * facts, terms and readability of the Spanish pages are held by tests/content/spanish-topics.test.ts, and the
 * built links by the link tests, which read every built page.
 */
export function spanishTopicsLoader(folder: string): Loader {
  const globTopics = glob({ pattern: '*.mdx', base: folder });
  return {
    name: 'spanish-topics',
    async load(context) {
      const problems = checkTopicFiles(folder);
      if (problems.length) throw new Error(`Content problems in Spanish topics:\n- ${problems.join('\n- ')}`);
      await globTopics.load(context);
    },
  };
}
