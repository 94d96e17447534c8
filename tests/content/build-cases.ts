/**
 * Deliberately broken fixture builds (tests/fixtures/content/<fixture>/) and what the build must say. Each fixture
 * holds a valid pair of topics with one mistake; `file` is the file the message must name.
 */
export interface BuildCase {
  name: string;
  fixture: string;
  file: string;
  expected: RegExp[];
  env?: Record<string, string>;
  /** The build gets past the content checks and renders pages before it stops. */
  renders?: boolean;
}

export const brokenBuilds: BuildCase[] = [
  { name: 'missing-title', fixture: 'missing-title', file: 'first.mdx', expected: [/title/, /is required: the page title/] },
  { name: 'long-description', fixture: 'long-description', file: 'first.mdx', expected: [/description/, /at most 160 characters/] },
  { name: 'review-order', fixture: 'review-order', file: 'first.mdx', expected: [/reviewed\.next/, /later date than reviewed\.last/] },
  { name: 'unknown-related', fixture: 'unknown-related', file: 'first.mdx', expected: [/field "related" names "no-such-topic"/] },
  { name: 'duplicate-order', fixture: 'duplicate-order', file: 'second.mdx', expected: [/field "order" is 1/, /first\.mdx already uses/] },
  { name: 'source-no-accessed', fixture: 'source-no-accessed', file: 'first.mdx', expected: [/sources/, /accessed/, /date the source was last checked/] },
  { name: 'http-source', fixture: 'http-source', file: 'first.mdx', expected: [/sources/, /url/, /must start with https:\/\//] },
  { name: 'broken-link', fixture: 'broken-link', file: 'first.mdx', expected: [/link "\/no-such-page\/" points to \/no-such-page\/, which is not a page/, /#nowhere, which is not a section of \/second\//] },
  { name: 'bad-alias', fixture: 'bad-alias', file: 'first.mdx', expected: [/anchorAliases maps "old" to "no-such-heading"/] },
  { name: 'image-no-alt', fixture: 'image-no-alt', file: 'second.mdx', expected: [/image "\/chart\.png" has no alt text/] },
  // Drafts are not published, so nothing may point at them.
  { name: 'draft-linked', fixture: 'draft-linked', file: 'first.mdx', expected: [/line 29: link "\/second\/" points to \/second\/, which is a draft \(draft: true\) and is not published/] },
  { name: 'draft-related', fixture: 'draft-related', file: 'first.mdx', expected: [/field "related" names "second", which is a draft \(draft: true\) and is not published/] },
  { name: 'draft-linked-from-page', fixture: 'draft-linked-from-page', file: 'schedules.mdx', renders: true, expected: [/Pages link to drafts/, /^- \/ links to \/schedules\/, which is a draft/m] },
  // Every link, however written, meets the same checks.
  { name: 'reference-link', fixture: 'reference-link', file: 'first.mdx', expected: [/line 29: link "http:\/\/example\.org\/guide" must use https:\/\//] },
  { name: 'bare-url', fixture: 'bare-url', file: 'first.mdx', expected: [/line 29: link "http:\/\/www\.example\.net" must use https:\/\//] },
  { name: 'jsx-javascript-href', fixture: 'jsx-javascript-href', file: 'first.mdx', expected: [/line 29: link "javascript:alert\(1\)" uses javascript:, which is refused/] },
  { name: 'jsx-missing-page', fixture: 'jsx-missing-page', file: 'first.mdx', expected: [/line 29: link "\/no-such-page\/" points to \/no-such-page\/, which is not a page/] },
  // Heading ids come from Astro's own heading plugin, so a heading holding a component gets the id readers see.
  { name: 'wrong-heading-id', fixture: 'wrong-heading-id', file: 'first.mdx', expected: [/#what-term-idphpphpterm-means, which is not a section of \/second\//] },
  // One file per address; names that make good addresses.
  { name: 'case-collision', fixture: 'case-collision', file: 'Second.mdx', expected: [/Second\.mdx: the file name .* rename it to second\.mdx, but second\.mdx already exists/, /second\.mdx and .*Second\.mdx would both be the page \/second\//] },
  { name: 'slug-field-collision', fixture: 'slug-field-collision', file: 'first.mdx', expected: [/first\.mdx \(by its slug field\) and .*second\.mdx would both be the page \/second\//] },
  { name: 'bad-file-names', fixture: 'bad-file-names', file: 'My Topic.mdx', expected: [/My Topic\.mdx: .*rename it to my-topic\.mdx/, /qué-es\.mdx: .*rename it to que-es\.mdx/] },
  // What the site's Content Security Policy would block in the browser is refused at build time.
  {
    name: 'policy-blocked',
    fixture: 'policy-blocked',
    file: 'first.mdx',
    expected: [
      /line 29: <script> is refused/,
      /line 31: <iframe> is refused/,
      /line 33: <p style=…> is refused/,
      /line 35: image "http:\/\/images\.example\.com\/chart\.png" uses http:\/\//,
      /line 37: image "https:\/\/images\.example\.com\/photo\.png" comes from another site/,
    ],
  },
  { name: 'impossible-date', fixture: 'impossible-date', file: 'first.mdx', expected: [/line 12: field "last" is 2026-02-30, which is not a date: February 2026 has 28 days/] },
  { name: 'wrong-type', fixture: 'wrong-type', file: 'first', expected: [/order: must be a whole number giving the position in navigation, not the text "four"/] },
  { name: 'not-utf8', fixture: 'not-utf8', file: 'first.mdx', expected: [/line 29: the file is not saved as UTF-8 text/] },
  { name: 'unknown-fact', fixture: 'unknown-fact', file: 'first.mdx', expected: [/line 29: <Fact name="doesNotExist"> names nothing in src\/lib\/facts\.ts/] },
  { name: 'unknown-fact-placeholder', fixture: 'unknown-fact-placeholder', file: 'first.mdx', expected: [/field "keyPoints" \(point 2\): \{fact:costPerSession\} names nothing in src\/lib\/facts\.ts/] },
  { name: 'unknown-term', fixture: 'unknown-term', file: 'first.mdx', expected: [/line 29: <Term id="no-such-term"> names nothing in src\/data\/glossary\.ts/] },
  // Deploy settings.
  { name: 'base-path-dot-dot', fixture: 'valid', file: 'BASE_PATH', env: { BASE_PATH: '../' }, expected: [/BASE_PATH must be a clean path such as \/iop\/, without "\.\." or "\."/] },
  { name: 'base-path-inner-dot-dot', fixture: 'valid', file: 'BASE_PATH', env: { BASE_PATH: 'a/../b' }, expected: [/BASE_PATH must be a clean path/] },
  { name: 'site-url-with-path', fixture: 'valid', file: 'SITE_URL', env: { SITE_URL: 'https://example.org/iop' }, expected: [/SITE_URL must be the site's address without a path, .* set BASE_PATH=\/iop\/ /] },
];
