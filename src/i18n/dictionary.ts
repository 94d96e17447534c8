import type { en } from './en.ts';

/**
 * Turns the literal types of `as const` into plain ones: every string becomes `string`, every function keeps its
 * parameters and returns `string`, and objects keep exactly their keys. A language's dictionary must have the same
 * keys as English, no more and no fewer.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

/** The words of the site's frame, in one language. */
export type Dictionary = Widen<typeof en>;
