/**
 * Topics offered when a search finds nothing at all, even word by word: the pages that answer the questions most
 * readers arrive with (what an IOP is, whether it fits, what it costs, common questions). Labels are short; the
 * built-site test checks that each page exists.
 */
export const fallbackTopics: readonly { path: string; label: string }[] = [
  { path: '/what-is-an-iop/', label: 'What an IOP is' },
  { path: '/who-is-it-for/', label: 'Who an IOP is for' },
  { path: '/costs/', label: 'What an IOP costs, and what insurance covers' },
  { path: '/faq/', label: 'Questions people ask about IOPs' },
];
