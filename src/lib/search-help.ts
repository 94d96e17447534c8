import { helpLines } from '../data/crisis.ts';
import { fallbackTopics } from '../data/search-fallback.ts';
import { site } from '../data/site.ts';
import { escapeHtml } from './escape.ts';
import { mailtoLink } from './mailto.ts';
import { withBase } from './site-config.ts';

/**
 * An email to the team about a search that found nothing, with the reader's words filled in. It opens the reader's
 * own email app: the site itself sends nothing.
 */
export function searchFeedbackMailto(query: string, address: string = site.correctionsEmail): string {
  return mailtoLink(address, {
    subject: `Search on ${site.name} found nothing`,
    body: `I searched for: ${query.trim()}\n\nWhat I hoped to find:\n`,
  });
}

/**
 * What a search that finds nothing shows instead: a few places to start, the crisis and help lines, and a way to
 * tell us what was missing. Someone searching in distress should never meet an empty page.
 */
export function noResultsMarkup(query: string, base: string): string {
  const topics = fallbackTopics.map((topic) => `<li><a href="${escapeHtml(withBase(topic.path, base))}">${escapeHtml(topic.label)}</a></li>`);
  const lines = helpLines.map(
    (line) => `<li>${escapeHtml(line.action)} <a href="tel:${escapeHtml(line.dial)}">${escapeHtml(line.display)}</a>. ${escapeHtml(line.details)}</li>`,
  );
  return (
    `<p>Try fewer or different words, or start with one of these topics:</p><ul>${topics.join('')}` +
    `<li><a href="${escapeHtml(base)}">All topics, with a short summary of each</a></li>` +
    `<li><a href="${escapeHtml(withBase('/glossary/', base))}">The glossary of words and abbreviations</a></li></ul>` +
    `<p><strong>Need help now?</strong></p><ul data-help-lines>${lines.join('')}</ul>` +
    `<p><a href="${escapeHtml(searchFeedbackMailto(query))}" data-search-feedback>Tell us what you looked for</a>. ` +
    `It opens your own email app with your search filled in. Nothing is sent until you send it.</p>`
  );
}
