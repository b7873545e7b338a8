// Quoted words drawn as legible text on a sign, neon tubes, a poster, a banner, a chalkboard, a
// placard or a speech bubble. DejaVu is the only font on the machine; resvg loads it.
import { Resvg } from '@resvg/resvg-js';
import { fmt, neonOf, type Canvas } from './canvas.js';
import { luma, parseHex, shade } from './color.js';
import type { Carrier } from '../read/lexicon-scene.js';
import type { Rect } from './stage.js';

const FONT = 'DejaVu Sans';
const widthCache = new Map<string, number>();

/** Width of a line in DejaVu Sans Bold at font size 1, measured once by resvg's text layout. */
export function textWidth(line: string): number {
  const hit = widthCache.get(line);
  if (hit !== undefined) return hit;
  let width = estimateWidth(line);
  try {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width * 100) + 200}" height="200"><text x="0" y="150" font-family="${FONT}" font-weight="bold" font-size="100">${escapeXml(line)}</text></svg>`;
    const box = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: FONT } }).getBBox();
    if (box && box.width > 0) width = (box.width + box.x * 2) / 100;
  } catch {
    // Keep the estimate: the text still renders, just fitted less tightly.
  }
  if (widthCache.size > 2000) widthCache.clear();
  widthCache.set(line, width);
  return width;
}

