import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../src/lib/contrast.ts';
import { escapeXml } from '../../src/lib/escape.ts';
import { serializeSvg, svgElements, svgNode, svgText } from '../../src/lib/svg.ts';

describe('SVG tree', () => {
  it('writes elements with their attributes and escapes text and attribute values', () => {
    const tree = svgNode('g', { 'data-level': 'A & "B"', x: 1 / 3, hidden: undefined }, [svgNode('text', { y: 0.1 + 0.2 }, ['<IOP> & PHP'])]);
    expect(serializeSvg(tree)).toBe('<g data-level="A &amp; &quot;B&quot;" x="0.33"><text y="0.3">&lt;IOP&gt; &amp; PHP</text></g>');
    expect(serializeSvg(svgNode('rect', { width: 10 }))).toBe('<rect width="10"/>');
    expect(escapeXml(`'a' < b`)).toBe(`'a' &lt; b`);
  });

  it('refuses names that would break the markup', () => {
    expect(() => serializeSvg(svgNode('g onload', {}))).toThrow(/element name/);
    expect(() => serializeSvg(svgNode('g', { 'x"y': 1 }))).toThrow(/attribute name/);
  });

  it('walks every element and reads the text inside', () => {
    const tree = svgNode('svg', {}, [svgNode('g', {}, ['a', svgNode('text', {}, ['b'])]), 'c']);
    expect(svgElements(tree).map((node) => node.name)).toEqual(['svg', 'g', 'text']);
    expect(svgText(tree)).toBe('abc');
  });
});

describe('contrast ratio (WCAG)', () => {
  it('matches the known values', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBe(1);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#ffffff', '#777777')).toBeLessThan(4.5);
  });

  it('refuses colours it cannot read', () => {
    expect(() => relativeLuminance('#fff')).toThrow(/Expected a colour/);
    expect(() => relativeLuminance('red')).toThrow(/Expected a colour/);
  });
});
