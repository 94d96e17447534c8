// Prints the built site's pages and section anchors, to add new ones to tests/fixtures/published-links.txt.
import { builtPages } from './shared/site-pages.ts';
import { currentLinks } from './shared/published-links.ts';

console.log(currentLinks(builtPages()).join('\n'));
