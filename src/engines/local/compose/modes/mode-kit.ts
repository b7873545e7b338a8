// What the modes share: the copy-space box, a headline set in it, abstract shapes for a hero the
// prompt does not name, and what a mode reports back for `text`.
import { fmt, type Canvas } from '../../paint/canvas.js';
import { mixHex } from '../../paint/color.js';
import type { Rng } from '../../paint/prng.js';
import { drawCtaButton } from '../../paint/screens/symbols.js';
import { carrierAspect, drawCarrier, escapeXml, fitText } from '../../paint/signs.js';
import type { Rect } from '../../paint/stage.js';
import type { Side } from '../../plan/modes/choose-mode.js';
import type { ScenePlan, Subject } from '../../plan/scene-plan.js';

export interface ModeResult {
  /** What the hero is, by what the art shows. */
  hero: string;
  heroSubject?: Subject | undefined;
  /** How many of the hero are drawn side by side ("five bottles in a row"). */
  count?: number;
  wore: string[];
  held: string[];
  /** The things around the hero. */
  around: string[];
  /** Where they are, for `text`, when not the mode's usual place ("flying round it"). */
  aroundPlace?: string;
  /** "centred", "on the right". */
  heroPlace: string;
  copySide?: Side | undefined;
  headline?: string | undefined;
  /** A logo's name and where it is lettered ("below it"). */
  wordmark?: { text: string; place: string };
  /** Quoted words written on the hero itself (a product's label, a sitter's name plate). */
  label?: string | undefined;
  accent: string;
  /** The backdrop, when a mode names its own ("seamless white studio paper"). */
  backdrop?: string;
  /** The hero is the whole picture (a poster of a fjord): there is no backdrop to name. */
  fills?: boolean;
}

export function copyRect(W: number, H: number, side: Side): Rect {
  const m = Math.min(W, H) * 0.06;
  if (side === 'left') return { x: m, y: H * 0.2, w: W * 0.4 - m, h: H * 0.6 };
  if (side === 'right') return { x: W * 0.6, y: H * 0.2, w: W * 0.4 - m, h: H * 0.6 };
  if (side === 'top') return { x: W * 0.1, y: m, w: W * 0.8, h: H * 0.3 - m };
  return { x: W * 0.1, y: H * 0.68, w: W * 0.8, h: H * 0.3 - m };
}

/** The quoted words as a headline, left-aligned in the copy space, with a button under it if asked. */
export function drawHeadline(c: Canvas, r: Rect, text: string, light: boolean, button?: string): string {
  const { lines, size } = fitText(text, r.w * 0.95, r.h * 0.55, 3);
  const lineH = size * 1.15;
  const ink = c.paint(light ? '#141a2a' : '#ffffff', 'fg');
  const top = r.y + r.h * 0.05;
  const tspans = lines.map((l, i) => `<tspan x="${fmt(r.x)}" y="${fmt(top + lineH * i + size * 0.9)}">${escapeXml(l)}</tspan>`).join('');
  c.add(`<text font-family="DejaVu Sans" font-weight="bold" font-size="${fmt(size)}" fill="${ink}">${tspans}</text>`);
  const below = top + lineH * lines.length + size * 0.4;
  c.rect(r.x, below, r.w * 0.7, size * 0.18, light ? '#8b94a7' : '#ffffff', { rx: size * 0.09, opacity: 0.6, bare: true, layer: 'fg' });
  c.rect(r.x, below + size * 0.4, r.w * 0.5, size * 0.18, light ? '#8b94a7' : '#ffffff', { rx: size * 0.09, opacity: 0.6, bare: true, layer: 'fg' });
  if (button) drawCtaButton(c, { x: r.x, y: below + size, w: Math.min(r.w * 0.5, size * 4), h: size * 0.9 }, button);
  return text;
}

/**
 * The prompt's quoted words on a label centred at (cx, cy), at most `maxW` wide and `maxH` tall:
 * modes with no copy space (a product shot, a portrait) still write every word asked for.
 */
export function writeLabel(c: Canvas, plan: ScenePlan, cx: number, cy: number, maxW: number, maxH: number): string | undefined {
  if (!plan.texts.length) return undefined;
  const text = plan.texts.map((t) => t.text).join(' ');
  const aspect = carrierAspect('label', text);
  const w = Math.min(maxW, maxH * aspect), h = w / aspect;
  drawCarrier(c, 'label', text, { x: cx - w / 2, y: cy - h / 2, w, h });
  return text;
}

/** A cluster of soft geometric shapes: circles, a rounded square and a ring. */
export function drawShapes(c: Canvas, r: Rect, accent: string, rng: Rng): void {
  const s = Math.min(r.w, r.h) * 1.25;
  const cx = r.x + r.w / 2, cy = r.y + r.h / 2;
  c.circle(cx - s * 0.12, cy + s * 0.05, s * 0.32, c.linear([[0, mixHex(accent, '#ffffff', 0.3)], [1, accent]]), { layer: 'fg' });
  c.rect(cx + s * 0.02, cy - s * 0.36, s * 0.36, s * 0.36, mixHex(accent, '#ffd23f', 0.6), { rx: s * 0.07, layer: 'fg', transform: `rotate(${fmt(rng.range(8, 20))} ${fmt(cx + s * 0.2)} ${fmt(cy - s * 0.18)})` });
  c.circle(cx + s * 0.3, cy + s * 0.24, s * 0.15, 'none', { layer: 'fg', bare: true, extra: `stroke="${c.paint('#ffffff', 'fg')}" stroke-width="${fmt(s * 0.04)}"` });
}
