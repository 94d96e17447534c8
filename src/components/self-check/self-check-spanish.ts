import { selfCheckPhrasesEs } from '../../lib/self-check-phrases-es.ts';
import type { SelfCheckPhrases } from '../../lib/self-check-phrases.ts';
import type { SelfCheckWords, Voice } from '../../lib/self-check-words.ts';
import { selfWordsEs } from '../../lib/self-check-words-es.ts';

/**
 * The Spanish self-check's words for the script: one chunk, loaded only by the Spanish pages, so the English page's
 * script carries a single small import for them. The third-person words are a chunk of their own again.
 */
export async function spanishWords(voice: Voice | undefined): Promise<{ say: SelfCheckPhrases; words: SelfCheckWords }> {
  const words = voice === 'other' ? (await import('../../lib/self-check-other-es.ts')).otherWordsEs : selfWordsEs;
  return { say: selfCheckPhrasesEs, words };
}
