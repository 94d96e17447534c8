// Prints the built site's pages and section anchors, to add new ones to tests/fixtures/published-links.txt.
import { builtPages } from '../tests/e2e/site-pages.ts';
import { currentLinks } from '../tests/content/published-links.ts';

console.log(currentLinks(builtPages()).join('\n'));
