// Dashboard cards and their charts. Every chart rises: a line climbing left to right, bars that
// grow, a sparkline ending high, because "growth" is what these pictures are asked to show.
import { fmt, type Canvas } from '../canvas.js';
import { mixHex } from '../color.js';
import type { Rng } from '../prng.js';
import type { Rect } from '../stage.js';
import { escapeXml } from '../signs.js';

/** A line of a screen's text in its one typeface, bold unless told, its colour graded like the rest. */
export function screenText(c: Canvas, s: string, x: number, y: number, size: number, color: string, anchor = 'start', bold = true): void {
  c.add(`<text font-family="DejaVu Sans"${bold ? ' font-weight="bold"' : ''} font-size="${fmt(size)}" text-anchor="${anchor}" x="${fmt(x)}" y="${fmt(y)}" fill="${c.paint(color, 'fg')}">${escapeXml(s)}</text>`);
}

export function drawCard(c: Canvas, r: Rect, dark = false): void {
  const rx = Math.min(r.w, r.h) * 0.08;
  c.rect(r.x + r.w * 0.01, r.y + r.h * 0.03, r.w, r.h, '#0a1020', { rx, opacity: 0.12, bare: true, layer: 'fg' });
  c.rect(r.x, r.y, r.w, r.h, dark ? '#1c2233' : '#ffffff', { rx, layer: 'fg' });
}

/** Values from low to high with a little wobble, n of them, in 0..1. */
function rising(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.min(1, Math.max(0.05, 0.12 + (0.8 * i) / (n - 1) + (i > 0 && i < n - 1 ? rng.range(-0.1, 0.06) : 0))));
}

export function drawLineChart(c: Canvas, r: Rect, accent: string, rng: Rng): void {
  const v = rising(rng, 7);
  const px = (i: number) => r.x + (r.w * i) / (v.length - 1);
  const py = (y: number) => r.y + r.h * (1 - y);
  const line = v.map((y, i) => `${i ? 'L' : 'M'}${fmt(px(i))} ${fmt(py(y))}`).join('');
  for (let g = 1; g <= 3; g++) c.rect(r.x, r.y + (r.h * g) / 4, r.w, Math.max(1, c.u * 0.08), '#d9dee7', { layer: 'fg', bare: true });
  c.path(`${line}L${fmt(r.x + r.w)} ${fmt(r.y + r.h)}L${fmt(r.x)} ${fmt(r.y + r.h)}Z`, c.linear([[0, accent, 0.35], [1, accent, 0.02]]), { layer: 'fg', bare: true });
  c.line(line, accent, Math.max(1.5, Math.min(r.w, r.h) * 0.035), { layer: 'fg' });
  c.circle(px(v.length - 1), py(v.at(-1)!), Math.min(r.w, r.h) * 0.05, accent, { layer: 'fg' });
}

export function drawBarChart(c: Canvas, r: Rect, accent: string, rng: Rng): void {
  const v = rising(rng, 6);
  const step = r.w / v.length;
  v.forEach((y, i) => {
    const h = r.h * y;
    c.rect(r.x + step * i + step * 0.18, r.y + r.h - h, step * 0.64, h, i === v.length - 1 ? accent : mixHex(accent, '#ffffff', 0.45), { rx: step * 0.1, layer: 'fg', bare: true });
  });
}

export function drawDonut(c: Canvas, cx: number, cy: number, radius: number, accent: string): void {
  const w = radius * 0.32;
  c.circle(cx, cy, radius, 'none', { layer: 'fg', bare: true, extra: `stroke="${c.paint('#e3e7ee', 'fg')}" stroke-width="${fmt(w)}"` });
  const a = Math.PI * 2 * 0.68;
  const x = cx + radius * Math.sin(a), y = cy - radius * Math.cos(a);
  c.path(`M${fmt(cx)} ${fmt(cy - radius)}A${fmt(radius)} ${fmt(radius)} 0 1 1 ${fmt(x)} ${fmt(y)}`, 'none', { layer: 'fg', bare: true, extra: `stroke="${c.paint(accent, 'fg')}" stroke-width="${fmt(w)}" stroke-linecap="round"` });
}

/** Placeholder lines of text: grey bars. */
export function textBars(c: Canvas, x: number, y: number, w: number, lineH: number, lines: number[], color = '#c9d0db'): void {
  lines.forEach((f, i) => c.rect(x, y + i * lineH * 1.9, w * f, lineH, color, { rx: lineH / 2, layer: 'fg', bare: true }));
}

/** A KPI card: a label, a big figure bar, and a sparkline ending high. */
export function drawKpiCard(c: Canvas, r: Rect, accent: string, rng: Rng, dark = false): void {
  drawCard(c, r, dark);
  const pad = Math.min(r.w, r.h) * 0.14;
  textBars(c, r.x + pad, r.y + pad, r.w * 0.5, r.h * 0.08, [0.6]);
  c.rect(r.x + pad, r.y + r.h * 0.38, r.w * 0.36, r.h * 0.17, dark ? '#e8ecf3' : '#2a3142', { rx: r.h * 0.05, layer: 'fg', bare: true });
  drawLineChart(c, { x: r.x + r.w * 0.52, y: r.y + r.h * 0.36, w: r.w * 0.38, h: r.h * 0.42 }, accent, rng);
}
