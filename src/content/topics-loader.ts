import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { overdueWarning, reviewSchedule } from '../lib/review-dates.ts';
import { checkTopicFiles, checkTopics, type LoadedTopic } from './topic-checks.ts';

function stop(problems: readonly string[]): never {
  throw new Error(`Content problems in topics:\n- ${problems.join('\n- ')}`);
}

/**
 * Loads content/topics/<slug>.mdx with Astro's glob loader, after checking the files themselves, then checks what
 * needs the whole collection (./topic-checks.ts). Every problem names its file; all of them stop the build together.
 */
export function topicsLoader(topicsDir: string): Loader {
  const globTopics = glob({ pattern: '*.mdx', base: topicsDir });
  return {
    name: 'topics',
    async load(context) {
      const fileProblems = checkTopicFiles(topicsDir);
      if (fileProblems.length) stop(fileProblems);
      await globTopics.load(context);
      const entries = [...context.store.values()];
      const topics: LoadedTopic[] = entries.map((entry) => {
        const data = entry.data as { order: number; related: string[]; anchorAliases: Record<string, string>; draft: boolean; keyPoints: string[] };
        return { id: entry.id, filePath: entry.filePath ?? entry.id, body: entry.body ?? '', ...data };
      });
      const problems = await checkTopics(topics);
      if (problems.length) stop(problems);
      const schedule = reviewSchedule(
        entries.map((entry) => {
          const data = entry.data as { title: string; reviewed: { next: Date } };
          return { file: entry.filePath ?? entry.id, title: data.title, next: data.reviewed.next };
        }),
        new Date(),
      );
      for (const status of schedule.filter((page) => page.tooLate)) context.logger.warn(overdueWarning(status));
    },
  };
}
