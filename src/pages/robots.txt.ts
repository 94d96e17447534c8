// robots.txt is made at build time rather than kept in public/, because the sitemap line needs the deploy's own
// address (SITE_URL and BASE_PATH, see README).
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs `site` in astro.config.mjs to name the sitemap');
  const sitemap = new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site);
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap.href}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
