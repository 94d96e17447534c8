import type { MdxElement } from './mdx-scan.ts';

/** Components whose one attribute names an entry in a data file: the component, the attribute, and where entries live. */
export interface NamedComponent {
  component: string;
  attribute: string;
  known: readonly string[];
  /** Where a writer finds the list, e.g. "src/lib/facts.ts". */
  listedIn: string;
}

/** Up to three known names that look like the one typed, so the message points at the likely fix. */
function likely(name: string, known: readonly string[]): string[] {
  const typed = name.toLowerCase();
  const stem = typed.slice(0, 4);
  const close = known.filter((candidate) => candidate.toLowerCase().includes(typed) || candidate.toLowerCase().startsWith(stem));
  return (close.length ? close : known).slice(0, 3);
}

/** `<Fact name="…"/>` and `<Term id="…">` must name an entry that exists, written in quotes. */
export function namedComponentProblems(elements: readonly MdxElement[], components: readonly NamedComponent[]): { line: number; problem: string }[] {
  const problems: { line: number; problem: string }[] = [];
  for (const element of elements) {
    const rule = components.find((candidate) => candidate.component === element.name);
    if (!rule) continue;
    const value = element.attributes[rule.attribute];
    const tag = `<${rule.component} ${rule.attribute}=…>`;
    if (!value) {
      problems.push({ line: element.line, problem: `${tag} is missing: <${rule.component}> needs ${rule.attribute}="…", a name from ${rule.listedIn}` });
    } else if (value.text === undefined) {
      problems.push({ line: element.line, problem: `${tag} must be a name in quotes, such as ${rule.attribute}="${rule.known[0]}"` });
    } else if (!rule.known.includes(value.text)) {
      const suggestions = likely(value.text, rule.known).map((name) => `"${name}"`).join(', ');
      problems.push({
        line: element.line,
        problem: `<${rule.component} ${rule.attribute}="${value.text}"> names nothing in ${rule.listedIn}; expected one of its ${rule.known.length} names, such as ${suggestions}`,
      });
    }
  }
  return problems;
}
