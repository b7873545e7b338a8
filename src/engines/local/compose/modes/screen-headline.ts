// A screen's quoted headline in the band above the screen (docs/local-engine-modes.md, "Screens"):
// one or two bold lines centred in the band, never over the device.
import { fmt, type Canvas } from '../../paint/canvas.js';
import type { Rect } from '../../paint/stage.js';
import { escapeXml, fitText } from '../../paint/signs.js';

/** The headline centred in `band`; bold type is about a tenth wider than fitText measures. */
export function headlineAbove(c: Canvas, band: Rect, text: string, light: boolean): void {
  const { lines, size } = fitText(text, (band.w * 0.95) / 1.1, band.h * 0.9, 2);
  const lineH = size * 1.15;
  const y0 = band.y + (band.h - lineH * lines.length) / 2;
  const ink = c.paint(light ? '#141a2a' : '#ffffff', 'fg');
  const cx = band.x + band.w / 2;
  const tspans = lines.map((l, i) => `<tspan x="${fmt(cx)}" y="${fmt(y0 + lineH * i + size * 0.88)}">${escapeXml(l)}</tspan>`).join('');
  c.add(`<text font-family="DejaVu Sans" font-weight="bold" font-size="${fmt(size)}" text-anchor="middle" fill="${ink}">${tspans}</text>`);
}
