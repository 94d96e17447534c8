/**
 * Front-matter strings (a topic's "In short" points) cannot hold a <Fact/> component, so they name a fact as
 * `{fact:costIopSession}`. The words come from the same table as <Fact/> (src/lib/facts.ts), so the number in a
 * page's opening answer can never disagree with its body, its tables or the cost estimator.
 */

/** A well-formed placeholder: `{fact:` then a name in letters and digits, then `}`. */
const PLACEHOLDER = /\{fact:([A-Za-z][A-Za-z0-9]*)\}/g;
/** Anything that looks like an attempt at one (`{fact: x}`, `{Fact:x}`, `{fact:x` …), so a typo is never printed. */
const ATTEMPT = /\{\s*fact\s*:[^}\n]*\}?/gi;

/** The text with every placeholder replaced by the fact's words; `lookup` must throw for an unknown name. */
export function fillFacts(text: string, lookup: (name: string) => string): string {
  return text.replace(PLACEHOLDER, (_, name: string) => lookup(name));
}

/**
 * What is wrong with the placeholders in one string, in words a writer can act on; empty when all is well.
 * `known` lists the fact names (Object.keys(facts)).
 */
export function factPlaceholderProblems(text: string, known: readonly string[]): string[] {
  const problems: string[] = [];
  const names = new Set(known);
  for (const [attempt] of text.matchAll(ATTEMPT)) {
    const wellFormed = new RegExp(`^${PLACEHOLDER.source}$`).exec(attempt);
    if (!wellFormed) {
      problems.push(`"${attempt}" is not a fact placeholder: write it as {fact:name}, with no spaces, for example {fact:${known[0] ?? 'name'}}`);
    } else if (!names.has(wellFormed[1]!)) {
      const such = known.slice(0, 3).join(', ');
      problems.push(`{fact:${wellFormed[1]}} names nothing in src/lib/facts.ts; expected one of its ${known.length} names, such as ${such}`);
    }
  }
  return problems;
}

/** Problems for a topic's keyPoints, each naming the file, the field and the point's number (from 1). */
export function keyPointProblems(filePath: string, points: readonly string[], known: readonly string[]): string[] {
  return points.flatMap((point, index) =>
    factPlaceholderProblems(point, known).map((problem) => `${filePath}: field "keyPoints" (point ${index + 1}): ${problem}`),
  );
}

/** The text cut into plain words and filled facts, so a page can set a key number apart (in <strong>). */
export function factParts(text: string, lookup: (name: string) => string): { text: string; fact: boolean }[] {
  const parts: { text: string; fact: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), fact: false });
    parts.push({ text: lookup(match[1]!), fact: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), fact: false });
  return parts;
}
