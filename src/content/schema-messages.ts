/** How a wrong value is shown back to the writer: "the text "four"", "the number 4", "a list". */
function shown(input: unknown): string {
  if (typeof input === 'string') return `the text "${input}"`;
  if (typeof input === 'number') return `the number ${input}`;
  if (typeof input === 'boolean') return `${input}`;
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date';
  return 'a group of fields';
}

/**
 * Zod's message for a field that is missing or of the wrong kind. Without it, zod gives one message for both, so
 * `order: "four"` was told the field "is required".
 */
export function expected(what: string): { error: (issue: { input?: unknown }) => string } {
  return { error: (issue) => (issue.input === undefined ? `is required: ${what}` : `must be ${what}, not ${shown(issue.input)}`) };
}
