import decodeQR from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { QR_QUIET_ZONE, qrCodeSvg, qrLabel, qrModules, qrPath } from '../../src/lib/qr-code.ts';

/** Draws an SVG made by qrCodeSvg as RGBA pixels, reading only its path, the way a printer would put ink down. */
function rasterize(svg: string, scale = 4): { width: number; height: number; data: Uint8ClampedArray } {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const d = /<path stroke="#000" d="([^"]+)"/.exec(svg)![1]!;
  const dark = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b)];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      // A stroke one module high, centred on y: it covers the row y - 0.5.
      for (let column = x; column < x + Number(a); column += 1) dark[y - 0.5]![column] = true;
      x += Number(a);
    }
  }
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let py = 0; py < width; py += 1) {
    for (let px = 0; px < width; px += 1) {
      if (!dark[Math.floor(py / scale)]![Math.floor(px / scale)]) continue;
      data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  return { width, height: width, data };
}

describe('QR codes', () => {
  const address = 'https://iop-guide.example.org/opioids-and-overdose/';

  it('draws a code that a QR reader decodes back to the address', () => {
    expect(decodeQR(rasterize(qrCodeSvg(address)))).toBe(address);
  });

  it('decodes with a base path and an address near the longest a topic gives', () => {
    const long = 'https://clinic-network.example.org/guides/iop/work-school-and-privacy/';
    expect(decodeQR(rasterize(qrCodeSvg(long)))).toBe(long);
  });

  it('draws each run of dark modules as one stroke', () => {
    expect(qrPath([[true, true, false, true], [false, false, false, false], [false, true, true, true]])).toBe('M0 0.5h2m1 0h1M1 2.5h3');
    expect(qrPath([[false, false]])).toBe('');
  });

  it('keeps the quiet zone the standard asks for around the code', () => {
    const modules = qrModules(address);
    const svg = qrCodeSvg(address);
    expect(svg).toContain(`viewBox="0 0 ${modules.length} ${modules.length}"`);
    expect(QR_QUIET_ZONE).toBeGreaterThanOrEqual(4);
    for (const row of [...modules.slice(0, QR_QUIET_ZONE), ...modules.slice(-QR_QUIET_ZONE)]) expect(row.some(Boolean)).toBe(false);
    for (const row of modules) expect([...row.slice(0, QR_QUIET_ZONE), ...row.slice(-QR_QUIET_ZONE)].some(Boolean)).toBe(false);
    // The first dark module (the finder pattern's corner) starts after the quiet zone.
    expect(svg).toContain(`d="M${QR_QUIET_ZONE} ${QR_QUIET_ZONE + 0.5}h7`);
  });

  it('is an image with a name that says what it is and where it leads, and escapes the address', () => {
    const svg = qrCodeSvg('https://example.org/?a=1&b="2"');
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-label="QR code for https://example.org/?a=1&amp;b=&quot;2&quot;"');
    expect(qrLabel(address)).toBe(`QR code for ${address}`);
    expect(svg).not.toMatch(/style=|<script/);
  });

  it('is named in Spanish on a Spanish page', () => {
    expect(qrCodeSvg('https://example.org/es/costos/', 'qr-code', 'es')).toContain('aria-label="Código QR de https://example.org/es/costos/"');
    expect(qrLabel(address, 'es')).toBe(`Código QR de ${address}`);
  });

  it('refuses an empty text', () => {
    expect(() => qrModules('')).toThrow(/needs a text/);
  });
});
