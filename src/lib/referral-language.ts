/**
 * The referral email in a language other than the page's: a clinician on the English page writes to a
 * Spanish-speaking patient, or the other way round. The page's checkboxes carry its own language's titles, so the
 * email's titles, lines, addresses and part anchors come from the other language's topics file. Pure: the builder
 * passes in what it has loaded so far.
 */
import type { Lang } from '../i18n/languages.ts';
import { buildReferralEmail, referralProblems, type ReferralResult } from './referral-email.ts';
import { choicesIn, type ReferralChoice, type ReferralSetTopic } from './referral-parts.ts';
import { referralUiWords } from './referral-ui-words.ts';

/** The other language's topics: not yet fetched or on the way, could not load, or loaded. */
export type ReferralSetState = 'loading' | 'failed' | ReadonlyMap<string, ReferralSetTopic>;

export interface OtherLanguageInput {
  choices: readonly ReferralChoice[];
  topics: ReferralSetState;
  note?: string;
  siteUrl: string | URL;
  basePath: string;
  /** The email's language. */
  lang: Lang;
  /** The page's language, for what is said to the referrer. */
  uiLang: Lang;
  /** A chosen topic's title as the page shows it, to name one with no version in `lang`. */
  titleOf: (id: string) => string;
}

/**
 * The email in `lang`, or why not yet. Nothing chosen or a long note comes first, as on the page's own language;
 * then a wait while the file loads (not an error), a file that failed, or chosen pages with no version in `lang`.
 */
export function emailInOtherLanguage({ choices, topics, note, siteUrl, basePath, lang, uiLang, titleOf }: OtherLanguageInput): ReferralResult {
  const problems = referralProblems(choices.length, note, uiLang);
  if (problems.length > 0) return { ok: false, problems };
  const ui = referralUiWords[uiLang];
  const name = ui.langName[lang];
  if (topics === 'loading') return { ok: false, problems: [{ code: 'email-lang-loading', message: ui.loadingEmailLang(name) }] };
  if (topics === 'failed') return { ok: false, problems: [{ code: 'email-lang-failed', message: ui.emailLangFailed(name) }] };
  const found = choicesIn(choices, topics);
  if (found.missing.length > 0) {
    return { ok: false, problems: [{ code: 'email-lang-failed', message: ui.notInEmailLang(name, found.missing.map(titleOf)) }] };
  }
  return buildReferralEmail({ topics: found.topics, note, siteUrl, basePath, lang, uiLang });
}
