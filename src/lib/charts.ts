/**
 * The two data charts (cost ranges, levels of care) as stand-alone SVG images, drawn at build time from the
 * levels in src/data. The endpoints in src/pages/figures/ write the files; CostChart and LevelsDiagram show them
 * with <img>. Shown as an image, an SVG sees neither the page's CSS nor its dark mode, and the site's Content
 * Security Policy would block a <style> inside it, so every colour and font is a presentation attribute, on a
 * card of its own. Each chart is drawn twice, light and dark, and the page picks one with
 * <source media="(prefers-color-scheme: dark)">, so it follows the reader's colour scheme without any script.
 */
import { createHash } from 'node:crypto';
import { rangeBars, staircase } from './figures.ts';
import { formatDollars } from './format.ts';
import { costLabel, hoursLabel } from './level-labels.ts';
import { withBase } from './site-config.ts';
import { serializeSvg, svgNode, type SvgNode } from './svg.ts';

/** What the charts need to know about a level of care (src/data/levels.ts has more). */
export interface ChartLevel {
  id: string;
  name: string;
  hours: Parameters<typeof hoursLabel>[0]['hours'];
  roundTheClock: boolean;
  cost: { low: number; high: number; unit: string } | null;
}

export interface ChartImage {
  /** The file's path from the site root; an endpoint in src/pages/ must write it there. */
  file: string;
  width: number;
  height: number;
  tree: SvgNode;
}

/**
 * The chart colours, checked by tests/unit/charts.test.ts: text at least 4.5:1 and bars and lines at least 3:1
 * against every background here (WCAG 2.2, 1.4.3 and 1.4.11). The card's edge only frames it and carries no data.
 */
export type ColourScheme = 'light' | 'dark';

export const chartPalettes = {
  light: {
    card: '#ffffff',
    cardEdge: '#d0d7de',
    step: '#f3f6f9',
    text: '#1f2328',
    textMuted: '#4b5563',
    bar: '#4b5563',
    barHighlight: '#005a9c',
    axis: '#6b7280',
    stepEdge: '#6b7280',
    stepHighlight: '#0b57a4',
  },
  /* The dark scheme's own colours (global.css: --color-panel, --color-line, --color-ink, --color-muted, --color-link). */
  dark: {
    card: '#1b222b',
    cardEdge: '#3d444d',
    step: '#232c37',
    text: '#e6edf3',
    textMuted: '#b1bac4',
    bar: '#8b949e',
    barHighlight: '#79b8ff',
    axis: '#8b949e',
    stepEdge: '#8b949e',
    stepHighlight: '#79b8ff',
  },
} as const;

type ChartPalette = (typeof chartPalettes)[ColourScheme];

/** The light palette, which the plain <img> shows (and any reader whose browser ignores the dark source). */
export const chartPalette = chartPalettes.light;

/** A palette's colours by role, for the contrast tests: text and graphics against every background they sit on. */
export function chartColours(palette: ChartPalette) {
  return {
    backgrounds: [palette.card, palette.step],
    text: [palette.text, palette.textMuted],
    graphics: [palette.bar, palette.barHighlight, palette.axis, palette.stepEdge, palette.stepHighlight],
  };
}

export const chartBackgrounds = chartColours(chartPalette).backgrounds;
export const chartTextColours = chartColours(chartPalette).text;
export const chartGraphicColours = chartColours(chartPalette).graphics;

/** Where a chart's file lives: the light one keeps its published name, the dark one adds "-dark". */
function chartFile(name: string, scheme: ColourScheme): string {
  return `figures/${name}${scheme === 'dark' ? '-dark' : ''}.svg`;
}

/** The site's system font stack (global.css, --font-sans); an image cannot read the page's variables. */
export const chartFont = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** The mark beside the IOP, so the highlight never rests on colour alone. */
export const highlightMark = '▶';

const cardRadius = 8;

/**
 * A generous guess at how wide a label draws, since the reader's own system font sets it: 0.6em a character is
 * a little more than DejaVu Sans Bold, one of the widest fonts a system-ui stack can fall back to. Tests use it to
 * keep every label inside its bar or step.
 */
export function estimatedTextWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.6;
}

interface ChartFrame {
  width: number;
  height: number;
  /** Prefix for the ids of <title> and <desc>, which name the image when the file is opened on its own. */
  id: string;
  title: string;
  description: string;
}

function chartRoot({ width, height, id, title, description }: ChartFrame, palette: ChartPalette, content: SvgNode[]): SvgNode {
  const [titleId, descId] = [`${id}-title`, `${id}-desc`];
  return svgNode(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      'font-family': chartFont,
    },
    [
      svgNode('title', { id: titleId }, [title]),
      svgNode('desc', { id: descId }, [description]),
      svgNode('rect', {
        x: 0.5,
        y: 0.5,
        width: width - 1,
        height: height - 1,
        rx: cardRadius,
        fill: palette.card,
        stroke: palette.cardEdge,
      }),
      ...content,
    ],
  );
}

