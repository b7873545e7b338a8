// The comic style: bold flat colour in a few tones, black ink outlines on every shape, halftone
// dots over the page, a white gutter round a black panel border, and an action burst behind the
// main subject.
import { fmt, type Canvas } from '../canvas.js';
import { hslToRgb, rgbToHsl, type Rgb } from '../color.js';
import type { Rect } from '../stage.js';

export const INK = '#141110';

/** Saturated colour in three or four tones (cel shading). */
export function comicGrade(c: Rgb): Rgb {
  const [h, s, l] = rgbToHsl(c);
  const tone = Math.min(0.94, Math.max(0.1, Math.round(l * 5) / 5));
  return hslToRgb(h, Math.min(1, s * 1.35 + (s > 0.08 ? 0.1 : 0)), tone * 0.7 + l * 0.3);
}

export function comicEdge(width: number): string {
  return ` stroke="${INK}" stroke-width="${width.toFixed(1)}" stroke-linejoin="round"`;
}

/** Halftone dots over the whole picture, then the panel's border and gutter. */
export function comicFinish(c: Canvas): void {
  const { width: W, height: H } = c;
  const m = Math.min(W, H);
  const step = Math.max(3, m * 0.012);
  const id = c.id('ht');
  c.def(`<pattern id="${id}" width="${fmt(step)}" height="${fmt(step)}" patternUnits="userSpaceOnUse"><circle cx="${fmt(step / 2)}" cy="${fmt(step / 2)}" r="${fmt(step * 0.26)}" fill="${INK}"/><circle cx="0" cy="0" r="${fmt(step * 0.14)}" fill="${INK}"/></pattern>`);
  c.add(`<rect x="0" y="0" width="${W}" height="${H}" fill="url(#${id})" fill-opacity=".2"/>`);
  const gutter = m * 0.025, line = m * 0.012;
  c.path(`M0 0H${fmt(W)}V${fmt(H)}H0Z M${fmt(gutter)} ${fmt(gutter)}V${fmt(H - gutter)}H${fmt(W - gutter)}V${fmt(gutter)}Z`, '#ffffff', { bare: true, layer: 'fg', extra: 'fill-rule="evenodd"' });
  c.rect(gutter, gutter, W - gutter * 2, H - gutter * 2, 'none', { bare: true, extra: `stroke="${INK}" stroke-width="${fmt(line)}"` });
}

/** A jagged yellow burst behind the main subject. */
export function actionBurst(c: Canvas, r: Rect): void {
  const cx = r.x + r.w / 2, cy = r.y + r.h * 0.45;
  const outer = Math.max(r.w, r.h) * 0.72, inner = outer * 0.72, n = 14;
  const pts: number[] = [];
  for (let i = 0; i < n * 2; i++) {
    const a = (Math.PI * i) / n, rad = i % 2 ? inner : outer * (i % 4 === 0 ? 1 : 0.9);
    pts.push(cx + rad * Math.cos(a), cy + rad * Math.sin(a) * 0.85);
  }
  c.polygon(pts, '#ffd83a', { layer: 'fg' });
}
