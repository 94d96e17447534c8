// The Spanish topics and their parts for the referral email builder (see src/lib/referral-parts.ts): keyed by the
// English ids, with the Spanish titles, addresses and section ids. /es/para-profesionales/ loads it for its part
// checkboxes, /for-referrers/ when the email is to be in Spanish. It lives at REFERRAL_PARTS_PATHS.es.
import type { APIRoute } from 'astro';
import { getReferralPages } from '../../../content/referral-pages.ts';
import { referralPartsFile } from '../../../lib/referral-parts.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The referral parts need `site` (SITE_URL) in astro.config.mjs');
  const pages = await getReferralPages(site.origin, import.meta.env.BASE_URL, 'es');
  return new Response(JSON.stringify(referralPartsFile(pages)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
