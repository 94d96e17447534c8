import { englishBoxLabels } from './search-box-markup.ts';

/** The status line's English words: "3 results for “cost”." `shown` is the reader's query, already shortened to fit. */
export function englishResultCount(count: number, shown: string): string {
  if (count === 0) return `No results for “${shown}”.`;
  return `${count} result${count === 1 ? '' : 's'} for “${shown}”.`;
}

/**
 * The English words of search: its box, the status line, the help shown when nothing is found, the dialog's close
 * button. en.ts takes them from here (as it does the handout's words), so there is one English source and the
 * search code does not carry the whole dictionary. Every language gives the same keys in src/i18n/.
 */
export const searchWords = {
  ...englishBoxLabels,
  loadError: 'Search could not load. Please try again, or browse the topics.',
  pageTitle: 'Search',
  pageDescription: 'Search the guide to intensive outpatient programs: costs, schedules, levels of care, medicines and more.',
  noJsNote: 'Search needs JavaScript, which is turned off in this browser. Every topic is listed below instead.',
  resultCount: englishResultCount,
  fallbackHint: 'Try fewer or different words, or start with one of these topics:',
  needHelp: 'Need help now?',
  tellUs: 'Tell us what you looked for',
  tellUsNote: 'It opens your own email app with your search filled in. Nothing is sent until you send it.',
  feedbackSubject: (siteName: string) => `Search on ${siteName} found nothing`,
  feedbackBody: (query: string) => `I searched for: ${query}\n\nWhat I hoped to find:\n`,
};

/** The words the browser code of search needs, in one language. */
export type SearchWords = { readonly [K in keyof typeof searchWords]: (typeof searchWords)[K] };
