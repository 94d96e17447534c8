import textReadability from 'text-readability';

export interface SentenceScore {
  sentence: string;
  grade: number;
}

/** Flesch-Kincaid grade level of plain prose, by the maintained text-readability library. */
export function fleschKincaidGrade(prose: string): number {
  if (!prose.trim()) throw new Error('Cannot grade empty prose');
  return textReadability.fleschKincaidGrade(prose);
}

/** The sentences that pull a page's grade up most, longest and densest first, to show writers what to fix. */
export function hardestSentences(prose: string, count: number): SentenceScore[] {
  return prose
    .split('\n')
    .filter((sentence) => sentence.split(/\s+/).length >= 4)
    .map((sentence) => ({ sentence, grade: textReadability.fleschKincaidGrade(sentence) }))
    .sort((a, b) => b.grade - a.grade)
    .slice(0, count);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('Median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
