// What a screen shows: a landing page (navigation, headline, call-to-action, picture), a
// dashboard (sidebar, KPI cards, a rising line chart, bars, a donut) or a shop (product cards).
import { fmt, type Canvas } from '../canvas.js';
import { escapeXml, fitText } from '../signs.js';
import { mixHex } from '../color.js';
import type { Rng } from '../prng.js';
import type { Rect } from '../stage.js';
import { drawBarChart, drawCard, drawDonut, drawKpiCard, drawLineChart, textBars } from './charts.js';
import { drawCtaButton } from './symbols.js';
import { drawSceneThumb } from './screen-pictures.js';

export type PageKind = 'landing' | 'dashboard' | 'store' | 'board' | 'blog';

/** What each page shows, as `text` names it. */
export const PAGE_PARTS: Record<PageKind, string> = {
  landing: 'a landing page with a headline and a call-to-action button',
  dashboard: 'a dashboard with KPI cards, a rising line chart, a bar chart and a donut chart',
  store: 'a shop page with product cards',
  board: 'a task board with columns of task cards',
  blog: 'a blog page with a featured article and a row of article cards, each with a picture and its headline',
};

/** A landing page's headline: the quoted title in its place (docs/local-engine-modes.md, "Screens"), else placeholder bars. */
/** `art` draws the things the prompt names in a shop's product pictures, one per card (compose/modes/screen-content.ts). */
export function drawPage(c: Canvas, r: Rect, kind: PageKind, accent: string, rng: Rng, dark = false, title?: string, art?: (i: number, box: Rect) => void): void {
  const bg = dark ? '#121726' : kind === 'dashboard' ? '#f2f4f8' : '#ffffff';
  c.rect(r.x, r.y, r.w, r.h, bg, { layer: 'fg', bare: true });
  if (kind === 'dashboard') return dashboard(c, r, accent, rng, dark);
  const nav = r.h * 0.1;
  c.circle(r.x + nav * 0.7, r.y + nav / 2, nav * 0.22, accent, { layer: 'fg', bare: true });
  textBars(c, r.x + r.w * 0.45, r.y + nav * 0.42, r.w * 0.07, nav * 0.16, [1]);
  textBars(c, r.x + r.w * 0.55, r.y + nav * 0.42, r.w * 0.07, nav * 0.16, [1]);
  textBars(c, r.x + r.w * 0.65, r.y + nav * 0.42, r.w * 0.07, nav * 0.16, [1]);
  c.rect(r.x + r.w * 0.8, r.y + nav * 0.25, r.w * 0.14, nav * 0.5, accent, { rx: nav * 0.25, layer: 'fg', bare: true });
  const top = r.y + nav * 1.6;
  if (kind === 'store') return store(c, r, top, accent, dark, art);
  if (kind === 'board') return board(c, r, top, accent, dark, title);
  if (kind === 'blog') return blog(c, r, top, accent, dark, title);
  const ink = dark ? '#e8ecf3' : '#1f2636';
  const line = r.h * 0.065;
  if (title) pageTitle(c, { x: r.x + r.w * 0.07, y: top - line * 0.3, w: r.w * 0.44, h: line * 3 }, title, ink);
  else {
    c.rect(r.x + r.w * 0.07, top, r.w * 0.4, line, ink, { rx: line * 0.3, layer: 'fg', bare: true });
    c.rect(r.x + r.w * 0.07, top + line * 1.5, r.w * 0.3, line, ink, { rx: line * 0.3, layer: 'fg', bare: true });
  }
  textBars(c, r.x + r.w * 0.07, top + line * 3.3, r.w * 0.38, line * 0.32, [1, 0.85, 0.6]);
  drawCtaButton(c, { x: r.x + r.w * 0.07, y: top + line * 5.6, w: r.w * 0.2, h: line * 1.2 }, accent);
  const pic = { x: r.x + r.w * 0.54, y: top - line * 0.3, w: r.w * 0.39, h: r.h * 0.5 };
  c.rect(pic.x, pic.y, pic.w, pic.h, mixHex(accent, '#ffffff', 0.82), { rx: pic.h * 0.06, layer: 'fg', bare: true });
  drawLineChart(c, { x: pic.x + pic.w * 0.1, y: pic.y + pic.h * 0.2, w: pic.w * 0.8, h: pic.h * 0.6 }, accent, rng.fork('pic'));
  const cardTop = r.y + r.h * 0.76, cw = r.w * 0.27;
  for (let i = 0; i < 3; i++) {
    const x = r.x + r.w * 0.07 + i * (cw + r.w * 0.035);
    drawCard(c, { x, y: cardTop, w: cw, h: r.h * 0.18 }, dark);
    c.circle(x + cw * 0.15, cardTop + r.h * 0.06, r.h * 0.03, mixHex(accent, '#ffffff', i * 0.25), { layer: 'fg', bare: true });
    textBars(c, x + cw * 0.3, cardTop + r.h * 0.045, cw * 0.6, r.h * 0.022, [1, 0.7]);
  }
}

