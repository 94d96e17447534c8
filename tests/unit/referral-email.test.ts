import { describe, expect, it } from 'vitest';
import { helpLine } from '../../src/data/crisis.ts';
import {
  MAILTO_MAX,
  NOTE_MAX,
  REFERRAL_SUBJECT,
  buildReferralEmail,
  cleanNote,
  mailtoHref,
  mailtoNote,
  noteCountMessage,
  noteLength,
  problemLine,
  REFERRAL_START_HINT,
  referralPages,
  type ReferralEmail,
  type ReferralInput,
  type ReferralResult,
  type ReferralTopic,
} from '../../src/lib/referral-email.ts';
import { pageUrl } from '../../src/lib/site-config.ts';

const site = 'https://iop-guide.example.org';

const whatIs: ReferralTopic = {
  title: 'What is an intensive outpatient program (IOP)?',
  description: 'An IOP is a set plan of care for substance use or mental health. You go a few days a week and live at home.',
  path: '/what-is-an-iop/',
  order: 1,
};
const levels: ReferralTopic = {
  title: 'What are the levels of care?',
  description: 'Care for substance use and mental health comes in steps. See where an intensive outpatient program (IOP) fits among them.',
  path: '/levels-of-care/',
  order: 2,
};
const costs: ReferralTopic = {
  title: 'How much does an IOP cost, and what does insurance cover?',
  description: 'What an intensive outpatient program may cost, how health plans, Medicare, Medicaid and TRICARE help pay, and what to ask your plan.',
  path: '/costs/',
  order: 7,
};

function build(input: Partial<ReferralInput>): ReferralResult {
  return buildReferralEmail({ topics: [whatIs], siteUrl: site, basePath: '/', ...input });
}

function email(input: Partial<ReferralInput>): ReferralEmail {
  const result = build(input);
  if (!result.ok) throw new Error(`expected an email, got ${JSON.stringify(result.problems)}`);
  return result;
}

/** What an email app does with the link: split it and decode each part. */
function decodeMailto(href: string): { subject: string; body: string } {
  expect(href.startsWith('mailto:?')).toBe(true);
  const params = Object.fromEntries(
    href
      .slice('mailto:?'.length)
      .split('&')
      .map((pair) => {
        const [key, value] = pair.split('=');
        return [key, decodeURIComponent(value!)];
      }),
  );
  return { subject: params.subject, body: params.body };
}

