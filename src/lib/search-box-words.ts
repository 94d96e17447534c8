import { topicGroups } from '../data/topic-groups.ts';
import { words, type Lang } from '../i18n/index.ts';
import { englishBoxWords, type SearchBoxWords } from './search-box-markup.ts';
import { pathIn } from './spanish-edition.ts';

/**
 * One language's search box words, from its dictionary (build time only: it reads every dictionary). The group
 * filter's values are the group names as that language's pages print them (TopicLayout's data-pagefind-filter).
 */
export function searchBoxWords(lang: Lang): SearchBoxWords {
  if (lang === 'en') return englishBoxWords;
  const t = words(lang);
  const { label, placeholder, groupLabel, allGroups, submit, resultsLabel, noResultsHint, allTopicsSummary, glossaryLink, close } = t.searchBox;
  return {
    ...{ label, placeholder, groupLabel, allGroups, submit, resultsLabel, noResultsHint, allTopicsSummary, glossaryLink, close },
    lang,
    action: pathIn(lang, '/search/'),
    home: pathIn(lang, '/'),
    glossary: pathIn(lang, '/glossary/'),
    groups: topicGroups.map((group) => ({ value: t.groups[group], label: t.groups[group] })),
  };
}
