// An app icon's parts (docs/local-engine-modes.md, "App icons"): the rounded-square tile (a
// superellipse, as launcher icons are cut), its soft drop shadow, its diagonal gradient in the
// prompt's exact hex colours, and the vector glyphs drawn on it: a rising chart line, a smiling
// face, a star.
import { fmt, type Canvas } from '../canvas.js';
import { mixHex, shade } from '../color.js';
import type { Rect } from '../stage.js';

/** The squircle's outline in the box: |x|^5 + |y|^5 = 1, sampled round. */
export function squirclePath(r: Rect): string {
  const n = 5, steps = 96;
  const cx = r.x + r.w / 2, cy = r.y + r.h / 2;
  let d = '';
  for (let i = 0; i < steps; i++) {
    const a = (i / steps) * Math.PI * 2;
    const cos = Math.cos(a), sin = Math.sin(a);
    const x = cx + (r.w / 2) * Math.sign(cos) * Math.abs(cos) ** (2 / n);
    const y = cy + (r.h / 2) * Math.sign(sin) * Math.abs(sin) ** (2 / n);
    d += `${i ? 'L' : 'M'}${fmt(x)} ${fmt(y)}`;
  }
  return `${d}Z`;
}

/**
 * The tile: a soft shadow under it (stacked, each wider and fainter), then the squircle filled
 * with a diagonal gradient from `from` (top left) to `to` (bottom right). The prompt's hex colours
 * are the design's own, so they are written as given, not graded.
 */
export function drawTile(c: Canvas, r: Rect, from: string, to: string): void {
  for (let i = 5; i >= 1; i--) {
    const grow = r.w * 0.012 * i;
    c.add(`<path d="${squirclePath({ x: r.x - grow, y: r.y - grow + r.h * 0.035, w: r.w + grow * 2, h: r.h + grow * 2 })}" fill="#0b1020" fill-opacity="${(0.05).toFixed(2)}"/>`);
  }
  const id = c.id('tile');
  c.def(`<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>`);
  c.add(`<path d="${squirclePath(r)}" fill="url(#${id})"/>`);
  // A faint sheen over the top half, as on a glossy tile.
  c.add(`<path d="${squirclePath({ x: r.x + r.w * 0.02, y: r.y + r.h * 0.01, w: r.w * 0.96, h: r.h * 0.5 })}" fill="#ffffff" fill-opacity="0.06"/>`);
}

/**
 * A rising stock chart on the tile: faint grid lines, two or three candlesticks, the line itself
 * with a glow, and an area under it fading to nothing.
 */