function estimateWidth(line: string): number {
  let w = 0;
  for (const ch of line) {
    if (' .,:;!|\'ilI'.includes(ch)) w += 0.36;
    else if ('MWmw@'.includes(ch)) w += 0.98;
    else if (ch >= 'A' && ch <= 'Z') w += 0.76;
    else w += 0.66;
  }
  return w;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Break text into at most `maxLines` balanced lines and find the largest size that fits the box. */
export function fitText(text: string, maxW: number, maxH: number, maxLines = 3): { lines: string[]; size: number } {
  const words = text.split(/\s+/).filter(Boolean);
  let best = { lines: [text], size: 0 };
  for (let n = 1; n <= Math.min(maxLines, words.length); n++) {
    const lines = splitBalanced(words, n);
    const widest = Math.max(...lines.map(textWidth));
    const size = Math.min(maxW / widest, maxH / (n * 1.18));
    if (size > best.size * 1.08) best = { lines, size };
  }
  return best;
}

function splitBalanced(words: string[], n: number): string[] {
  const total = words.join(' ').length;
  const target = total / n;
  const lines: string[] = [];
  let current: string[] = [];
  for (const w of words) {
    const len = [...current, w].join(' ').length;
    if (current.length && len > target * 1.15 && lines.length < n - 1) {
      lines.push(current.join(' '));
      current = [w];
    } else current.push(w);
  }
  lines.push(current.join(' '));
  return lines;
}

function textBlock(c: Canvas, text: string, r: Rect, color: string, opts: { weight?: string; extra?: string; pad?: number; maxLines?: number } = {}): number {
  const pad = opts.pad ?? 0.12;
  const { lines, size } = fitText(text, r.w * (1 - pad * 2), r.h * (1 - pad * 2), opts.maxLines ?? 3);
  const lineH = size * 1.18;
  const cx = r.x + r.w / 2;
  const top = r.y + r.h / 2 - (lineH * lines.length) / 2;
  const tspans = lines
    .map((l, i) => `<tspan x="${fmt(cx)}" y="${fmt(top + lineH * i + size * 0.93)}">${escapeXml(l)}</tspan>`)
    .join('');
  c.add(`<text font-family="${FONT}" font-weight="${opts.weight ?? 'bold'}" font-size="${fmt(size)}" text-anchor="middle" fill="${color}"${opts.extra ? ` ${opts.extra}` : ''}>${tspans}</text>`);
  return size;
}

/** Aspect (w/h) a carrier wants for this text. */
export function carrierAspect(carrier: Carrier, text: string): number {
  const w = Math.min(textWidth(text), 14);
  const base = Math.max(1.2, Math.min(4, w * 0.55 + 0.8));
  return carrier === 'banner' ? base * 1.5 : carrier === 'poster' ? 0.75 : carrier === 'speech' ? Math.max(1.4, base) : base;
}

/** `color`: the words' own colour when the prompt names one (a poster in a light one turns navy behind it). */
export function drawCarrier(c: Canvas, carrier: Carrier, text: string, r: Rect, tail?: { x: number; y: number }, color?: string): void {
  const u = c.u;
  const ink = (hex: string) => c.paint(color ?? hex, 'fg');
  switch (carrier) {
    case 'neon': {
      const color = '#ff3ea5';
      c.rect(r.x, r.y, r.w, r.h, '#150f24', { rx: r.h * 0.12, layer: 'fg', bare: true, opacity: 0.9 });
      const inner = { x: r.x + r.w * 0.04, y: r.y + r.h * 0.06, w: r.w * 0.92, h: r.h * 0.88 };
      const tube = c.style === 'sketch' || c.style === 'vintage' ? ink(color) : neonOf(color);
      // Glow: the same text stroked wide and faint, then narrower and brighter, then the tube.
      const { size } = fitText(text, inner.w * 0.84, inner.h * 0.76);
      for (const [w, o] of [[0.32, 0.12], [0.18, 0.25], [0.09, 0.55]] as const) {
        textBlock(c, text, inner, 'none', { extra: `stroke="${tube}" stroke-width="${fmt(size * w)}" stroke-opacity="${o}" stroke-linejoin="round"` });
      }
      textBlock(c, text, inner, '#fff4fb', { extra: `stroke="${tube}" stroke-width="${fmt(size * 0.035)}"` });
      return;
    }
    case 'poster': {
      c.rect(r.x + u * 0.4, r.y + u * 0.6, r.w, r.h, '#000000', { opacity: 0.18, bare: true, layer: 'fg' });
      c.rect(r.x, r.y, r.w, r.h, color && luma(parseHex(color)) > 0.55 ? '#1d2e6b' : '#fbf6e9', { layer: 'fg' });
      c.rect(r.x, r.y + r.h * 0.78, r.w, r.h * 0.22, '#e0312b', { layer: 'fg', bare: true });
      c.rect(r.x, r.y + r.h * 0.74, r.w, r.h * 0.02, '#1d2e6b', { layer: 'fg', bare: true });
      for (const x of [r.x + r.w * 0.08, r.x + r.w * 0.92]) c.circle(x, r.y + r.w * 0.06, u * 0.7, '#d6342c', { layer: 'fg' });
      textBlock(c, text, { x: r.x, y: r.y + r.h * 0.08, w: r.w, h: r.h * 0.64 }, ink('#1d2e6b'), { maxLines: 4 });
      return;
    }
    case 'banner': {
      const notch = r.h * 0.35;
      c.line(`M${fmt(r.x)} ${fmt(r.y)} L${fmt(r.x - r.h * 0.4)} ${fmt(r.y - r.h * 0.8)} M${fmt(r.x + r.w)} ${fmt(r.y)} L${fmt(r.x + r.w + r.h * 0.4)} ${fmt(r.y - r.h * 0.8)}`, '#5b3a22', Math.max(1, u * 0.3), { layer: 'fg' });
      c.path(`M${fmt(r.x - notch)} ${fmt(r.y + r.h * 0.15)} L${fmt(r.x)} ${fmt(r.y + r.h * 0.15)} L${fmt(r.x)} ${fmt(r.y + r.h * 1.1)} L${fmt(r.x - notch)} ${fmt(r.y + r.h * 1.1)} L${fmt(r.x - notch * 0.5)} ${fmt(r.y + r.h * 0.62)} Z M${fmt(r.x + r.w + notch)} ${fmt(r.y + r.h * 0.15)} L${fmt(r.x + r.w)} ${fmt(r.y + r.h * 0.15)} L${fmt(r.x + r.w)} ${fmt(r.y + r.h * 1.1)} L${fmt(r.x + r.w + notch)} ${fmt(r.y + r.h * 1.1)} L${fmt(r.x + r.w + notch * 0.5)} ${fmt(r.y + r.h * 0.62)} Z`, '#9c1b25', { layer: 'fg' });
      c.path(`M${fmt(r.x)} ${fmt(r.y)} Q${fmt(r.x + r.w / 2)} ${fmt(r.y + r.h * 0.12)} ${fmt(r.x + r.w)} ${fmt(r.y)} L${fmt(r.x + r.w)} ${fmt(r.y + r.h)} Q${fmt(r.x + r.w / 2)} ${fmt(r.y + r.h * 1.12)} ${fmt(r.x)} ${fmt(r.y + r.h)} Z`, '#d6342c', { layer: 'fg' });
      textBlock(c, text, r, ink('#fff8ec'), { maxLines: 2 });
      return;
    }
    case 'chalkboard': {
      c.rect(r.x - r.h * 0.06, r.y - r.h * 0.06, r.w + r.h * 0.12, r.h * 1.12, '#7a4a2a', { layer: 'fg' });
      c.rect(r.x, r.y, r.w, r.h, '#2f4a3a', { layer: 'fg' });
      textBlock(c, text, r, ink('#f2f5ee'), { weight: 'normal', extra: 'opacity=".92"' });
      return;
    }
    case 'speech': {
      if (tail) c.path(`M${fmt(r.x + r.w * 0.3)} ${fmt(r.y + r.h * 0.8)} L${fmt(tail.x)} ${fmt(tail.y)} L${fmt(r.x + r.w * 0.5)} ${fmt(r.y + r.h * 0.85)} Z`, '#ffffff', { layer: 'fg' });
      c.rect(r.x, r.y, r.w, r.h, '#ffffff', { layer: 'fg', rx: r.h * 0.45 });
      textBlock(c, text, { x: r.x + r.w * 0.06, y: r.y, w: r.w * 0.88, h: r.h }, ink('#1f1f24'), { pad: 0.16 });
      return;
    }
    case 'title': {
      c.rect(r.x, r.y, r.w, r.h, '#ffffff', { layer: 'fg', rx: r.h * 0.2, opacity: 0.85, bare: true });
      textBlock(c, text, r, ink('#1f1f24'), { maxLines: 2 });
      return;
    }
    case 'label': {
      c.rect(r.x, r.y, r.w, r.h, '#fff8ec', { layer: 'fg', rx: r.h * 0.3 });
      c.rect(r.x + r.h * 0.08, r.y + r.h * 0.08, r.w - r.h * 0.16, r.h * 0.84, 'none', { layer: 'fg', rx: r.h * 0.24, extra: `stroke="${ink('#c0392b')}" stroke-width="${fmt(r.h * 0.04)}"` });
      textBlock(c, text, r, ink('#7a1f2b'), { pad: 0.16 });
      return;
    }
    case 'logo': {
      textBlock(c, text, r, ink('#1f1f24'), { pad: 0.04, maxLines: 2 });
      return;
    }
    case 'placard': {
      textBlock(c, text, { x: r.x + r.w * 0.07, y: r.y, w: r.w * 0.86, h: r.h }, ink('#1f1f24'), { pad: 0.1 });
      return;
    }
    default: {
      // A wooden sign with a cream face.
      c.rect(r.x, r.y, r.w, r.h, '#8a5a36', { layer: 'fg', rx: r.h * 0.08 });
      const inset = r.h * 0.09;
      c.rect(r.x + inset, r.y + inset, r.w - inset * 2, r.h - inset * 2, shade('#f4ead2', 0), { layer: 'fg', rx: r.h * 0.05 });
      textBlock(c, text, { x: r.x + inset, y: r.y + inset, w: r.w - inset * 2, h: r.h - inset * 2 }, ink('#2b1d12'));
    }
  }
}
