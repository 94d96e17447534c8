// The English topics and their parts for the referral email builder (see src/lib/referral-parts.ts): /for-referrers/
// loads it for its part checkboxes, /es/para-profesionales/ when the email is to be in English. The file lives at
// REFERRAL_PARTS_PATHS.en because of where this route sits; the e2e test loads it from there.
import type { APIRoute } from 'astro';
import { getReferralPages } from '../../content/referral-pages.ts';
import { referralPartsFile } from '../../lib/referral-parts.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The referral parts need `site` (SITE_URL) in astro.config.mjs');
  const pages = await getReferralPages(site.origin, import.meta.env.BASE_URL);
  return new Response(JSON.stringify(referralPartsFile(pages)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
