// The ink wash style (sumi-e, shan shui): black ink on warm rice paper and nothing else. The
// backdrop is pale graded washes with lots of empty paper, the subjects darker ink with broken,
// dry-brush outlines; misty mountains rise behind a landscape, the sun is a vermilion disc, and a
// red seal sits in a corner (docs/local-engine.md, "Styles").
import { fmt, type Canvas } from '../canvas.js';
import { luma, mix, parseHex, toHex, type Rgb } from '../color.js';
import type { Layer } from '../grade.js';
import type { Rng } from '../prng.js';

export const SUMI = '#1c1a19';
export const RICE_PAPER = '#f3ecdc';
/** Vermilion seal paste: the one colour an ink painting has besides ink. */
export const SEAL_RED = '#c23a2b';
const INK_RGB = parseHex(SUMI);
const PAPER_RGB = parseHex(RICE_PAPER);

/**
 * Every colour to ink on paper by its lightness. The backdrop keeps to pale washes (light colours
 * become bare paper); subjects are a step darker, so they stand in ink against the washes.
 */
export function inkGrade(c: Rgb, layer: Layer): Rgb {
  const dark = 1 - Math.min(1, Math.max(0, luma(c)));
  const ink = layer === 'bg' ? 0.8 * dark ** 1.7 : Math.min(0.97, 0.16 + dark);
  return mix(PAPER_RGB, INK_RGB, ink);
}

/**
 * A subject's outline: ink from a loaded brush, broken where it runs dry (the dash pattern), in the
 * units of the shape; a wash in the backdrop has only the faint dark rim where its pigment pooled.
 */
export function inkEdge(layer: Layer, u: number): string {
  if (layer === 'bg') return ` stroke="${SUMI}" stroke-opacity=".16" stroke-width="${fmt(0.45 * u)}" stroke-linejoin="round"`;
  return ` stroke="${SUMI}" stroke-opacity=".9" stroke-width="${fmt(0.28 * u)}" stroke-linejoin="round" stroke-linecap="round" stroke-dasharray="${fmt(7 * u)} ${fmt(0.5 * u)} ${fmt(2.2 * u)} ${fmt(0.35 * u)}"`;
}

/**
 * The brush's swell along a subject's outline: the same outline again, wider, in dashes of
 * uneven length, so the line thickens and thins as a loaded brush does.
 */
export function brushCopy(tag: string, u: number): string {
  const bare = tag.replace(/ (fill|fill-opacity|stroke|stroke-width|stroke-opacity|stroke-linejoin|stroke-linecap|stroke-dasharray)="[^"]*"/g, '');
  return bare.replace(/\/>$/, ` fill="none" stroke="${SUMI}" stroke-opacity=".8" stroke-width="${fmt(0.8 * u)}" stroke-linecap="round" stroke-dasharray="${fmt(5 * u)} ${fmt(3.5 * u)} ${fmt(11 * u)} ${fmt(6 * u)}"/>`);
}

/** A graded wash's stops for a (graded) colour: heavier ink at the top, thinning toward paper below. */
function washStops(hex: string): string {
  const thin = (t: number) => toHex(mix(parseHex(hex), PAPER_RGB, t));
  return `<stop offset="0" stop-color="${toHex(mix(parseHex(hex), INK_RGB, 0.22))}"/><stop offset=".5" stop-color="${hex}"/><stop offset="1" stop-color="${thin(0.45)}"/>`;
}

const WASH = '<linearGradient id="ID" x1="0" y1="0" x2=".35" y2="1">STOPS</linearGradient>';

/** The fill value for a subject's (graded) colour: a graded wash, defined once per picture. */
export function washFill(c: Canvas, hex: string): string {
  let book = WASHES.get(c);
  if (!book) WASHES.set(c, (book = new Map()));
  const known = book.get(hex);
  if (known) return known;
  const id = c.id('wash');
  c.def(WASH.replace('ID', id).replace('STOPS', washStops(hex)));
  const fill = `url(#${id})`;
  book.set(hex, fill);
  return fill;
}
const WASHES = new WeakMap<Canvas, Map<string, string>>();

const ICON_LINE = `stroke="${SUMI}" stroke-opacity=".88" stroke-width=".35" stroke-linejoin="round" stroke-linecap="round" stroke-dasharray="6 .45 2 .3"`;

