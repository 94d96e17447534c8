// Lighthouse with its defaults (mobile form factor, simulated throttling), several runs per page, medians reported.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../shared/chromium.ts';
import { onCleanup } from './cleanup.ts';
import { median } from './format.ts';

/** Runs per page; the report shows their median, so one slow run on a busy machine does not decide a score. */
export const LIGHTHOUSE_RUNS = 3;

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  scores: Record<Category, number>;
  lcp: number;
  tbt: number;
  cls: number;
  /** "category: audit title" for every audit below a full score in a scored category. */
  failing: string[];
  /** The elements Lighthouse saw shift, when CLS is above 0. */
  shifts: string[];
}

/** A page to score: its name in the tables, and where it is served. */
export interface LighthousePage {
  name: string;
  url: string;
}

export interface LighthouseResult {
  name: string;
  runs: LighthouseRun[];
  median: Omit<LighthouseRun, 'failing' | 'shifts'>;
  /** Audits that fell short in any run, with how many runs. */
  failing: string[];
  errors: string[];
}

interface LhAudit {
  title: string;
  score: number | null;
  scoreDisplayMode?: string;
  numericValue?: number;
  details?: { items?: { score?: number; node?: { selector?: string; snippet?: string } }[] };
}

interface LhResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, LhAudit>;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
}

function readRun(lhr: LhResult): LighthouseRun {
  const score = (category: Category): number => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const failing: string[] = [];
  // Performance is reported through its score and metrics; the other categories must be perfect, so name what fell short.
  for (const category of CATEGORIES.filter((name) => name !== 'performance')) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'manual') continue;
      failing.push(`${category}: ${audit.title} (${ref.id})`);
    }
  }
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    failing,
    shifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map(
      (item) => `${item.node?.selector ?? item.node?.snippet ?? 'unknown element'} (${(item.score ?? 0).toFixed(3)})`,
    ),
  };
}

export const LIGHTHOUSE_FLAGS = ['--headless=new', ...chromiumArgs];

/** Runs Lighthouse `runs` times on each page in one Chromium, which is always killed at the end. */
export async function runLighthouse(
  pages: readonly LighthousePage[],
  runs: number,
  log: (message: string) => void,
): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: LIGHTHOUSE_FLAGS,
    logLevel: 'silent',
    // bench.ts stops everything on Ctrl+C itself, in order; chrome-launcher's own handler would exit first.
    handleSIGINT: false,
  });
  const unregister = onCleanup(() => chrome.kill());
  const runsByPage = new Map<LighthousePage, LighthouseRun[]>(pages.map((page) => [page, []]));
  const errorsByPage = new Map<LighthousePage, string[]>(pages.map((page) => [page, []]));
  try {
    // Round-robin over the pages, so a burst of load on a shared machine does not land on every run of one page.
    for (let run = 1; run <= runs; run += 1) {
      for (const page of pages) {
        log(`  lighthouse ${page.name} run ${run}/${runs}`);
        const errors = errorsByPage.get(page)!;
        const result = await lighthouse(page.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        const lhr = result?.lhr as unknown as LhResult | undefined;
        if (!lhr) {
          errors.push(`run ${run}: Lighthouse returned no result`);
          continue;
        }
        if (lhr.runtimeError) errors.push(`run ${run}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        runsByPage.get(page)!.push(readRun(lhr));
      }
    }
  } finally {
    unregister();
    chrome.kill();
  }
  return pages.map((page) => summarize(page.name, runsByPage.get(page)!, errorsByPage.get(page)!));
}

function summarize(name: string, pageRuns: LighthouseRun[], errors: string[]): LighthouseResult {
  const counts = new Map<string, number>();
  for (const pageRun of pageRuns) {
    for (const item of [...pageRun.failing, ...pageRun.shifts.map((shift) => `layout shift: ${shift}`)]) counts.set(item, (counts.get(item) ?? 0) + 1);
  }
  return {
    name,
    runs: pageRuns,
    median: {
      scores: {
        performance: median(pageRuns.map((r) => r.scores.performance)),
        accessibility: median(pageRuns.map((r) => r.scores.accessibility)),
        'best-practices': median(pageRuns.map((r) => r.scores['best-practices'])),
        seo: median(pageRuns.map((r) => r.scores.seo)),
      },
      lcp: median(pageRuns.map((r) => r.lcp)),
      tbt: median(pageRuns.map((r) => r.tbt)),
      cls: median(pageRuns.map((r) => r.cls)),
    },
    failing: [...counts].map(([item, count]) => `${item} [${count}/${pageRuns.length} runs]`),
    errors,
  };
}
