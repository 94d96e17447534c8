import { linkProblems, type LinkContext } from './mdx-links.ts';
import { namedComponentProblems, type NamedComponent } from './mdx-components.ts';
import { policyProblems } from './mdx-policy.ts';
import type { MdxScan } from './mdx-scan.ts';

export interface MdxCheckContext extends LinkContext {
  namedComponents?: readonly NamedComponent[];
}

/** Every problem in one scanned topic body, in line order, each starting "line N: ". */
export function findMdxProblems(scan: MdxScan, context: MdxCheckContext): string[] {
  return [
    ...policyProblems(scan.elements),
    ...linkProblems(scan.elements, context),
    ...namedComponentProblems(scan.elements, context.namedComponents ?? []),
  ]
    .sort((a, b) => a.line - b.line)
    .map(({ line, problem }) => `line ${line}: ${problem}`);
}
