// `npm run review`: every topic by the date its next review is due, soonest first, with how late or how soon.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dueWords, REVIEW_GRACE_DAYS, reviewSchedule } from '../src/lib/review-dates.ts';
import { readFrontMatter } from '../src/lib/topic-prose.ts';
import { translationIsCurrent } from '../src/lib/spanish-edition.ts';

const topicsDir = process.env.TOPICS_DIR ?? 'content/topics';

const pages = readdirSync(topicsDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const file = join(topicsDir, name);
    const front = readFrontMatter(readFileSync(file, 'utf8')) as { title?: string; reviewed?: { next?: string } };
    return { file, title: front.title ?? '(no title)', next: new Date(`${front.reviewed?.next}T00:00:00Z`) };
  });

const schedule = reviewSchedule(pages, new Date());
const width = Math.max(...schedule.map((page) => page.file.length));
console.log(`Next review  ${'File'.padEnd(width)}  Status`);
for (const page of schedule) {
  const date = Number.isNaN(page.next.getTime()) ? 'no date   ' : page.next.toISOString().slice(0, 10);
  const flag = page.tooLate ? `  <- more than ${REVIEW_GRACE_DAYS} days late: npm test fails` : '';
  console.log(`${date}   ${page.file.padEnd(width)}  ${dueWords(page.daysLeft)}${flag}`);
}

// Spanish pages whose English twin was reviewed after the translation: the Spanish page says the English one changed.
const spanishDir = process.env.SPANISH_TOPICS_DIR ?? 'content/es/topics';
const englishLast = new Map(
  pages.map((page) => {
    const front = readFrontMatter(readFileSync(page.file, 'utf8')) as { reviewed?: { last?: string } };
    return [page.file.replace(/^.*\//, '').replace(/\.mdx$/, ''), new Date(`${front.reviewed?.last}T00:00:00Z`)];
  }),
);
const translations = existsSync(spanishDir) ? readdirSync(spanishDir).filter((name) => name.endsWith('.mdx')) : [];
const outdated = translations.flatMap((name) => {
  const file = join(spanishDir, name);
  const front = readFrontMatter(readFileSync(file, 'utf8')) as { translationOf?: string; translatedFrom?: string };
  const english = englishLast.get(front.translationOf ?? '');
  if (!english) return [`${file}: translationOf "${front.translationOf}" names no English page`];
  const current = translationIsCurrent({ englishLastReviewed: english, translatedFrom: new Date(`${front.translatedFrom}T00:00:00Z`) });
  return current ? [] : [`${file}: the English page was reviewed on ${english.toISOString().slice(0, 10)}, after this translation (from ${front.translatedFrom})`];
});
console.log(`\nSpanish pages: ${translations.length}, ${outdated.length} behind their English page`);
for (const line of outdated) console.log(`  ${line}`);
