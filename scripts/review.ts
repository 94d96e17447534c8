// `npm run review`: every topic by the date its next review is due, soonest first, with how late or how soon.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dueWords, REVIEW_GRACE_DAYS, reviewSchedule } from '../src/lib/review-dates.ts';
import { readFrontMatter } from '../src/lib/topic-prose.ts';

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
