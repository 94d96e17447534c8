/** Scores a public set of reader questions against the links a search page returned, the same way in each language. */
export interface ReaderQuestion {
  query: string;
  /** The page that should answer it. */
  page: string;
  /** The section of that page the result should open, when one does. */
  section?: string;
}

export interface SearchQuality {
  first: number;
  topThree: number;
  meanReciprocalRank: number;
  empty: number;
  /** Questions whose page was not in the first three, with what came instead. */
  misses: string[];
  /** Questions whose page came in the first three, opened at another section. */
  wrongSections: string[];
  /** One line of figures for the test's output. */
  summary: string;
}

export function searchQuality(questions: readonly ReaderQuestion[], results: readonly (readonly string[])[]): SearchQuality {
  let first = 0;
  let topThree = 0;
  let reciprocal = 0;
  let empty = 0;
  const misses: string[] = [];
  const wrongSections: string[] = [];
  questions.forEach(({ query, page: expected, section }, i) => {
    const links = results[i]!;
    const pages = links.map((href) => href.split('#')[0]);
    const rank = pages.indexOf(expected);
    if (links.length === 0) empty += 1;
    if (rank === 0) first += 1;
    if (rank >= 0) reciprocal += 1 / (rank + 1);
    if (rank >= 0 && rank < 3) topThree += 1;
    else misses.push(`"${query}" → expected ${expected}, got ${pages.slice(0, 3).join(', ') || 'nothing'}`);
    if (section && rank >= 0 && rank < 3 && links[rank] !== `${expected}#${section}`) wrongSections.push(`"${query}" → ${links[rank]}, expected #${section}`);
  });
  const share = (n: number) => `${n}/${questions.length} (${Math.round((n / questions.length) * 100)}%)`;
  const meanReciprocalRank = reciprocal / questions.length;
  const summary =
    `${questions.length} reader questions: first place ${share(first)}, top 3 ${share(topThree)}, ` +
    `mean reciprocal rank ${meanReciprocalRank.toFixed(3)}, empty ${empty}`;
  return { first, topThree, meanReciprocalRank, empty, misses, wrongSections, summary };
}

/** Synonym phrases whose page (and section) is not in the first three results. */
export function synonymFailures(
  cases: readonly { phrase: string; page: string; section?: string }[],
  results: readonly (readonly string[])[],
): string[] {
  return cases.flatMap(({ phrase, page: expected, section }, i) => {
    const top = results[i]!.slice(0, 3);
    const hit = top.find((href) => href.split('#')[0] === expected);
    if (!hit) return [`"${phrase}" → expected ${expected}, got ${top.join(', ') || 'nothing'}`];
    return section && hit !== `${expected}#${section}` ? [`"${phrase}" → ${hit}, expected #${section}`] : [];
  });
}
