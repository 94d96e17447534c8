// Prints the INFLESZ score of the Spanish topic pages and any avoided words; with one file, also its hardest
// sentences, to guide rewrites. Exits non-zero when a page scores under "bastante fácil" or uses an avoided word.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spanishAvoidWordProblems } from '../src/lib/avoid-words-es.ts';
import { factTextEs } from '../src/lib/facts-es.ts';
import { hardestSpanishSentences, INFLESZ_FAIRLY_EASY, spanishReadability } from '../src/lib/readability-es.ts';
import { topicProse } from '../src/lib/topic-prose.ts';
import { spanishTopicsDir } from '../src/content/topics-dir.ts';

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : existsSync(spanishTopicsDir)
    ? readdirSync(spanishTopicsDir).filter((name) => name.endsWith('.mdx')).map((name) => join(spanishTopicsDir, name))
    : [];
if (files.length === 0) console.log(`No Spanish pages in ${spanishTopicsDir}`);

let failed = false;
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const prose = topicProse(source, { factText: factTextEs, keepQuotedNames: true });
  const { score, band } = spanishReadability(prose);
  const avoided = spanishAvoidWordProblems(topicProse(source, { factText: factTextEs, keepQuotedNames: false }));
  const low = score < INFLESZ_FAIRLY_EASY;
  failed ||= low || avoided.length > 0;
  console.log(`${score.toFixed(1).padStart(5)}  ${band.padEnd(14)}  ${file}${low ? `  (under ${INFLESZ_FAIRLY_EASY})` : ''}`);
  for (const problem of avoided) console.log(`       avoided word ${problem}`);
  if (files.length === 1) {
    console.log('\nHardest sentences:');
    for (const { sentence, score: sentenceScore } of hardestSpanishSentences(prose, 10)) console.log(`${sentenceScore.toFixed(1).padStart(6)}  ${sentence}`);
  }
}
process.exitCode = failed ? 1 : 0;