/**
 * An emoji's body in ink wash: each filled part a graded wash of its ink (gradients in the emoji's
 * own defs, one per colour; the darkest parts, eyes and noses, stay solid ink) with a dry-brush
 * outline (an emoji is 32 or 36 units across).
 */
export function inkIconBody(body: string): string {
  const ids = new Map<string, string>();
  const out = body.replace(/<(path|circle|ellipse|rect|polygon)\b([^>]*?)\/>/g, (tag, _el: string, attrs: string) => {
    const fill = /fill="(#[0-9a-fA-F]{6})"/.exec(attrs)?.[1];
    if (!fill || / stroke="/.test(attrs)) return tag;
    if (luma(parseHex(fill)) < 0.25) return tag.replace(`fill="${fill}"`, `fill="${fill}" ${ICON_LINE}`);
    let id = ids.get(fill);
    if (!id) ids.set(fill, (id = `@@iw${ids.size}`));
    return tag.replace(`fill="${fill}"`, `fill="url(#${id})" ${ICON_LINE}`) + brushCopy(tag, 0.9);
  });
  const defs = [...ids].map(([hex, id]) => WASH.replace('ID', id).replace('STOPS', washStops(hex))).join('');
  return defs ? `<defs>${defs}</defs>${out}` : out;
}

/**
 * Shan shui mountains behind a landscape: two ranges of tall, steep peaks with rounded tops rising
 * out of the mist at the horizon, the far one paler, each a wash that thins to bare paper at its
 * foot, with a dry-brush contour along its ridge and texture strokes hanging down its flanks.
 */
export function inkMountains(c: Canvas, W: number, horizon: number, rng: Rng): void {
  const ranges = [
    { tone: '#7d7871', height: 0.78, lift: 0.14 },
    { tone: '#3e3b37', height: 0.5, lift: 0 },
  ];
  for (const [k, range] of ranges.entries()) {
    const r = rng.fork(`range-${k}`);
    const base = horizon * (1 - range.lift);
    // Peaks: centre, height, half-width; one or two tall ones, the others lower.
    const n = Math.max(3, Math.round((W / horizon) * 2.2));
    const peaks: [number, number, number][] = [];
    for (let i = 0; i < n; i++) {
      const h = horizon * range.height * (r.chance(0.35) ? r.range(0.8, 1) : r.range(0.35, 0.65));
      peaks.push([W * ((i + r.range(0.1, 0.9)) / n), h, h * r.range(0.35, 0.6)]);
    }
    const height = (x: number) => peaks.reduce((top, [px, h, w]) => {
      const f = Math.abs(x - px) / w;
      return f >= 1 ? top : Math.max(top, h * Math.cos((Math.PI / 2) * f) ** 0.6);
    }, horizon * 0.04);
    const samples = Math.round(W / (c.u * 1.5));
    const pts: string[] = [];
    for (let i = 0; i <= samples; i++) {
      const x = (W * i) / samples;
      pts.push(`${fmt(x)} ${fmt(base - height(x))}`);
    }
    const ridge = `M${pts.join('L')}`;
    c.path(`${ridge}L${fmt(W)} ${fmt(horizon)}L0 ${fmt(horizon)}Z`, c.linear([[0, range.tone, 0.9], [0.45, range.tone, 0.6], [1, range.tone, 0]]), { bare: true });
    c.line(ridge, range.tone, c.u * (0.35 + k * 0.3), { bare: true, opacity: 0.75 });
    // Texture strokes (the painter's wrinkles) hanging from each peak's shoulders.
    let strokes = '';
    for (const [px, h, w] of peaks) {
      for (let j = 0; j < 7; j++) {
        const f = r.range(-0.75, 0.75), sx = px + f * w;
        const sy = base - height(sx) + c.u * r.range(0.5, 3);
        const len = h * r.range(0.15, 0.4);
        strokes += `M${fmt(sx)} ${fmt(sy)}q${fmt(f * c.u * 2)} ${fmt(len / 2)} ${fmt(f * c.u * 4 + r.range(-1, 1) * c.u)} ${fmt(len)}`;
      }
    }
    c.line(strokes, range.tone, c.u * (0.25 + k * 0.15), { bare: true, opacity: 0.55 });
  }
}

/**
 * Mist lying along the foot of the mountains: full-width bands of paper that thicken toward their
 * middle (vertical gradients, which the canvas draws as cheap solid bands: paint/gradient-bands.ts).
 */
export function inkMist(c: Canvas, W: number, horizon: number, rng: Rng): void {
  const h = Math.max(c.height / 14, horizon * 0.16);
  for (const at of [rng.range(0.55, 0.7), rng.range(0.84, 0.92)]) {
    c.rect(0, horizon * at - h / 2, W, h, c.linear([[0, RICE_PAPER, 0], [0.5, RICE_PAPER, 0.8], [1, RICE_PAPER, 0]]), { bare: true });
  }
}

/**
 * The finish: the paper's fibres, and a red seal low in a corner under a short column of
 * brush-stroke characters where the painter signed. Drawn ungraded: the seal is red. (The paper's
 * aged edge is the finish's vignette, paint/effects.ts.)
 */
export function inkFinish(c: Canvas, rng: Rng): void {
  const { width: W, height: H } = c;
  const m = Math.min(W, H);
  let fibres = '';
  const n = Math.round(Math.min(500, ((W * H) / (m * m)) * 220));
  for (let i = 0; i < n; i++) {
    const x = rng.range(0, W), y = rng.range(0, H), len = m * rng.range(0.006, 0.02), a = rng.range(0, Math.PI);
    fibres += `M${fmt(x)} ${fmt(y)}l${fmt(Math.cos(a) * len)} ${fmt(Math.sin(a) * len)}`;
  }
  c.add(`<path d="${fibres}" fill="none" stroke="#8c7a5c" stroke-opacity=".12" stroke-width="${fmt(m * 0.0015)}"/>`);
  // The seal: a square of vermilion with its carved strokes left as paper.
  const s = m * 0.06;
  const right = rng.chance(0.6);
  const sx = right ? W - m * 0.07 - s : m * 0.07, sy = H - m * 0.08 - s;
  let glyph = '';
  for (let i = 0; i < 3; i++) {
    const gy = sy + s * (0.22 + i * 0.26);
    glyph += `M${fmt(sx + s * 0.18)} ${fmt(gy)}h${fmt(s * rng.range(0.45, 0.64))}`;
  }
  glyph += `M${fmt(sx + s * rng.range(0.3, 0.7))} ${fmt(sy + s * 0.16)}v${fmt(s * 0.68)}`;
  c.add(`<rect x="${fmt(sx)}" y="${fmt(sy)}" width="${fmt(s)}" height="${fmt(s)}" rx="${fmt(s * 0.08)}" fill="${SEAL_RED}" fill-opacity=".9"/>`);
  c.add(`<path d="${glyph}" fill="none" stroke="${RICE_PAPER}" stroke-width="${fmt(s * 0.09)}" stroke-linecap="square"/>`);
  // The signature: a column of three small characters above the seal, each a few brush strokes
  // (a horizontal, a vertical, a falling diagonal or a dot) in its own square.
  let marks = '';
  const g = s * 0.55, gx = sx + (s - g) / 2;
  for (let i = 0; i < 3; i++) {
    const gy = sy - s * 0.35 - (i + 1) * g * 1.2;
    const at = (fx: number, fy: number) => `${fmt(gx + g * fx)} ${fmt(gy + g * fy)}`;
    marks += `M${at(0.1, rng.range(0.15, 0.35))}L${at(0.9, rng.range(0.1, 0.35))}`;
    marks += `M${at(rng.range(0.4, 0.6), 0)}L${at(rng.range(0.4, 0.6), 1)}`;
    if (rng.chance(0.7)) marks += `M${at(0.45, rng.range(0.45, 0.6))}L${at(0.05, rng.range(0.85, 1))}`;
    if (rng.chance(0.7)) marks += `M${at(0.6, rng.range(0.5, 0.65))}L${at(0.95, rng.range(0.8, 0.95))}`;
    else marks += `M${at(0.1, 0.7)}L${at(0.9, 0.72)}`;
  }
  c.add(`<path d="${marks}" fill="none" stroke="${SUMI}" stroke-opacity=".82" stroke-width="${fmt(g * 0.13)}" stroke-linecap="round" stroke-linejoin="round"/>`);
}

/** The sun of an ink painting: a flat vermilion disc, no glow. */
export function inkSun(c: Canvas, x: number, y: number, r: number): void {
  c.add(`<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r)}" fill="${SEAL_RED}" fill-opacity=".85"/>`);
}
