import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { builtPages, topicPages } from '../../scripts/shared/site-pages.ts';
import { distDir } from './dist.ts';
import { expectSocialMeta } from './social-meta.ts';

const topicSlugs = new Set(topicPages().map((path) => path.slice(1, -1)));

describe('link previews on every page', () => {
  for (const route of builtPages()) {
    it(`${route} has Open Graph and Twitter card tags with an image`, () => {
      const html = readFileSync(join(distDir, route, 'index.html'), 'utf8');
      // A page under a topic (the glossary's letter pages, /glossary/a-c/) is part of that topic and shares its preview.
      const topic = /^\/([a-z0-9-]+)\/(?:[a-z0-9-]+\/)?$/.exec(route)?.[1];
      const isTopic = topic !== undefined && topicSlugs.has(topic);
      expectSocialMeta(html, route.slice(1), {
        type: isTopic ? 'article' : 'website',
        imagePath: isTopic ? `og/${topic}.png` : 'og/index.png',
      });
    });
  }
});