export function drawChartGlyph(c: Canvas, r: Rect, ink: string, opts: { candles: boolean; grid: boolean; glow: boolean }): void {
  const u = r.w;
  const px = (f: number) => r.x + r.w * f, py = (f: number) => r.y + r.h * f;
  if (opts.grid) {
    for (const f of [0.3, 0.5, 0.7]) c.add(`<path d="M${fmt(px(0.06))} ${fmt(py(f))}H${fmt(px(0.94))}" stroke="${ink}" stroke-opacity="0.14" stroke-width="${fmt(u * 0.008)}"/>`);
  }
  if (opts.candles) {
    [[0.3, 0.62, 0.16], [0.5, 0.5, 0.2], [0.7, 0.4, 0.14]].forEach(([x, y, h], i) => {
      const col = i === 1 ? '#ff453a' : ink;
      c.add(`<path d="M${fmt(px(x!))} ${fmt(py(y! - h! * 0.45))}V${fmt(py(y! + h! * 1.3))}" stroke="${col}" stroke-opacity="0.55" stroke-width="${fmt(u * 0.012)}"/>`);
      c.add(`<rect x="${fmt(px(x! - 0.03))}" y="${fmt(py(y!))}" width="${fmt(u * 0.06)}" height="${fmt(r.h * h!)}" rx="${fmt(u * 0.008)}" fill="${col}" fill-opacity="0.55"/>`);
    });
  }
  const pts: [number, number][] = [[0.06, 0.8], [0.26, 0.62], [0.42, 0.68], [0.6, 0.42], [0.74, 0.48], [0.94, 0.16]];
  const line = pts.map(([x, y], i) => `${i ? 'L' : 'M'}${fmt(px(x))} ${fmt(py(y))}`).join('');
  const area = c.id('area');
  c.def(`<linearGradient id="${area}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${ink}" stop-opacity="0.45"/><stop offset="1" stop-color="${ink}" stop-opacity="0"/></linearGradient>`);
  c.add(`<path d="${line}L${fmt(px(0.94))} ${fmt(py(0.96))}L${fmt(px(0.06))} ${fmt(py(0.96))}Z" fill="url(#${area})"/>`);
  if (opts.glow) c.add(`<path d="${line}" fill="none" stroke="${ink}" stroke-opacity="0.25" stroke-width="${fmt(u * 0.1)}" stroke-linecap="round" stroke-linejoin="round"/>`);
  c.add(`<path d="${line}" fill="none" stroke="${ink}" stroke-width="${fmt(u * 0.045)}" stroke-linecap="round" stroke-linejoin="round"/>`);
  c.add(`<circle cx="${fmt(px(0.94))}" cy="${fmt(py(0.16))}" r="${fmt(u * 0.045)}" fill="${ink}"/>`);
}

/** A smiling face: a round face with a darker rim, smiling closed eyes, rosy cheeks and a smile. */
export function drawSmileyGlyph(c: Canvas, cx: number, cy: number, radius: number, face: string): void {
  const rim = shade(face, -0.3), features = mixHex(face, '#3a2206', 0.85);
  c.add(`<circle cx="${fmt(cx)}" cy="${fmt(cy + radius * 0.06)}" r="${fmt(radius)}" fill="#000000" fill-opacity="0.12"/>`);
  c.add(`<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="${fmt(radius)}" fill="${face}" stroke="${rim}" stroke-width="${fmt(radius * 0.05)}"/>`);
  const w = radius * 0.085;
  for (const s of [-1, 1]) {
    const ex = cx + s * radius * 0.36, ey = cy - radius * 0.18;
    c.add(`<path d="M${fmt(ex - radius * 0.17)} ${fmt(ey + radius * 0.05)}Q${fmt(ex)} ${fmt(ey - radius * 0.17)} ${fmt(ex + radius * 0.17)} ${fmt(ey + radius * 0.05)}" fill="none" stroke="${features}" stroke-width="${fmt(w)}" stroke-linecap="round"/>`);
    c.add(`<ellipse cx="${fmt(cx + s * radius * 0.55)}" cy="${fmt(cy + radius * 0.18)}" rx="${fmt(radius * 0.15)}" ry="${fmt(radius * 0.09)}" fill="#ff6b6b" fill-opacity="0.45"/>`);
  }
  c.add(`<path d="M${fmt(cx - radius * 0.42)} ${fmt(cy + radius * 0.2)}Q${fmt(cx)} ${fmt(cy + radius * 0.72)} ${fmt(cx + radius * 0.42)} ${fmt(cy + radius * 0.2)}" fill="none" stroke="${features}" stroke-width="${fmt(w)}" stroke-linecap="round"/>`);
}

/** A five-pointed star: the glyph when the prompt names nothing to put on the tile. */
export function drawStarGlyph(c: Canvas, cx: number, cy: number, radius: number, ink: string): void {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5, rr = i % 2 ? radius * 0.45 : radius;
    pts.push(`${fmt(cx + rr * Math.cos(a))},${fmt(cy + rr * Math.sin(a))}`);
  }
  c.add(`<polygon points="${pts.join(' ')}" fill="${ink}" stroke="${ink}" stroke-width="${fmt(radius * 0.12)}" stroke-linejoin="round"/>`);
}
