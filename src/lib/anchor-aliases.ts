/** Old heading ids that now belong to `currentId`, from a topic's `anchorAliases` (old id -> current id). */
export function aliasesFor(aliases: Readonly<Record<string, string>>, currentId: string): string[] {
  return Object.entries(aliases)
    .filter(([, current]) => current === currentId)
    .map(([old]) => old)
    .sort();
}

/** Problems with a topic's aliases: each must point at a heading it has, and must not reuse a live id. */
export function aliasProblems(aliases: Readonly<Record<string, string>>, headingIds: readonly string[]): string[] {
  const ids = new Set(headingIds);
  const problems: string[] = [];
  for (const [old, current] of Object.entries(aliases)) {
    if (!ids.has(current)) problems.push(`anchorAliases maps "${old}" to "${current}", but the page has no heading with that id`);
    if (ids.has(old)) problems.push(`anchorAliases lists "${old}" as an old id, but a heading still uses it`);
  }
  return problems;
}
