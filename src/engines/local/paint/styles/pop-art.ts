// The pop art style (pop art, Warhol, Lichtenstein): a few loud flat colours (red, yellow, blue,
// pink, cyan, green) at full strength, black ink outlines, and big Ben-Day dots over the picture;
// "Warhol" repeats the picture four times in a 2 × 2 grid, each in another colourway
// (compose/pop-grid.ts; docs/local-engine.md, "Styles").
import { fmt, type Canvas } from '../canvas.js';
import { hslToRgb, luma, rgbToHsl, type Rgb } from '../color.js';

export const POP_INK = '#111111';
const HUES = [0, 50, 210, 320, 185, 120];

export function popGrade(c: Rgb): Rgb {
  const [h, s, l] = rgbToHsl(c);
  if (s < 0.1) return l > 0.7 ? [255, 255, 255] : l > 0.35 ? [200, 200, 200] : [17, 17, 17];
  const hue = HUES.reduce((a, b) => (Math.min(Math.abs(b - h), 360 - Math.abs(b - h)) < Math.min(Math.abs(a - h), 360 - Math.abs(a - h)) ? b : a));
  const tone = luma(c) < 0.3 ? 0.3 : luma(c) < 0.62 ? 0.52 : 0.7;
  return hslToRgb(hue, 0.95, tone);
}

export function popEdge(u: number): string {
  return ` stroke="${POP_INK}" stroke-width="${fmt(0.55 * u)}" stroke-linejoin="round"`;
}

/** Big Ben-Day dots in two screens (pink and blue) and a thin black rule round the picture. */
export function popFinish(c: Canvas): void {
  const { width: W, height: H } = c;
  const m = Math.min(W, H), step = Math.max(4, m * 0.024);
  const id = c.id('benday');
  c.def(`<pattern id="${id}" width="${fmt(step)}" height="${fmt(step)}" patternUnits="userSpaceOnUse"><circle cx="${fmt(step / 2)}" cy="${fmt(step / 2)}" r="${fmt(step * 0.3)}" fill="#e8336e"/><circle cx="0" cy="0" r="${fmt(step * 0.3)}" fill="#1e63d6"/><circle cx="${fmt(step)}" cy="${fmt(step)}" r="${fmt(step * 0.3)}" fill="#1e63d6"/><circle cx="${fmt(step)}" cy="0" r="${fmt(step * 0.3)}" fill="#1e63d6"/><circle cx="0" cy="${fmt(step)}" r="${fmt(step * 0.3)}" fill="#1e63d6"/></pattern>`);
  c.add(`<rect x="0" y="0" width="${W}" height="${H}" fill="url(#${id})" fill-opacity=".22"/>`);
  c.add(`<rect x="${fmt(m * 0.006)}" y="${fmt(m * 0.006)}" width="${fmt(W - m * 0.012)}" height="${fmt(H - m * 0.012)}" fill="none" stroke="${POP_INK}" stroke-width="${fmt(m * 0.012)}"/>`);
}
