import { describe, expect, it } from 'vitest';
import { levels } from '../../src/data/levels.ts';
import {
  chartBackgrounds,
  chartColours,
  chartFont,
  chartGraphicColours,
  chartPalette,
  chartPalettes,
  chartSrc,
  chartSvg,
  chartTextColours,
  costRangeChart,
  estimatedTextWidth,
  highlightMark,
  levelsStaircase,
  type ChartImage,
  type ColourScheme,
} from '../../src/lib/charts.ts';
import { contrastRatio } from '../../src/lib/contrast.ts';
import { costLabel, hoursLabel } from '../../src/lib/level-labels.ts';
import { svgElements, svgText, type SvgNode } from '../../src/lib/svg.ts';

const costChart = costRangeChart(levels);
const staircase = levelsStaircase(levels);
const charts: [string, ChartImage, ColourScheme][] = [
  ['cost chart', costChart, 'light'],
  ['levels staircase', staircase, 'light'],
  ['dark cost chart', costRangeChart(levels, 'dark'), 'dark'],
  ['dark levels staircase', levelsStaircase(levels, 'dark'), 'dark'],
];

const groups = (chart: ChartImage): SvgNode[] => svgElements(chart.tree).filter((node) => node.name === 'g');
const child = (node: SvgNode, name: string): SvgNode => node.children.find((c): c is SvgNode => typeof c !== 'string' && c.name === name)!;
const texts = (node: SvgNode): SvgNode[] => svgElements(node).filter((n) => n.name === 'text');
const num = (node: SvgNode, name: string): number => Number(node.attributes[name]);