function dashboard(c: Canvas, r: Rect, accent: string, rng: Rng, dark: boolean): void {
  const side = r.w * 0.16;
  c.rect(r.x, r.y, side, r.h, dark ? '#0b0f1b' : '#1f2636', { layer: 'fg', bare: true });
  c.circle(r.x + side * 0.25, r.y + r.h * 0.07, side * 0.1, accent, { layer: 'fg', bare: true });
  textBars(c, r.x + side * 0.18, r.y + r.h * 0.18, side * 0.64, r.h * 0.022, [1, 0.8, 0.9, 0.7, 0.85], '#5b6578');
  const x0 = r.x + side + r.w * 0.03, w = r.x + r.w - r.w * 0.03 - x0;
  const gap = w * 0.03, kw = (w - gap * 2) / 3, kh = r.h * 0.2;
  for (let i = 0; i < 3; i++) drawKpiCard(c, { x: x0 + i * (kw + gap), y: r.y + r.h * 0.05, w: kw, h: kh }, i === 1 ? mixHex(accent, '#22c55e', 0.6) : accent, rng.fork(`kpi${i}`), dark);
  const y1 = r.y + r.h * 0.05 + kh + r.h * 0.05, h1 = r.h - (y1 - r.y) - r.h * 0.05;
  const big = { x: x0, y: y1, w: w * 0.62, h: h1 };
  drawCard(c, big, dark);
  textBars(c, big.x + big.w * 0.06, big.y + big.h * 0.08, big.w * 0.3, big.h * 0.045, [1]);
  drawLineChart(c, { x: big.x + big.w * 0.06, y: big.y + big.h * 0.25, w: big.w * 0.88, h: big.h * 0.62 }, accent, rng.fork('line'));
  const sx = x0 + w * 0.62 + gap, sw = w - w * 0.62 - gap;
  const bars = { x: sx, y: y1, w: sw, h: h1 * 0.48 };
  drawCard(c, bars, dark);
  drawBarChart(c, { x: bars.x + sw * 0.1, y: bars.y + bars.h * 0.15, w: sw * 0.8, h: bars.h * 0.7 }, accent, rng.fork('bars'));
  const donut = { x: sx, y: y1 + h1 * 0.52, w: sw, h: h1 * 0.48 };
  drawCard(c, donut, dark);
  drawDonut(c, donut.x + sw / 2, donut.y + donut.h / 2, Math.min(sw, donut.h) * 0.3, accent);
}

function store(c: Canvas, r: Rect, top: number, accent: string, dark: boolean, art?: (i: number, box: Rect) => void): void {
  const cols = 3, gap = r.w * 0.04, cw = (r.w - gap * (cols + 1)) / cols, ch = (r.y + r.h - top - gap * 2) / 2;
  for (let i = 0; i < cols * 2; i++) {
    const x = r.x + gap + (i % cols) * (cw + gap), y = top + Math.floor(i / cols) * (ch + gap * 0.6);
    drawCard(c, { x, y, w: cw, h: ch }, dark);
    c.rect(x + cw * 0.08, y + ch * 0.08, cw * 0.84, ch * 0.55, mixHex(accent, '#ffffff', 0.55 + (i % 3) * 0.12), { rx: ch * 0.05, layer: 'fg', bare: true });
    art?.(i, { x: x + cw * 0.08, y: y + ch * 0.1, w: cw * 0.84, h: ch * 0.51 });
    textBars(c, x + cw * 0.08, y + ch * 0.72, cw * 0.6, ch * 0.06, [1]);
    c.rect(x + cw * 0.08, y + ch * 0.85, cw * 0.3, ch * 0.08, accent, { rx: ch * 0.04, layer: 'fg', bare: true });
  }
}

