import encodeQR from 'qr';
import { escapeXml } from './escape.ts';

/**
 * QR codes for the printed handouts and printed topic pages, made at build time: the SVG goes into the HTML, so a
 * printout needs no network and no script, and no reader's address is sent to a QR service.
 *
 * The modules come from `qr` (paulmillr/qr, zero dependencies). The SVG is drawn here rather than with the library's
 * own 'svg' output so that it is small (one path of horizontal strokes with relative moves: about 1 kB gzipped per
 * page) and carries its accessible name.
 */

/** The quiet zone, in modules, that the QR standard asks for around the code; less makes some phone cameras fail. */
export const QR_QUIET_ZONE = 4;

/** The accessible name of a code, in the page's language: screen readers say what it is and where it leads. */
export function qrLabel(address: string, lang: 'en' | 'es' = 'en'): string {
  return lang === 'es' ? `Código QR de ${address}` : `QR code for ${address}`;
}

/**
 * The modules of the code for `text`, row by row, true for dark, quiet zone included. Medium error correction
 * survives a smudge or a fold in the paper.
 */
export function qrModules(text: string): boolean[][] {
  if (!text) throw new Error('A QR code needs a text to encode');
  return encodeQR(text, 'raw', { ecc: 'medium', border: QR_QUIET_ZONE });
}

/**
 * The path of a module matrix: one stroke one module high per run of dark modules, each row started with an absolute
 * move and its runs reached with relative ones ("M4 4.5h7m1 0h3").
 */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    /** Where the pen is on this row, or null before the row's first run. */
    let pen: number | null = null;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(pen === null ? `M${start} ${y + 0.5}h${x - start}` : `m${start - pen} 0h${x - start}`);
      pen = x;
    }
  });
  return parts.join('');
}

/**
 * An inline SVG of the QR code for `address`, named for screen readers (role="img" and aria-label). Black on a white
 * square whatever the colour scheme, because phone cameras read dark modules on a light ground best. Its size is set
 * in CSS by the class.
 */
export function qrCodeSvg(address: string, className = 'qr-code', lang: 'en' | 'es' = 'en'): string {
  const modules = qrModules(address);
  const size = modules.length;
  const label = escapeXml(qrLabel(address, lang));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${escapeXml(className)}" viewBox="0 0 ${size} ${size}" role="img" aria-label="${label}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path stroke="#000" d="${qrPath(modules)}"/>` +
    `</svg>`
  );
}