const markedName = (name: string, highlighted: boolean | undefined): string => (highlighted ? `${highlightMark} ${name}` : name);

/** Horizontal low-to-high bars for every level with a published cost range, the IOP marked. */
export function costRangeChart(levels: readonly ChartLevel[], scheme: ColourScheme = 'light'): ChartImage {
  const palette = chartPalettes[scheme];
  const priced = levels.filter((level) => level.cost !== null);
  if (priced.length === 0) throw new Error('The cost chart needs at least one level with a cost range');
  const width = 360;
  const top = 12;
  const plotLeft = 20;
  const plotWidth = width - 45;
  const rowHeight = 56;
  const { bars, ticks } = rangeBars(
    priced.map((level) => ({ label: level.name, low: level.cost!.low, high: level.cost!.high, highlighted: level.id === 'iop' })),
    { plotLeft, plotWidth, rowHeight, top, tickStep: 200 },
  );
  const axisY = top + priced.length * rowHeight + 4;
  const height = axisY + 30;
  const rows = bars.map((bar, index) =>
    svgNode('g', { 'data-level': bar.label }, [
      svgNode('text', { x: plotLeft, y: bar.y + 16, fill: palette.text, 'font-size': 13, 'font-weight': 700 }, [
        markedName(bar.label, bar.highlighted),
      ]),
      svgNode('rect', {
        x: bar.x,
        y: bar.y + 22,
        width: bar.width,
        height: 14,
        rx: 3,
        fill: bar.highlighted ? palette.barHighlight : palette.bar,
      }),
      svgNode('text', { x: plotLeft, y: bar.y + 50, fill: palette.text, 'font-size': 13, 'data-cost': '' }, [costLabel(priced[index]!)]),
    ]),
  );
  const axis = svgNode('line', { x1: plotLeft, x2: plotLeft + plotWidth, y1: axisY, y2: axisY, stroke: palette.axis });
  const tickLabels = ticks.map((tick) =>
    svgNode('text', { x: tick.x, y: axisY + 18, 'text-anchor': 'middle', fill: palette.textMuted, 'font-size': 12 }, [formatDollars(tick.value)]),
  );
  return {
    file: chartFile('cost-ranges', scheme),
    width,
    height,
    tree: chartRoot(
      {
        width,
        height,
        id: 'cost',
        title: 'Estimated cost ranges by level of care',
        description: priced.map((level) => `${level.name}: ${costLabel(level)}.`).join(' '),
      },
      palette,
      [...rows, axis, ...tickLabels],
    ),
  };
}

/** A staircase from the most intensive level (widest, at the top) to the least, each with its adult hours. */
export function levelsStaircase(levels: readonly ChartLevel[], scheme: ColourScheme = 'light'): ChartImage {
  const palette = chartPalettes[scheme];
  if (levels.length === 0) throw new Error('The levels diagram needs at least one level');
  const width = 360;
  const inset = 12;
  const rowHeight = 58;
  const steps = staircase(
    levels.map((level) => ({ label: level.name, detail: hoursLabel(level), highlighted: level.id === 'iop' })),
    { width: width - 2 * inset, minWidth: 286, rowHeight },
  );
  const height = 2 * inset + steps.length * rowHeight;
  const drawn = steps.map((step) => {
    const y = inset + step.y;
    return svgNode('g', { 'data-level': step.label }, [
      svgNode('rect', {
        x: inset,
        y: y + 3,
        width: step.width,
        height: rowHeight - 6,
        rx: 6,
        fill: palette.step,
        stroke: step.highlighted ? palette.stepHighlight : palette.stepEdge,
        'stroke-width': step.highlighted ? 3 : 1,
      }),
      svgNode('text', { x: inset + 10, y: y + 24, fill: palette.text, 'font-size': 13, 'font-weight': 700 }, [markedName(step.label, step.highlighted)]),
      svgNode('text', { x: inset + 10, y: y + 44, fill: palette.text, 'font-size': 13, 'data-hours': '' }, [step.detail]),
    ]);
  });
  return {
    file: chartFile('levels-of-care', scheme),
    width,
    height,
    tree: chartRoot(
      {
        width,
        height,
        id: 'levels',
        title: 'Levels of care, from most to least intensive',
        description: `${steps.map((step) => `${step.label}: ${step.detail}.`).join(' ')} The intensive outpatient program is marked ${highlightMark}.`,
      },
      palette,
      drawn,
    ),
  };
}

/** The file's contents, as the endpoint serves it. */
export function chartSvg(chart: ChartImage): string {
  return `${serializeSvg(chart.tree)}\n`;
}

/**
 * The address for <img src>, under the site's base path. The query changes whenever the drawing does, so a
 * browser or CDN holding an old copy can never show a chart that disagrees with the table in the fresh HTML.
 */
export function chartSrc(chart: ChartImage, base: string): string {
  const version = createHash('sha256').update(chartSvg(chart)).digest('hex').slice(0, 10);
  return `${withBase(`/${chart.file}`, base)}?v=${version}`;
}
