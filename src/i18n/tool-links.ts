import { toolPages } from '../data/tools.ts';
import { pathIn } from '../lib/spanish-edition.ts';
import { words } from './index.ts';
import type { Lang } from './languages.ts';

/** The tools as menus and the footer link to them: the address and name in the page's language. */
export function toolLinks(lang: Lang): { path: string; name: string }[] {
  return toolPages.map((tool) => ({ path: pathIn(lang, tool.path), name: words(lang).tools[tool.path] }));
}
