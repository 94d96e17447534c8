/**
 * Addresses that once were (or that readers commonly type) and where they lead now. A renamed page adds its old
 * slug here so links already sent in emails keep working; entries are never removed.
 */
export const redirects: Record<string, string> = {
  '/cost/': '/costs/',
  '/faqs/': '/faq/',
  '/what-is-iop/': '/what-is-an-iop/',
};