describe('chart images', () => {
  for (const [name, chart, scheme] of charts) {
    const palette = chartPalettes[scheme];
    it(`the ${name} is a self-contained SVG whose viewBox matches its size`, () => {
      const root = chart.tree.attributes;
      expect(root.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(root.viewBox).toBe(`0 0 ${chart.width} ${chart.height}`);
      expect([root.width, root.height]).toEqual([chart.width, chart.height]);
      expect(root['font-family']).toBe(chartFont);
      // Shapes and text only: no <style> or <script> (the CSP would block them), no <image> or <use> to fetch.
      for (const node of svgElements(chart.tree)) expect(['svg', 'title', 'desc', 'g', 'rect', 'line', 'text']).toContain(node.name);
      const svg = chartSvg(chart);
      expect(svg).not.toMatch(/\bstyle=|\bclass=|\bhref=|\bon[a-z]+=/);
    });

    it(`the ${name} draws on a rounded card of its scheme, in that scheme's colours only`, () => {
      const card = svgElements(chart.tree).find((node) => node.name === 'rect')!;
      expect(card.attributes).toMatchObject({ fill: palette.card, rx: 8 });
      expect(num(card, 'width')).toBeGreaterThanOrEqual(chart.width - 1);
      expect(num(card, 'height')).toBeGreaterThanOrEqual(chart.height - 1);
      const colours = new Set<string>(Object.values(palette));
      for (const node of svgElements(chart.tree)) {
        for (const attribute of ['fill', 'stroke'] as const) {
          const colour = node.attributes[attribute];
          if (colour !== undefined) expect(colours, `${node.name} ${attribute}`).toContain(colour);
        }
        if (node.name === 'text') expect(chartColours(palette).text as readonly string[]).toContain(node.attributes.fill);
      }
    });

    it(`every label of the ${name} fits inside the card, even in a wide font`, () => {
      for (const text of texts(chart.tree)) {
        const width = estimatedTextWidth(svgText(text), num(text, 'font-size'));
        const left = text.attributes['text-anchor'] === 'middle' ? num(text, 'x') - width / 2 : num(text, 'x');
        expect(left, svgText(text)).toBeGreaterThanOrEqual(8);
        expect(left + width, svgText(text)).toBeLessThanOrEqual(chart.width - 8);
      }
    });
  }

  it('the dark charts are files of their own, so a page can offer both', () => {
    expect(costRangeChart(levels, 'dark').file).toBe('figures/cost-ranges-dark.svg');
    expect(levelsStaircase(levels, 'dark').file).toBe('figures/levels-of-care-dark.svg');
    expect(chartSvg(costRangeChart(levels, 'dark'))).not.toBe(chartSvg(costChart));
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: text has at least 4.5:1 and bars and lines 3:1 contrast against every chart background`, () => {
      const { backgrounds, text, graphics } = chartColours(chartPalettes[scheme]);
      for (const background of backgrounds) {
        for (const colour of text) expect(contrastRatio(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(4.5);
        for (const colour of graphics) expect(contrastRatio(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('text has at least 4.5:1 and bars and lines 3:1 contrast against every chart background', () => {
    for (const background of chartBackgrounds) {
      for (const colour of chartTextColours) expect(contrastRatio(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(4.5);
      for (const colour of chartGraphicColours) expect(contrastRatio(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('the cost chart has one bar per priced level, in order, labelled with its range, and marks only the IOP', () => {
    const priced = levels.filter((level) => level.cost);
    const bars = groups(costChart);
    expect(bars.map((bar) => bar.attributes['data-level'])).toEqual(priced.map((level) => level.name));
    bars.forEach((bar, index) => {
      const level = priced[index]!;
      const [label, value] = texts(bar);
      expect(svgText(value!)).toBe(costLabel(level));
      expect(value!.attributes['data-cost']).toBe('');
      const highlighted = level.id === 'iop';
      expect(svgText(label!)).toBe(highlighted ? `${highlightMark} ${level.name}` : level.name);
      expect(child(bar, 'rect').attributes.fill).toBe(highlighted ? chartPalette.barHighlight : chartPalette.bar);
    });
  });

  it('the cost chart draws each bar from the low to the high estimate on one scale', () => {
    const priced = levels.filter((level) => level.cost);
    const ticks = texts(costChart.tree).filter((text) => text.attributes['text-anchor'] === 'middle');
    const x0 = num(ticks[0]!, 'x');
    expect(svgText(ticks[0]!)).toBe('$0');
    const dollarsPerPixel = Number(svgText(ticks.at(-1)!).replace(/\D/g, '')) / (num(ticks.at(-1)!, 'x') - x0);
    groups(costChart).forEach((bar, index) => {
      const rect = child(bar, 'rect');
      const { low, high } = priced[index]!.cost!;
      expect((num(rect, 'x') - x0) * dollarsPerPixel).toBeCloseTo(low, -1);
      expect((num(rect, 'x') + num(rect, 'width') - x0) * dollarsPerPixel).toBeCloseTo(high, -1);
    });
  });

  it('the staircase has one step per level, each narrower than the one above, and marks only the IOP', () => {
    const steps = groups(staircase);
    expect(steps.map((step) => step.attributes['data-level'])).toEqual(levels.map((level) => level.name));
    const widths = steps.map((step) => num(child(step, 'rect'), 'width'));
    widths.slice(1).forEach((width, index) => expect(width).toBeLessThan(widths[index]!));
    steps.forEach((step, index) => {
      const level = levels[index]!;
      const [label, detail] = texts(step);
      expect(svgText(detail!)).toBe(hoursLabel(level));
      const highlighted = level.id === 'iop';
      expect(svgText(label!)).toBe(highlighted ? `${highlightMark} ${level.name}` : level.name);
      expect(child(step, 'rect').attributes.stroke).toBe(highlighted ? chartPalette.stepHighlight : chartPalette.stepEdge);
    });
  });

  it('every step label fits inside its own step', () => {
    for (const step of groups(staircase)) {
      const rect = child(step, 'rect');
      for (const text of texts(step)) {
        expect(num(text, 'x') + estimatedTextWidth(svgText(text), num(text, 'font-size')), svgText(text)).toBeLessThanOrEqual(
          num(rect, 'x') + num(rect, 'width') - 4,
        );
      }
    }
  });

  it('refuses to draw a chart with nothing in it', () => {
    expect(() => costRangeChart(levels.filter((level) => !level.cost))).toThrow(/at least one level/);
    expect(() => levelsStaircase([])).toThrow(/at least one level/);
  });
});

describe('chartSrc', () => {
  it('puts the file under the base path, with a version that follows the drawing', () => {
    expect(chartSrc(costChart, '/')).toMatch(/^\/figures\/cost-ranges\.svg\?v=[0-9a-f]{10}$/);
    expect(chartSrc(costChart, '/guide/')).toMatch(/^\/guide\/figures\/cost-ranges\.svg\?v=[0-9a-f]{10}$/);
    expect(chartSrc(costRangeChart(levels), '/')).toBe(chartSrc(costChart, '/'));
    const cheaper = levels.map((level) => (level.id === 'iop' ? { ...level, cost: { ...level.cost!, low: 150 } } : level));
    expect(chartSrc(costRangeChart(cheaper), '/')).not.toBe(chartSrc(costChart, '/'));
  });
});
