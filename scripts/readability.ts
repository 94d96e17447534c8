// Prints the Flesch-Kincaid grade of topic pages; with one file, also its hardest sentences, to guide rewrites.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { factText } from '../src/lib/facts.ts';
import { fleschKincaidGrade, hardestSentences, median } from '../src/lib/readability.ts';
import { topicProse } from '../src/lib/topic-prose.ts';

const topicsDir = 'content/topics';
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(topicsDir).filter((name) => name.endsWith('.mdx')).map((name) => join(topicsDir, name));

const grades: number[] = [];
for (const file of files) {
  const prose = topicProse(readFileSync(file, 'utf8'), { factText, keepQuotedNames: true });
  const grade = fleschKincaidGrade(prose);
  grades.push(grade);
  console.log(`${grade.toFixed(1).padStart(5)}  ${file}${grade > 8 ? '  (above grade 8)' : ''}`);
  if (files.length === 1) {
    console.log('\nHardest sentences:');
    for (const { sentence, grade: sentenceGrade } of hardestSentences(prose, 10)) {
      console.log(`${sentenceGrade.toFixed(1).padStart(5)}  ${sentence}`);
    }
  }
}
if (grades.length > 1) console.log(`\nMedian grade: ${median(grades).toFixed(1)}`);
process.exitCode = grades.some((grade) => grade > 8) ? 1 : 0;
