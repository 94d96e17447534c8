import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';
import { builtHtmlFiles, distDir } from './dist.ts';

/** Pages of the build; forwarding pages (src/data/redirects.ts) are checked by the published-links test. */
function htmlFiles(): string[] {
  return builtHtmlFiles().filter((path) => !readFileSync(path, 'utf8').includes('http-equiv="refresh"'));
}

/** The URL path a built file answers at: dist/costs/index.html -> /costs/. */
function routeOf(file: string): string {
  const path = `/${relative(distDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

const files = htmlFiles();
const pages = new Map(files.map((file) => [routeOf(file), parse(readFileSync(file, 'utf8'))]));
const idsOf = (route: string): Set<string> => new Set(pages.get(route)?.querySelectorAll('[id]').map((el) => el.id) ?? []);

describe('every built page', () => {
  it('is valid HTML (html-validate, recommended rules)', async () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${routeOf(file)} ${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    console.log(`html-validate checked ${files.length} pages`);
    expect(errors).toEqual([]);
  });

  it('links only to things that exist: pages, files and #sections; external links use https', () => {
    let followed = 0;
    let external = 0;
    const broken: string[] = [];
    for (const [route, root] of pages) {
      for (const element of root.querySelectorAll('[href], [src]')) {
        const raw = element.getAttribute('href') ?? element.getAttribute('src')!;
        if (element.tagName === 'LINK' && element.getAttribute('rel') === 'canonical') continue;
        if (/^(mailto:|tel:|sms:|data:)/.test(raw)) continue;
        if (/^[a-z]+:/i.test(raw) || raw.startsWith('//')) {
          external += 1;
          if (!raw.startsWith('https://')) broken.push(`${route}: external link ${raw} is not https`);
          continue;
        }
        followed += 1;
        const url = new URL(raw, `https://site.test${route}`);
        const target = decodeURIComponent(url.pathname);
        const file = target.endsWith('/') ? join(distDir, target, 'index.html') : join(distDir, target);
        if (!existsSync(file)) {
          broken.push(`${route}: ${raw} → ${target} does not exist`);
          continue;
        }
        if (url.hash && target.endsWith('/') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${route}: ${raw} → no element with id "${url.hash.slice(1)}" on ${target}`);
        }
      }
    }
    console.log(`Link check: followed ${followed} internal links and checked ${external} external links on ${pages.size} pages`);
    expect(broken).toEqual([]);
  });

  it('carries a strict Content Security Policy', () => {
    for (const [route, root] of pages) {
      const policy = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(script, route).toContain("'self'");
      expect(script, route).toContain("'wasm-unsafe-eval'");
      expect(script, route).not.toContain('unsafe-inline');
      for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "default-src 'self'"]) {
        expect(policy, route).toContain(directive);
      }
      // A policy in a meta tag covers only what comes after it, so it must come before every script and stylesheet.
      const head = root.querySelector('head')!.childNodes.filter((node) => node.nodeType === 1) as HTMLElement[];
      const policyAt = head.findIndex((node) => node.getAttribute('http-equiv') === 'content-security-policy');
      const firstResource = head.findIndex((node) => node.tagName === 'SCRIPT' || node.getAttribute('rel') === 'stylesheet');
      expect(policyAt, `${route}: policy meta`).toBeGreaterThanOrEqual(0);
      if (firstResource >= 0) expect(policyAt, `${route}: policy before scripts and styles`).toBeLessThan(firstResource);
      expect(root.querySelectorAll('script:not([src])'), `${route}: inline script`).toHaveLength(0);
      expect(root.querySelectorAll('[style]'), `${route}: inline style attribute`).toHaveLength(0);
    }
  });

  it('keeps print-only lines out of the search index, so they never show as a result excerpt', () => {
    let indexed = 0;
    for (const [route, root] of pages) {
      for (const line of root.querySelectorAll('[data-pagefind-body] .print-only')) {
        indexed += 1;
        expect(line.closest('[data-pagefind-ignore]'), `${route}: ${line.text.trim().slice(0, 40)}`).not.toBeNull();
      }
    }
    expect(indexed, 'topic pages carry a print-only line').toBeGreaterThan(0);
  });
});

describe('host headers', () => {
  const headers = readFileSync(join(distDir, '_headers'), 'utf8');

  it('repeat the same policy as the pages, with the privacy headers', () => {
    expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicy}`);
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
    expect(headers).toMatch(/Referrer-Policy: no-referrer/);
    expect(headers).toMatch(/Permissions-Policy: .*camera=\(\)/);
  });
});
