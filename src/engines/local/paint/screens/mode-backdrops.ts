// Backdrops of the composition modes: a bold gradient (or a dark field) with a glow for banners
// and screens, seamless studio paper with a soft light for product shots, and a portrait's mottled
// studio backdrop lit behind the head.
import { fmt, type Canvas } from '../canvas.js';
import { luma, mixHex, parseHex, rgbToHsl, hsl } from '../color.js';
import type { Rng } from '../prng.js';

export interface GradientLook {
  /** Colours the prompt names for the backdrop, as hex (may be empty). */
  colors: string[];
  dark: boolean;
  bold: boolean;
}

/** The two ends of the gradient and the accent colour for charts, buttons and the glow. */
export function gradientColors(look: GradientLook): { from: string; to: string; accent: string } {
  const named = look.colors.filter((h) => luma(parseHex(h)) > 0.12 || look.colors.length === 1);
  const first = named[0] ?? (look.bold ? '#ff3d7f' : '#4f46e5');
  const second = named[1] ?? shiftHue(first, look.bold ? 50 : 35);
  const chromatic = [first, second].find((h) => rgbToHsl(parseHex(h))[1] > 0.25 && rgbToHsl(parseHex(h))[2] < 0.72) ?? '#3b82f6';
  const accent = look.dark ? bright(chromatic) : chromatic;
  if (look.dark) return { from: mixHex(first, '#05060d', 0.82), to: mixHex(second, '#0b0a1a', 0.9), accent };
  if (named.length === 1 && luma(parseHex(first)) > 0.85) return { from: '#ffffff', to: '#e8edf5', accent: '#3b82f6' };
  return { from: mixHex(first, '#ffffff', look.bold ? 0 : 0.08), to: mixHex(second, '#000000', look.bold ? 0.1 : 0.18), accent: look.bold ? '#ffd23f' : mixHex(chromatic, '#ffffff', 0.1) };
}

function shiftHue(hex: string, by: number): string {
  const [h, s, l] = rgbToHsl(parseHex(hex));
  return hsl((h + by) % 360, Math.max(0.45, s), Math.min(0.6, Math.max(0.35, l)));
}

function bright(hex: string): string {
  const [h, s] = rgbToHsl(parseHex(hex));
  return hsl(h, Math.max(0.75, s), 0.6);
}

/** A diagonal gradient with soft shapes drifting over it. */
export function paintGradient(c: Canvas, look: GradientLook, rng: Rng): { accent: string; light: boolean } {
  const { width: W, height: H } = c;
  const { from, to, accent } = gradientColors(look);
  c.rect(0, 0, W, H, c.linear([[0, from], [1, to]], [0, 0, 1, 1]), { bare: true });
  const m = Math.min(W, H);
  for (let i = 0; i < 5; i++) {
    c.circle(rng.range(0, W), rng.range(0, H), m * rng.range(0.15, 0.4), '#ffffff', { bare: true, opacity: look.dark ? 0.025 : 0.07 });
  }
  // A fine dot grid in one corner: a designer's touch that reads as "graphic", not "scene".
  let dots = '';
  const step = m * 0.035, r = m * 0.004;
  for (let y = H * 0.08; y < H * 0.3; y += step) for (let x = W * 0.04; x < W * 0.2; x += step) dots += `M${fmt(x - r)} ${fmt(y)}a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0`;
  c.path(dots, '#ffffff', { bare: true, opacity: 0.35 });
  return { accent, light: !look.dark && luma(parseHex(from)) > 0.7 };
}

export function glow(c: Canvas, x: number, y: number, radius: number, color: string, strength: number): void {
  c.circle(x, y, radius, c.radial([[0, color, strength], [0.45, color, strength * 0.4], [1, color, 0]]), { bare: true });
}

/** Seamless paper: the wall curving into the floor with no edge, lit from above. */
export function paintStudioPaper(c: Canvas, paper: string): void {
  const { width: W, height: H } = c;
  const dark = luma(parseHex(paper)) < 0.35;
  c.rect(0, 0, W, H, c.linear([[0, mixHex(paper, '#000000', dark ? 0.2 : 0.1)], [0.62, paper], [1, mixHex(paper, dark ? '#ffffff' : '#000000', 0.06)]]), { bare: true });
  c.ellipse(W / 2, H * 0.42, Math.max(W, H) * 0.55, H * 0.5, c.radial([[0, '#ffffff', dark ? 0.12 : 0.55], [1, '#ffffff', 0]]), { bare: true });
}

/** A portrait backdrop: a muted field with light behind the head. */
export function paintPortraitBackdrop(c: Canvas, tone: string, headX: number, headY: number): void {
  const { width: W, height: H } = c;
  c.rect(0, 0, W, H, c.linear([[0, mixHex(tone, '#ffffff', 0.15)], [1, mixHex(tone, '#000000', 0.3)]]), { bare: true });
  c.circle(headX, headY, Math.max(W, H) * 0.55, c.radial([[0, '#ffffff', 0.45], [1, '#ffffff', 0]]), { bare: true });
}
