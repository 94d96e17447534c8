import { helpLines } from '../data/crisis.ts';
import { fallbackTopics } from '../data/search-fallback.ts';
import { site } from '../data/site.ts';
import { escapeHtml } from './escape.ts';
import { mailtoLink } from './mailto.ts';
import { withBase } from './site-config.ts';
import { searchWords, type SearchWords } from './search-words.ts';

type HelpWords = Pick<
  SearchWords,
  'fallbackHint' | 'allTopicsSummary' | 'glossaryLink' | 'needHelp' | 'tellUs' | 'tellUsNote' | 'feedbackSubject' | 'feedbackBody'
>;

/** What a search that finds nothing offers, in one language. English is the default; src/lib/search-help-es.ts is Spanish. */
export interface NoResultsHelp {
  words: HelpWords;
  /** Topics to start with, as paths without the base. */
  topics: readonly { path: string; label: string }[];
  /** The crisis and help lines, in the same order as src/data/crisis.ts, with the reader's language's words. */
  lines: readonly { action: string; dial: string; display: string; details: string }[];
  /** The home page and the glossary, in that language (paths without the base). */
  home: string;
  glossary: string;
}

export const englishHelp: NoResultsHelp = {
  words: searchWords,
  topics: fallbackTopics,
  lines: helpLines,
  home: '/',
  glossary: '/glossary/',
};

/**
 * An email to the team about a search that found nothing, with the reader's words filled in. It opens the reader's
 * own email app: the site itself sends nothing.
 */
export function searchFeedbackMailto(query: string, address: string = site.correctionsEmail, words: HelpWords = englishHelp.words): string {
  return mailtoLink(address, { subject: words.feedbackSubject(site.name), body: words.feedbackBody(query.trim()) });
}

/**
 * What a search that finds nothing shows instead: a few places to start, the crisis and help lines, and a way to
 * tell us what was missing. Someone searching in distress should never meet an empty page.
 */
export function noResultsMarkup(query: string, base: string, help: NoResultsHelp = englishHelp): string {
  const { words } = help;
  const link = (path: string, label: string) => `<li><a href="${escapeHtml(withBase(path, base))}">${escapeHtml(label)}</a></li>`;
  const topics = help.topics.map((topic) => link(topic.path, topic.label));
  const lines = help.lines.map(
    (line) => `<li>${escapeHtml(line.action)} <a href="tel:${escapeHtml(line.dial)}">${escapeHtml(line.display)}</a>. ${escapeHtml(line.details)}</li>`,
  );
  return (
    `<p>${escapeHtml(words.fallbackHint)}</p><ul>${topics.join('')}` +
    link(help.home, words.allTopicsSummary) +
    link(help.glossary, words.glossaryLink) +
    `</ul><p><strong>${escapeHtml(words.needHelp)}</strong></p><ul data-help-lines>${lines.join('')}</ul>` +
    `<p><a href="${escapeHtml(searchFeedbackMailto(query, site.correctionsEmail, words))}" data-search-feedback>${escapeHtml(words.tellUs)}</a>. ` +
    `${escapeHtml(words.tellUsNote)}</p>`
  );
}
