// The woodcut style (linocut, block print, engraving): what a carved block prints. Black ink and
// bare paper, and between them a few flat print colours; bold lines that are black on paper and
// carved white out of black; hatching in the darker tones; gouge marks across the sky; a paper
// margin round the printed block (docs/local-engine.md, "Styles").
import { fmt, type Canvas } from '../canvas.js';
import { hslToRgb, hueGap, luma, parseHex, rgbToHsl, type Rgb } from '../color.js';
import type { Layer } from '../grade.js';
import type { Rng } from '../prng.js';

export const PRINT_INK = '#16120f';
export const PRINT_PAPER = '#efe6d1';
const INK_RGB = parseHex(PRINT_INK);
const PAPER_RGB = parseHex(PRINT_PAPER);

/** The print colours, one block each: hue (degrees) → colour. Everything chromatic takes the nearest. */
const INKS: [number, Rgb][] = [
  [8, parseHex('#b23a2a')], [38, parseHex('#c98f34')], [95, parseHex('#5c7a3a')], [150, parseHex('#3f6b50')],
  [210, parseHex('#2f5577')], [265, parseHex('#4a3f72')], [330, parseHex('#9c3452')],
];

/**
 * Lightness in four steps: black ink, a darker print colour (hatched over in the subjects), the
 * print colour, bare paper. Greys are ink, a warm grey or paper.
 */
export function woodcutGrade(c: Rgb, layer: Layer): Rgb {
  const l = luma(c);
  const [h, s] = rgbToHsl(c);
  // The backdrop prints lighter, so the subjects' black lines stand out against it.
  const lift = layer === 'bg' ? 0.06 : 0;
  if (l + lift < 0.24) return INK_RGB;
  if (l + lift > 0.74 || (s < 0.12 && l + lift > 0.6)) return PAPER_RGB;
  const ink = s < 0.12 ? parseHex('#8c8375') : INKS.reduce((a, b) => (hueGap(b[0], h) < hueGap(a[0], h) ? b : a))[1];
  if (l + lift >= 0.45) return ink;
  const [ih, is, il] = rgbToHsl(ink);
  return hslToRgb(ih, is, il * 0.62);
}

/** Whether a printed colour is dark: its lines are then carved out of it, in paper. */
export function isDarkPrint(hex: string): boolean {
  return luma(parseHex(hex)) < 0.3;
}

/** A darker print colour, which the subjects hatch over. */
export function isShadowPrint(hex: string): boolean {
  const l = luma(parseHex(hex));
  return l >= 0.2 && l < 0.36;
}

/** Bold outlines: black on a light print, paper on black (a carved line); thinner in the backdrop. */
export function woodcutEdge(graded: string, layer: Layer, u: number): string {
  const line = isDarkPrint(graded) ? PRINT_PAPER : PRINT_INK;
  return ` stroke="${line}" stroke-width="${fmt((layer === 'fg' ? 0.55 : 0.3) * u)}" stroke-linejoin="miter" stroke-miterlimit="3"`;
}

/** The hatching pattern of a picture (diagonal black lines), defined once; its fill value. */
export function hatchFill(c: Canvas): string {
  const known = HATCH.get(c);
  if (known) return known;
  const step = c.u * 1.1, id = c.id('hatch');
  c.def(`<pattern id="${id}" width="${fmt(step)}" height="${fmt(step)}" patternUnits="userSpaceOnUse" patternTransform="rotate(-35)"><rect x="0" y="0" width="${fmt(step * 0.34)}" height="${fmt(step)}" fill="${PRINT_INK}"/></pattern>`);
  const fill = `url(#${id})`;
  HATCH.set(c, fill);
  return fill;
}
const HATCH = new WeakMap<Canvas, string>();

/** The same element again, filled with hatching and no outline: drawn over a shadow-toned shape. */
export function hatchCopy(tag: string, fill: string): string {
  return tag.replace(/ (fill|fill-opacity|stroke|stroke-width|stroke-opacity|stroke-linejoin|stroke-miterlimit|stroke-dasharray)="[^"]*"/g, '').replace(/\/>$/, ` fill="${fill}"/>`);
}

/** An emoji part in woodcut: its print colour and a bold line (emoji are 32 or 36 units across). */
export function woodcutIconFill(graded: string): string {
  const line = isDarkPrint(graded) ? PRINT_PAPER : PRINT_INK;
  return `fill="${graded}" stroke="${line}" stroke-width=".7" stroke-linejoin="round"`;
}

