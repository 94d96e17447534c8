import { otherWords } from './self-check-other.ts';
import { selfWords, type SelfCheckWords, type Voice } from './self-check-words.ts';

/**
 * The self-check's words in either voice, for pages built ahead of time and for tests. The browser code does not use
 * this: it loads the third-person words only on the page that needs them (self-check-element.ts).
 */
export function wordsFor(voice: Voice): SelfCheckWords {
  return voice === 'other' ? otherWords : selfWords;
}