describe('referral email: content and order', () => {
  it('lists each topic as its title, its description and its full address on a line of its own', () => {
    const { subject, body } = email({ topics: [costs] });
    expect(subject).toBe('Information about intensive outpatient programs (IOPs)');
    expect(subject).toBe(REFERRAL_SUBJECT);
    const lines = body.split('\n');
    const title = lines.indexOf(costs.title);
    expect(title).toBeGreaterThan(-1);
    expect(lines[title + 1]).toBe(costs.description);
    expect(lines[title + 2]).toBe('https://iop-guide.example.org/costs/');
  });

  it('puts topics in the site order, whatever order they were ticked in', () => {
    const { body } = email({ topics: [costs, whatIs, levels] });
    const positions = [whatIs, levels, costs].map((topic) => body.indexOf(topic.title));
    expect(positions.every((position) => position > -1)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(email({ topics: [levels, costs, whatIs] }).body).toBe(body);
  });

  it('points to a section with the page address and its anchor, under the whole page when both are chosen', () => {
    const section = { title: 'Prior authorization', anchor: 'prior-authorization' };
    const both = email({ topics: [{ ...costs, sections: [section] }] }).body.split('\n');
    const page = both.indexOf('https://iop-guide.example.org/costs/');
    expect(page).toBeGreaterThan(-1);
    expect(both[page + 1]).toBe('Part of this page: Prior authorization');
    expect(both[page + 2]).toBe('https://iop-guide.example.org/costs/#prior-authorization');

    const only = email({ topics: [{ ...costs, wholePage: false, sections: [section] }] }).body;
    expect(only).toContain(costs.title);
    expect(only).toContain('https://iop-guide.example.org/costs/#prior-authorization');
    expect(only.split('\n')).not.toContain('https://iop-guide.example.org/costs/');
  });

  it('merges a topic given twice, keeping each section once', () => {
    const section = { title: 'Insurance', anchor: 'insurance' };
    const { body } = email({
      topics: [
        { ...costs, wholePage: false, sections: [section] },
        { ...costs, sections: [section] },
      ],
    });
    expect(body.split(costs.title)).toHaveLength(2);
    expect(body.split('#insurance')).toHaveLength(2);
    expect(body.split('\n')).toContain('https://iop-guide.example.org/costs/');
  });

  it('puts the trimmed note first and ends with a short closing line with the crisis numbers', () => {
    const { body } = email({ note: '  \n Hi Sam, here are the pages we talked about.\n\n\n\nSee you Tuesday.  \n' });
    expect(body.startsWith('Hi Sam, here are the pages we talked about.\n\nSee you Tuesday.\n\n')).toBe(true);
    const last = body.split('\n\n').at(-1)!;
    expect(last).toContain('not medical advice');
    expect(last).toContain(helpLine('crisis').display);
    expect(last).toContain(helpLine('emergency').display);
  });

  it('starts with the introduction when there is no note, or only spaces', () => {
    expect(email({}).body.startsWith('This page from IOP Guide')).toBe(true);
    expect(email({ note: ' \n\t ' }).body.startsWith('This page from IOP Guide')).toBe(true);
    expect(email({ topics: [whatIs, levels] }).body.startsWith('These pages from IOP Guide')).toBe(true);
  });

  it('is plain text: no HTML added, no CR, and the note as typed, addresses whole', () => {
    const note = `${'Please read these before our next visit on Monday morning. '.repeat(6).trim()}\nhttps://example.org/${'a'.repeat(90)}`;
    const { body } = email({ topics: [costs, whatIs, levels], note });
    expect(body).not.toMatch(/<[a-z/]/i);
    expect(body).not.toContain('\r');
    expect(body.startsWith(`${note}\n\n`)).toBe(true);
  });

  it('keeps what a reader typed as text, even characters that look like HTML', () => {
    const { body } = email({ note: 'Use <b>this</b> & "that"' });
    expect(body.startsWith('Use <b>this</b> & "that"\n')).toBe(true);
  });
});

describe('referral email: addresses and base path', () => {
  it('includes the base path in every address', () => {
    const section = { title: 'Insurance', anchor: 'insurance' };
    const { body } = email({ topics: [{ ...costs, sections: [section] }], siteUrl: 'https://example.org', basePath: '/iop/' });
    expect(body).toContain('\nhttps://example.org/iop/costs/\n');
    expect(body).toContain('\nhttps://example.org/iop/costs/#insurance');
    expect(body).not.toContain('https://example.org/costs/');
  });

  it('accepts the origin as a URL or with a trailing slash, and a base path without slashes', () => {
    expect(pageUrl('/costs/', new URL('https://example.org/'), 'iop')).toBe('https://example.org/iop/costs/');
    expect(pageUrl('/costs/', 'https://example.org/', '/')).toBe('https://example.org/costs/');
    expect(pageUrl('/costs/', 'https://example.org', '/guides/iop/', '#insurance')).toBe('https://example.org/guides/iop/costs/#insurance');
  });

  it('refuses a path that is not root-relative', () => {
    expect(() => pageUrl('costs/', site, '/')).toThrow(/path/);
    expect(() => pageUrl('//evil.example/', site, '/')).toThrow(/path/);
  });
});

describe('referral pages', () => {
  it('gives each topic in site order its addresses and only its ## sections', () => {
    const headings = [
      { depth: 2, slug: 'insurance', text: 'Insurance' },
      { depth: 3, slug: 'medicare', text: 'Medicare' },
      { depth: 2, slug: 'prior-authorization', text: 'Prior authorization' },
    ];
    const pages = referralPages(
      [
        { id: 'costs', title: costs.title, description: costs.description, order: 7, headings },
        { id: 'what-is-an-iop', title: whatIs.title, description: whatIs.description, order: 1, headings: [] },
      ],
      'https://example.org',
      '/iop/',
    );
    expect(pages.map((page) => page.id)).toEqual(['what-is-an-iop', 'costs']);
    expect(pages[1]).toMatchObject({
      path: '/costs/',
      href: '/iop/costs/',
      url: 'https://example.org/iop/costs/',
      sections: [
        { title: 'Insurance', anchor: 'insurance', url: 'https://example.org/iop/costs/#insurance' },
        { title: 'Prior authorization', anchor: 'prior-authorization', url: 'https://example.org/iop/costs/#prior-authorization' },
      ],
    });
  });
});

describe('referral email: mailto link', () => {
  it('encodes the subject and body with encodeURIComponent: spaces as %20, line breaks as %0D%0A', () => {
    const { subject, body, mailtoHref: href, tooLongForMailto } = email({ topics: [whatIs, levels] });
    expect(tooLongForMailto).toBe(false);
    expect(href).not.toBeNull();
    expect(href).toContain('subject=Information%20about%20intensive%20outpatient%20programs%20(IOPs)');
    expect(href).not.toContain('+');
    expect(href).not.toMatch(/%0A(?<!%0D%0A)/);
    expect(href).toContain('%0D%0A%0D%0A');
    const decoded = decodeMailto(href!);
    expect(decoded.subject).toBe(subject);
    expect(decoded.body.replace(/\r\n/g, '\n')).toBe(body);
    expect(decoded.body).toContain('\r\n');
  });

  it('encodes & ? # % = + and non-ASCII in the note so they cannot break the link', () => {
    const note = 'Tom & Jerry? #1 at 100% = A+ / café, naïve, 日本語, مرحبا, 👋🏽';
    const { body, mailtoHref: href } = email({ note });
    expect(body.startsWith(`${note}\n`)).toBe(true);
    const query = href!.slice('mailto:?'.length);
    expect(query.split('&')).toHaveLength(2);
    expect(query).not.toMatch(/[ #?+]|%(?![0-9A-F]{2})/);
    expect(query).toContain('Tom%20%26%20Jerry%3F%20%231%20at%20100%25%20%3D%20A%2B%20%2F%20caf%C3%A9');
    expect(decodeMailto(href!).body.replace(/\r\n/g, '\n')).toBe(body);
  });

  it('replaces a lone surrogate (half an emoji) instead of failing to encode', () => {
    const result = email({ note: 'broken \uD83D here' });
    expect(result.body.startsWith('broken \uFFFD here')).toBe(true);
    expect(result.mailtoHref).not.toBeNull();
  });

  it('gives no mailto link once it would pass 2,000 characters, and says so', () => {
    expect(MAILTO_MAX).toBe(2000);
    const many = Array.from({ length: 10 }, (_, index) => ({ ...costs, path: `/topic-${index}/`, order: index }));
    const long = email({ topics: many, note: 'x'.repeat(NOTE_MAX) });
    expect(long.tooLongForMailto).toBe(true);
    expect(long.mailtoHref).toBeNull();
    expect(long.body).toContain('/topic-9/');
    expect(mailtoHref(long.subject, long.body).length).toBeGreaterThan(MAILTO_MAX);
  });

  it('draws the line exactly at 2,000 characters', () => {
    // Four long topics fit; grow the note one character at a time until the link no longer does.
    const four = [whatIs, levels, costs, { ...costs, path: '/costs-again/', order: 8 }];
    let last: ReferralEmail | undefined;
    let crossed = false;
    for (let size = 0; size <= NOTE_MAX; size += 1) {
      const result = email({ topics: four, note: 'y'.repeat(size) });
      const length = mailtoHref(result.subject, result.body).length;
      if (length > MAILTO_MAX) {
        expect(result.mailtoHref).toBeNull();
        expect(result.tooLongForMailto).toBe(true);
        crossed = true;
        break;
      }
      expect(result.mailtoHref).toHaveLength(length);
      last = result;
    }
    expect(crossed, 'a long enough note passes the limit').toBe(true);
    expect(last, 'some note fits').toBeDefined();
    expect(last!.mailtoHref!.length).toBeLessThanOrEqual(MAILTO_MAX);
  });
});

describe('referral email: problems come back as values, not throws', () => {
  it('asks for at least one page when nothing is chosen', () => {
    const result = build({ topics: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ code: 'no-topics', message: 'Choose at least one page to send.' }]);
  });

  it(`accepts a note of ${NOTE_MAX} characters and refuses a longer one, saying by how much`, () => {
    expect(build({ note: 'a'.repeat(NOTE_MAX) }).ok).toBe(true);
    expect(build({ note: `  ${'a'.repeat(NOTE_MAX)}\n\n` }).ok).toBe(true);
    const result = build({ note: 'a'.repeat(NOTE_MAX + 3) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.code).toBe('note-too-long');
    expect(result.problems[0]!.message).toBe('Your note is 3 characters too long. Make it 500 characters or fewer.');
  });

  it('reports both problems at once', () => {
    const result = build({ topics: [], note: 'a'.repeat(NOTE_MAX + 1) });
    expect(result.ok ? [] : result.problems.map((problem) => problem.code)).toEqual(['no-topics', 'note-too-long']);
    expect(result.ok ? '' : result.problems[1]!.message).toContain('1 character too long');
  });

  it('counts characters as a reader sees them: an emoji is one, spaces around the note are not counted', () => {
    expect(noteLength('👋')).toBe(1);
    // A skin tone, a family of three (joined by zero-width joiners), a flag, an accent typed as its own mark.
    for (const one of ['👋🏽', '👨‍👩‍👧', '🇺🇸', 'e\u0301', '🏳️‍🌈']) expect(noteLength(one), one).toBe(1);
    expect(noteLength('Hi 👨‍👩‍👧 🇺🇸!')).toBe(7);
    expect(noteLength('  hi  \n')).toBe(2);
    expect(noteLength(undefined)).toBe(0);
    expect(build({ note: '👋'.repeat(NOTE_MAX) }).ok).toBe(true);
  });

  it(`accepts ${NOTE_MAX} emoji of any kind and refuses one more, as the count under the box says`, () => {
    for (const emoji of ['👨‍👩‍👧', '🇺🇸', '👋🏽']) {
      expect(build({ note: emoji.repeat(NOTE_MAX) }).ok, emoji).toBe(true);
      expect(noteCountMessage(emoji.repeat(NOTE_MAX)), emoji).toBe('You have 0 characters left.');
      const over = build({ note: emoji.repeat(NOTE_MAX + 1) });
      expect(over.ok ? '' : over.problems.map((problem) => problem.message).join(' '), emoji).toBe(
        'Your note is 1 character too long. Make it 500 characters or fewer.',
      );
      expect(noteCountMessage(emoji.repeat(NOTE_MAX + 1)), emoji).toBe('You have 1 character too many.');
    }
    expect(noteCountMessage('👨‍👩‍👧'.repeat(NOTE_MAX - 1))).toBe('You have 1 character left.');
  });

  it('words the visible count for the note box', () => {
    expect(noteCountMessage('')).toBe('You have 500 characters left.');
    expect(noteCountMessage('a'.repeat(499))).toBe('You have 1 character left.');
    expect(noteCountMessage('a'.repeat(501))).toBe('You have 1 character too many.');
    expect(noteCountMessage('a'.repeat(510))).toBe('You have 10 characters too many.');
  });
});

describe('text helpers', () => {
  it('never hard-wraps: a long note, title or description keeps each of its lines whole', () => {
    const note = `${'Please read this before our next visit on Tuesday, and bring your questions. '.repeat(3).trim()}\nSecond line.`;
    const description = 'A long description of the page that goes on well past seventy-two characters, as some of ours do.';
    const result = buildReferralEmail({
      topics: [{ title: 'Costs', description, path: '/costs/', order: 1, wholePage: true, sections: [] }],
      note,
      siteUrl: 'https://example.org',
      basePath: '/',
    });
    expect(result.ok && result.body.split('\n')).toEqual(expect.arrayContaining([...note.split('\n'), description]));
  });

  it('cleans a note: CRLF to LF, tabs to spaces, no control characters, at most one blank line', () => {
    expect(cleanNote('a\r\nb\rc\td\u0007e\n\n\n\nf')).toBe('a\nb\nc de\n\nf');
  });
});

describe('the line above the email box', () => {
  const input = { siteUrl: 'https://example.org', basePath: '/' };
  it('is a hint, not a problem, until the referrer has done something', () => {
    const empty = buildReferralEmail({ ...input, topics: [] });
    expect(problemLine(empty, false)).toEqual({ text: REFERRAL_START_HINT, isProblem: false });
    expect(problemLine(empty, true)).toEqual({ text: 'Choose at least one page to send.', isProblem: true });
    const ready = buildReferralEmail({ ...input, topics: [{ title: 'Costs', description: 'What it costs.', path: '/costs/', order: 1, wholePage: true, sections: [] }] });
    expect(problemLine(ready, true)).toEqual({ text: '', isProblem: false });
  });
});

describe('the line under "Open in email app"', () => {
  const input = { siteUrl: 'https://example.org', basePath: '/' };
  const topic: ReferralTopic = { title: 'Costs', description: 'What it costs.', path: '/costs/', order: 1, wholePage: true, sections: [] };

  it('asks for a page first when none is chosen, even if the note is also too long', () => {
    expect(mailtoNote(buildReferralEmail({ ...input, topics: [] }))).toBe('Choose at least one page first.');
    expect(mailtoNote(buildReferralEmail({ ...input, topics: [], note: 'x'.repeat(NOTE_MAX + 1) }))).toBe('Choose at least one page first.');
  });

  it('asks for a shorter note when only the note is the problem', () => {
    expect(mailtoNote(buildReferralEmail({ ...input, topics: [topic], note: 'x'.repeat(NOTE_MAX + 1) }))).toBe('Make your note shorter first.');
  });

  it('says what the button does when the email fits in a link, and to copy when it does not', () => {
    expect(mailtoNote(buildReferralEmail({ ...input, topics: [topic] }))).toMatch(/^This opens a new email/);
    const many = Array.from({ length: 10 }, (_, index) => ({ ...topic, description: 'A long line. '.repeat(12), path: `/topic-${index}/`, order: index }));
    expect(mailtoNote(buildReferralEmail({ ...input, topics: many, note: 'x'.repeat(NOTE_MAX) }))).toMatch(/too long to open in an email app .* 2,000 characters/);
  });
});