/** The hatching inside an emoji (its units), for the parts printed in a shadow tone. */
export const ICON_HATCH = `<pattern id="@@wh" width="1.3" height="1.3" patternUnits="userSpaceOnUse" patternTransform="rotate(-35)"><rect x="0" y="0" width=".42" height="1.3" fill="${PRINT_INK}"/></pattern>`;

/** An emoji's body with hatching over its shadow-toned parts. */
export function woodcutIconBody(body: string): string {
  let hatched = false;
  const out = body.replace(/<(path|circle|ellipse|rect|polygon)\b([^>]*?)\/>/g, (tag, _el: string, attrs: string) => {
    const fill = /fill="(#[0-9a-fA-F]{6})"/.exec(attrs)?.[1];
    if (!fill || !isShadowPrint(fill) || / id="/.test(attrs)) return tag;
    hatched = true;
    return tag + hatchCopy(tag, 'url(#@@wh)');
  });
  return hatched ? `<defs>${ICON_HATCH}</defs>${out}` : out;
}

/**
 * Gouge marks across the sky above `bottom`: rows of thin tapered strokes, paper-white carved out
 * of a dark sky or black ones printed on a pale one.
 */
export function carvedSky(c: Canvas, W: number, bottom: number, dark: boolean, rng: Rng): void {
  const u = c.u;
  let d = '';
  for (let y = bottom * rng.range(0.05, 0.12); y < bottom * 0.96; y += u * rng.range(2.2, 3.6)) {
    let x = rng.range(-W * 0.1, W * 0.1);
    while (x < W) {
      const len = u * rng.range(4, 16), t = u * rng.range(0.18, 0.36);
      if (rng.chance(0.55)) d += `M${fmt(x)} ${fmt(y)}Q${fmt(x + len / 2)} ${fmt(y - t)} ${fmt(x + len)} ${fmt(y)}Q${fmt(x + len / 2)} ${fmt(y + t)} ${fmt(x)} ${fmt(y)}Z`;
      x += len + u * rng.range(1, 6);
    }
  }
  c.add(`<path d="${d}" fill="${dark ? PRINT_PAPER : PRINT_INK}" fill-opacity="${dark ? '.75' : '.55'}"/>`);
}

/** Short curved gouges over the ground below `top`, so it reads as cut, not flat. */
export function carvedGround(c: Canvas, W: number, H: number, top: number, dark: boolean, rng: Rng): void {
  const u = c.u;
  let d = '';
  const n = Math.round(Math.min(260, ((W * (H - top)) / (u * u * 100)) * 0.9));
  for (let i = 0; i < n; i++) {
    const y = rng.range(top + u, H), x = rng.range(0, W), len = u * rng.range(2, 6) * (0.6 + (y - top) / (H - top));
    d += `M${fmt(x)} ${fmt(y)}q${fmt(len / 2)} ${fmt(-u * rng.range(0.4, 1.2))} ${fmt(len)} 0`;
  }
  c.add(`<path d="${d}" fill="none" stroke="${dark ? PRINT_PAPER : PRINT_INK}" stroke-opacity=".5" stroke-width="${fmt(u * 0.3)}" stroke-linecap="round"/>`);
}

/** The printed block's edge, a rough black line, inside a margin of bare paper. */
export function woodcutFinish(c: Canvas, rng: Rng): void {
  const { width: W, height: H } = c;
  const m = Math.min(W, H), t = m * 0.045;
  c.add(`<path d="M0 0H${fmt(W)}V${fmt(H)}H0Z M${fmt(t)} ${fmt(t)}V${fmt(H - t)}H${fmt(W - t)}V${fmt(t)}Z" fill="${PRINT_PAPER}" fill-rule="evenodd"/>`);
  const wob = () => rng.range(-0.25, 0.25) * c.u;
  const pts: string[] = [];
  const steps = 12;
  for (let i = 0; i <= steps; i++) pts.push(`${fmt(t + ((W - 2 * t) * i) / steps)} ${fmt(t + wob())}`);
  for (let i = 1; i <= steps; i++) pts.push(`${fmt(W - t + wob())} ${fmt(t + ((H - 2 * t) * i) / steps)}`);
  for (let i = steps - 1; i >= 0; i--) pts.push(`${fmt(t + ((W - 2 * t) * i) / steps)} ${fmt(H - t + wob())}`);
  for (let i = steps - 1; i >= 1; i--) pts.push(`${fmt(t + wob())} ${fmt(t + ((H - 2 * t) * i) / steps)}`);
  c.add(`<path d="M${pts.join(' L')}Z" fill="none" stroke="${PRINT_INK}" stroke-width="${fmt(m * 0.008)}" stroke-linejoin="round"/>`);
}