/** A project board: three columns (to do, doing, done) of task cards with coloured tags and ticks. */
function board(c: Canvas, r: Rect, navBottom: number, accent: string, dark: boolean, title?: string): void {
  // Room above the columns for the page's heading.
  const top = navBottom + r.h * 0.16;
  if (title) pageTitle(c, { x: r.x + r.w * 0.035, y: navBottom - r.h * 0.02, w: r.w * 0.7, h: r.h * 0.15 }, title, dark ? '#e8ecf3' : '#1f2636');
  const cols = 3, gap = r.w * 0.035, cw = (r.w - gap * (cols + 1)) / cols, bottom = r.y + r.h - gap;
  const tags = [accent, '#f59e0b', '#22c55e'];
  for (let col = 0; col < cols; col++) {
    const x = r.x + gap + col * (cw + gap);
    c.rect(x, top, cw, bottom - top, dark ? '#171c2b' : '#eef1f6', { rx: cw * 0.05, layer: 'fg', bare: true });
    textBars(c, x + cw * 0.08, top + r.h * 0.03, cw * 0.4, r.h * 0.025, [1], dark ? '#5b6578' : '#8b94a5');
    const cardH = r.h * 0.13;
    for (let k = 0; k < 3 - col % 2; k++) {
      const y = top + r.h * 0.08 + k * (cardH + r.h * 0.025);
      if (y + cardH > bottom) break;
      drawCard(c, { x: x + cw * 0.06, y, w: cw * 0.88, h: cardH }, dark);
      c.rect(x + cw * 0.12, y + cardH * 0.18, cw * 0.22, cardH * 0.16, tags[col]!, { rx: cardH * 0.08, layer: 'fg', bare: true });
      textBars(c, x + cw * 0.12, y + cardH * 0.5, cw * 0.6, cardH * 0.11, [1, 0.7]);
      if (col === 2) c.circle(x + cw * 0.84, y + cardH * 0.3, cardH * 0.12, '#22c55e', { layer: 'fg', bare: true });
    }
  }
}

/** A blog: its heading, a featured article (a wide picture beside its headline), then a row of article cards. */
function blog(c: Canvas, r: Rect, top: number, accent: string, dark: boolean, title?: string): void {
  const ink = dark ? '#e8ecf3' : '#1f2636', m = r.w * 0.05;
  if (title) pageTitle(c, { x: r.x + m, y: top - r.h * 0.04, w: r.w * 0.6, h: r.h * 0.1 }, title, ink);
  else c.rect(r.x + m, top, r.w * 0.3, r.h * 0.05, ink, { rx: r.h * 0.02, layer: 'fg', bare: true });
  const fy = top + r.h * 0.09, fh = r.h * 0.3;
  drawSceneThumb(c, { x: r.x + m, y: fy, w: r.w * 0.45, h: fh }, 'mountains');
  c.rect(r.x + r.w * 0.54, fy + fh * 0.08, r.w * 0.18, fh * 0.1, accent, { rx: fh * 0.05, layer: 'fg', bare: true });
  textBars(c, r.x + r.w * 0.54, fy + fh * 0.32, r.w * 0.38, fh * 0.09, [1, 0.8], ink);
  textBars(c, r.x + r.w * 0.54, fy + fh * 0.68, r.w * 0.38, fh * 0.05, [1, 0.9, 0.6]);
  const cy = fy + fh + r.h * 0.05, ch = r.y + r.h - cy - m * 0.6, cw = (r.w - m * 4) / 3;
  const kinds = ['forest', 'beach', 'city'] as const;
  for (let i = 0; i < 3; i++) {
    const x = r.x + m + i * (cw + m);
    drawCard(c, { x, y: cy, w: cw, h: ch }, dark);
    drawSceneThumb(c, { x: x + cw * 0.06, y: cy + ch * 0.06, w: cw * 0.88, h: ch * 0.5 }, kinds[i]!);
    textBars(c, x + cw * 0.08, cy + ch * 0.66, cw * 0.8, ch * 0.06, [1, 0.6], ink);
    textBars(c, x + cw * 0.08, cy + ch * 0.88, cw * 0.5, ch * 0.04, [1]);
  }
}

/** The page's own headline in bold type, in one or two lines within `r` (bold is about a tenth wider than fitText measures). */
function pageTitle(c: Canvas, r: Rect, title: string, ink: string): void {
  const { lines, size } = fitText(title, r.w / 1.1, r.h, 2);
  const lineH = size * 1.15;
  const y0 = r.y + (r.h - lineH * lines.length) / 2;
  const tspans = lines.map((l, i) => `<tspan x="${fmt(r.x)}" y="${fmt(y0 + lineH * i + size * 0.9)}">${escapeXml(l)}</tspan>`).join('');
  c.add(`<text font-family="DejaVu Sans" font-weight="bold" font-size="${fmt(size)}" fill="${c.paint(ink, 'fg')}">${tspans}</text>`);
}
